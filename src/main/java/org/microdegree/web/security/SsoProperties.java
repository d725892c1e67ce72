package org.microdegree.web.security;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the OpenID provider's claims become an institution and roles (see docs/single-sign-on.md).
 *
 * @param institutionClaim the claim naming the person's institution, e.g. {@code schac_home_organization}
 * @param institutions claim value to institution id (a value that is an institution id maps to itself)
 * @param defaultInstitution the institution when the claim is missing or unmapped
 * @param rolesClaim the claim listing the person's groups or entitlements, e.g. {@code groups}
 * @param roles claim value to {@code role} (at the person's institution) or {@code role@institution}
 * @param defaultRoles roles everyone signing in gets at their institution, e.g. {@code learner}
 */
@ConfigurationProperties("microdegree.sso")
public record SsoProperties(@Nullable String institutionClaim, @Nullable Map<String, String> institutions,
        @Nullable String defaultInstitution, @Nullable String rolesClaim,
        @Nullable Map<String, String> roles, @Nullable List<String> defaultRoles) {

    public SsoProperties {
        institutions = institutions == null ? Map.of() : Map.copyOf(institutions);
        roles = roles == null ? Map.of() : Map.copyOf(roles);
        defaultRoles = defaultRoles == null ? List.of() : List.copyOf(defaultRoles);
    }
}
