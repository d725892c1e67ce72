package org.microdegree.policy.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.microdegree.shared.CreditPoints;

/**
 * One rule of a profile: a named use of a {@link Check} with its parameters, its severity and
 * its source. Its id is the profile's id and its name ({@code luh-2023/md-credits-range}).
 */
public record Rule(String name, Check check, Severity severity, Map<String, Object> parameters, Source source) {

    public Rule {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /**
     * A rule from values as written in a profile file: unknown or missing parameters and values
     * of the wrong type are refused with the parameter's name and the reason.
     */
    public static Rule of(String name, Check check, Severity severity, Map<String, ?> raw, Source source) {
        Map<String, String> problems = parameterProblems(check, raw);
        if (!problems.isEmpty()) {
            var first = problems.entrySet().iterator().next();
            throw new IllegalArgumentException("parameters." + first.getKey() + ": " + first.getValue());
        }
        Map<String, Object> typed = new LinkedHashMap<>();
        for (Parameter p : check.parameters()) {
            if (raw.get(p.name()) != null) {
                typed.put(p.name(), p.read(raw.get(p.name())));
            }
        }
        return new Rule(name, check, severity, typed, source);
    }

    /** Why the values as written in a profile file do not fit the check, by parameter name; empty when they do. */
    public static Map<String, String> parameterProblems(Check check, Map<String, ?> raw) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (String key : raw.keySet()) {
            if (check.parameter(key).isEmpty()) {
                problems.put(key, "the check " + check.code() + " takes no parameter '" + key + "'"
                        + (check.parameters().isEmpty()
                                ? ""
                                : "; it takes "
                                        + String.join(", ", check.parameters().stream().map(Parameter::name).toList())));
            }
        }
        Map<String, Object> typed = new LinkedHashMap<>();
        for (Parameter p : check.parameters()) {
            Object value = raw.get(p.name());
            if (value == null) {
                if (p.required()) {
                    problems.put(p.name(), "required by the check " + check.code());
                }
                continue;
            }
            try {
                typed.put(p.name(), p.read(value));
            } catch (IllegalArgumentException | ArithmeticException e) {
                problems.put(p.name(), e.getMessage());
            }
        }
        if (typed.get("min") instanceof CreditPoints min && typed.get("max") instanceof CreditPoints max && min.compareTo(max) > 0) {
            problems.put("max", max + " is below the minimum " + min);
        }
        return problems;
    }

    public boolean appliesTo(Subject subject) {
        return check.subjects().contains(subject);
    }

    public CreditPoints credits(String parameter) {
        return (CreditPoints) value(parameter);
    }

    public Optional<CreditPoints> optionalCredits(String parameter) {
        return Optional.ofNullable((CreditPoints) parameters.get(parameter));
    }

    public int count(String parameter) {
        return (Integer) value(parameter);
    }

    public BigDecimal number(String parameter) {
        return (BigDecimal) value(parameter);
    }

    @SuppressWarnings("unchecked")
    public List<Integer> levels(String parameter) {
        return (List<Integer>) value(parameter);
    }

    public String choice(String parameter) {
        return (String) value(parameter);
    }

    /** The parameters as written in a profile file (numbers and lists). */
    public Map<String, Object> writtenParameters() {
        Map<String, Object> out = new LinkedHashMap<>();
        parameters.forEach((k, v) -> out.put(k, check.parameter(k).orElseThrow().write(v)));
        return out;
    }

    private Object value(String parameter) {
        Object v = parameters.get(parameter);
        if (v == null) {
            throw new IllegalStateException("rule " + name + " has no parameter " + parameter);
        }
        return v;
    }
}
