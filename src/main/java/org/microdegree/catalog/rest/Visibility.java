package org.microdegree.catalog.rest;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.model.LifecycleStatus;
import org.springframework.security.core.Authentication;

/** Anonymous readers see the published catalogue; staff see every status. */
final class Visibility {

    private Visibility() {
    }

    static boolean staff(@Nullable Authentication auth) {
        return auth != null && auth.isAuthenticated()
                && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
    }

    static Set<LifecycleStatus> forReading(@Nullable Authentication auth) {
        return staff(auth) ? Catalogue.ALL : Catalogue.PUBLIC;
    }

    static Set<LifecycleStatus> forListing(@Nullable Authentication auth, @Nullable LifecycleStatus status) {
        if (!staff(auth)) {
            return EnumSet.of(LifecycleStatus.PUBLISHED);
        }
        return status == null ? Catalogue.ALL : EnumSet.of(status);
    }
}
