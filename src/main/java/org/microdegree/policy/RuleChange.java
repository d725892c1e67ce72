package org.microdegree.policy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.microdegree.policy.model.Severity;

/**
 * A change to one rule when a profile is copied or changed: a new severity, new values for some
 * parameters (the others stay), or the rule's removal.
 */
public record RuleChange(@Nullable Severity severity, Map<String, Object> parameters, boolean remove) {

    public RuleChange {
        // a null value removes an optional parameter, so nulls are kept
        parameters = parameters == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    public static RuleChange parameters(Map<String, Object> parameters) {
        return new RuleChange(null, parameters, false);
    }
}
