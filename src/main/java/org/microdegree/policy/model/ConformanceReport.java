package org.microdegree.policy.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of every applicable rule for every item checked. A design conforms when no rule
 * fails with severity error; warnings are allowed.
 *
 * @param profiles the profiles used, with their versions ({@code luh-2023@1})
 * @param items how many items were checked
 */
public record ConformanceReport(List<String> profiles, int items, List<Finding> findings) {

    public ConformanceReport {
        profiles = List.copyOf(profiles);
        findings = List.copyOf(findings);
    }

    public boolean conforms() {
        return findings.stream().noneMatch(Finding::isError);
    }

    public List<Finding> errors() {
        return findings.stream().filter(Finding::isError).toList();
    }

    public List<Finding> problems() {
        return findings.stream().filter(Finding::isProblem).toList();
    }

    public Map<Outcome, Integer> counts() {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            counts.put(o, 0);
        }
        findings.forEach(f -> counts.merge(f.outcome(), 1, Integer::sum));
        return counts;
    }
}
