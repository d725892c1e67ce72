package org.microdegree.conformance.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a check found, before it becomes a finding: passed or not (or not applicable), the
 * element concerned, the message's key and the values to fill in.
 *
 * @param element the field below the item, e.g. {@code creditPoints} or {@code skills[2]}; empty for the item
 * @param message the message key's last part, e.g. {@code fail} for {@code md-credits-range.fail}
 */
record Verdict(State state, String element, String message, Map<String, Object> values) {

    enum State {
        PASSED,
        FAILED,
        NOT_APPLICABLE
    }

    static Verdict pass(String element) {
        return new Verdict(State.PASSED, element, "title", Map.of());
    }

    /** Passed, with a message that says more than the rule's title (the evidence found). */
    static Verdict passWith(String element, String message, Object... keyValues) {
        return new Verdict(State.PASSED, element, message, map(keyValues));
    }

    static Verdict fail(String element, String message, Object... keyValues) {
        return new Verdict(State.FAILED, element, message, map(keyValues));
    }

    static Verdict notApplicable(String element, String message, Object... keyValues) {
        return new Verdict(State.NOT_APPLICABLE, element, message, map(keyValues));
    }

    static Verdict check(boolean ok, String element, String message, Object... keyValues) {
        return ok ? pass(element) : fail(element, message, keyValues);
    }

    /** A list as a message shows it: the first eight, then an ellipsis. */
    static <T> List<Object> shortList(List<T> list) {
        List<Object> out = new ArrayList<>(list.subList(0, Math.min(list.size(), 8)));
        if (list.size() > 8) {
            out.add("…");
        }
        return out;
    }

    private static Map<String, Object> map(@Nullable Object... keyValues) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }
}
