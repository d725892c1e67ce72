package org.microdegree.web.security;

import lombok.RequiredArgsConstructor;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.microdegree.shared.Grant;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.Role;

/** Turns an OpenID provider's claims into grants, by {@link SsoProperties}. Unknown values grant nothing. */
@RequiredArgsConstructor
public final class ClaimMapping {

    private final SsoProperties config;

    public Set<Grant> grants(Map<String, Object> claims) {
        Set<Grant> grants = new LinkedHashSet<>();
        String institution = institution(claims);
        for (String role : config.defaultRoles()) {
            add(grants, role, institution);
        }
        for (String value : values(config.rolesClaim() == null ? null : claims.get(config.rolesClaim()))) {
            String mapped = config.roles().get(value);
            if (mapped != null) {
                add(grants, mapped, institution);
            }
        }
        return grants;
    }

    private @Nullable String institution(Map<String, Object> claims) {
        List<String> values = values(config.institutionClaim() == null ? null : claims.get(config.institutionClaim()));
        for (String v : values) {
            String mapped = config.institutions().get(v);
            if (mapped != null) {
                return mapped;
            }
            if (InstitutionId.isValid(v)) {
                return v;
            }
        }
        return config.defaultInstitution();
    }

    /** {@code role} at the person's institution, or {@code role@institution}. */
    private static void add(Set<Grant> grants, String spec, @Nullable String institution) {
        int at = spec.indexOf('@');
        String roleCode = at < 0 ? spec : spec.substring(0, at);
        String inst = at < 0 ? institution : spec.substring(at + 1);
        Role.fromCode(roleCode.strip()).ifPresent(role -> {
            if (inst != null && InstitutionId.isValid(inst.strip())) {
                grants.add(Grant.of(role, inst.strip()));
            }
        });
    }

    private static List<String> values(@Nullable Object claim) {
        if (claim instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        if (claim instanceof String s && !s.isBlank()) {
            return List.of(s.split("[ ,]+"));
        }
        return List.of();
    }
}
