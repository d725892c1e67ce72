package org.microdegree.conformance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.microdegree.policy.model.ConformanceReport;
import org.microdegree.policy.model.Finding;
import org.microdegree.policy.model.Outcome;
import org.microdegree.shared.Text;

/** The JSON form of a conformance report, the same for the API and {@code validate --format json}. */
public final class ConformanceView {

    private ConformanceView() {
    }

    /** @param problemsOnly leave out passed and not applicable rules */
    public static Map<String, Object> of(ConformanceReport report, boolean problemsOnly) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("conforms", report.conforms());
        out.put("profiles", report.profiles());
        Map<Outcome, Integer> counts = report.counts();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("items", report.items());
        summary.put("errors", counts.get(Outcome.FAIL));
        summary.put("warnings", counts.get(Outcome.WARNING));
        summary.put("passed", counts.get(Outcome.PASS));
        summary.put("notApplicable", counts.get(Outcome.NOT_APPLICABLE));
        out.put("summary", summary);
        List<Map<String, Object>> findings = new ArrayList<>();
        for (Finding f : report.findings()) {
            if (!problemsOnly || f.isProblem()) {
                findings.add(finding(f));
            }
        }
        out.put("findings", findings);
        return out;
    }

    static Map<String, Object> finding(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("item", f.item());
        m.put("kind", f.subject().code());
        m.put("version", f.version());
        m.put("rule", f.rule());
        m.put("severity", f.severity().code());
        m.put("outcome", f.outcome().code());
        m.put("path", f.path());
        m.put("message", text(f.message()));
        if (f.suggestion() != null) {
            m.put("suggestion", text(f.suggestion()));
        }
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("document", f.source().document());
        if (f.source().point() != null) {
            source.put("point", f.source().point());
        }
        m.put("source", source);
        return m;
    }

    private static Map<String, String> text(Text t) {
        return new LinkedHashMap<>(t.versions());
    }
}
