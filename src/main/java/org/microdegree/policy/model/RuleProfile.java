package org.microdegree.policy.model;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.microdegree.shared.Text;

/**
 * A named, versioned set of rules that designs are checked against. Shipped profiles have no
 * owner; an institution's own profile is a copy of another with changed parameters.
 *
 * @param owner the institution that defined it, or null for a profile shipped with the product
 * @param basedOn the profile (and version) it was copied from, e.g. {@code luh-2023@1}
 */
public record RuleProfile(String id, int version, Text title, @Nullable Text description,
        @Nullable String owner, @Nullable String basedOn, List<Rule> rules) {

    /** Lower-case letters, digits and hyphens, 3 to 40 characters, as in {@code luh-2023}. */
    public static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,38}[a-z0-9]");

    public RuleProfile {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a profile id has 3 to 40 lower-case letters, digits and hyphens, got '" + id + "'");
        }
        if (version < 1) {
            throw new IllegalArgumentException("versions count from 1");
        }
        rules = List.copyOf(rules);
        Set<String> names = new HashSet<>();
        for (Rule r : rules) {
            if (!names.add(r.name())) {
                throw new IllegalArgumentException("rule " + r.name() + " is listed twice");
            }
        }
    }

    public boolean shipped() {
        return owner == null;
    }

    /** The rule's id, unique across profiles: {@code luh-2023/md-credits-range}. */
    public String ruleId(Rule rule) {
        return id + "/" + rule.name();
    }

    public Optional<Rule> rule(String name) {
        return rules.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** {@code luh-2023@1}: which version a report used. */
    public String reference() {
        return id + "@" + version;
    }
}
