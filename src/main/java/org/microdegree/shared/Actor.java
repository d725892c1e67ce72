package org.microdegree.shared;

import java.io.Serializable;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Who asks: a signed-in person with their grants, an anonymous visitor, or the operator at the
 * command line (who may do everything, as whoever runs the jar owns the data anyway).
 *
 * @param account the account's id, or null for anonymous visitors and the operator
 * @param name what the journal records as the actor
 * @param readOnly true for an API token without the write scope
 */
public record Actor(@Nullable String account, String name, Set<Grant> grants, boolean operator, boolean readOnly)
        implements
            Serializable {

    public static final Actor ANONYMOUS = new Actor(null, "anonymous", Set.of(), false, true);

    public Actor {
        grants = Set.copyOf(grants);
    }

    public static Actor operator(String name) {
        return new Actor(null, name, Set.of(), true, false);
    }

    public static Actor person(String account, String name, Set<Grant> grants) {
        return new Actor(account, name, grants, false, false);
    }

    public Actor asReadOnly() {
        return new Actor(account, name, grants, operator, true);
    }

    public boolean anonymous() {
        return account == null && !operator;
    }

    /** An admin of an institution holds every staff role there. */
    public boolean has(Role role, InstitutionId institution) {
        if (operator) {
            return true;
        }
        for (Grant g : grants) {
            if (g.institution().equals(institution) && (g.role() == role || g.role() == Role.ADMIN && role.staff())) {
                return true;
            }
        }
        return false;
    }

    public boolean has(Role role, String institution) {
        return has(role, InstitutionId.of(institution));
    }

    /** True when the actor holds {@code role} at any institution. */
    public boolean hasAnywhere(Role role) {
        return operator || grants.stream().anyMatch(g -> g.role() == role || g.role() == Role.ADMIN && role.staff());
    }

    /** The institutions where the actor holds a staff role. */
    public Set<InstitutionId> staffOf() {
        Set<InstitutionId> s = new TreeSet<>();
        for (Grant g : grants) {
            if (g.role().staff()) {
                s.add(g.institution());
            }
        }
        return s;
    }

    public boolean staff() {
        return operator || !staffOf().isEmpty();
    }

    public boolean staffOf(InstitutionId institution) {
        return operator || staffOf().contains(institution);
    }

    /** Refuses a change by a reader: an anonymous visitor or an API token without the write scope. */
    public void requireWrite() {
        if (readOnly) {
            throw new ForbiddenException(anonymous() ? "sign in to change anything" : "a read-only API token cannot change anything");
        }
    }
}
