package org.microdegree.design;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.microdegree.conformance.ConformanceView;
import org.microdegree.design.building.Note;

/** A design result as JSON for the API and the CLI: notes and reasons worded, the draft, the report, the conformance. */
public final class DesignView {

    private DesignView() {
    }

    public static Map<String, Object> of(ProgrammeDesigner.Result result, Function<Note, String> words, String language) {
        var draft = result.draft();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("pattern", draft.pattern().code());
        out.put("feasible", draft.feasible());
        out.put("ready", result.ready());
        out.put("notes", notes(draft.notes(), words));
        out.put("reasons", notes(draft.reasons(), words));
        out.put("report", draft.report());
        if (draft.feasible()) {
            out.put("draft", draft.bundle());
            out.put("conformance", ConformanceView.of(result.conformance(), true));
        }
        out.put("language", language);
        return out;
    }

    private static List<Map<String, Object>> notes(List<Note> notes, Function<Note, String> words) {
        return notes.stream().map(n -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", n.code());
            m.put("args", n.args());
            if (!n.path().isEmpty()) {
                m.put("path", n.path());
            }
            m.put("text", words.apply(n));
            return m;
        }).toList();
    }
}
