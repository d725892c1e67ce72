package org.microdegree.web.pages;

import java.util.LinkedHashMap;
import java.util.Map;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.Violation;

/** What a refused form shows beside each field: the reasons by field name, several joined. */
final class FormProblems {

    private FormProblems() {
    }

    static Map<String, String> of(InvalidInputException e) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Violation v : e.violations()) {
            m.merge(v.path(), v.reason(), (a, b) -> a + "; " + b);
        }
        return m;
    }
}
