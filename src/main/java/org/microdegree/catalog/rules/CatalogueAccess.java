package org.microdegree.catalog.rules;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.microdegree.catalog.model.CatalogueItem;
import org.microdegree.catalog.model.LifecycleAction;
import org.microdegree.catalog.model.LifecycleStatus;
import org.microdegree.catalog.model.MicroDegreeProgramme;
import org.microdegree.shared.Actor;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.Role;

/**
 * Who may see and change what in the catalogue. Published and retired versions are public. Other
 * versions belong to the owning institution's staff, and a joint programme also to the staff of
 * every participating institution; nothing else of another institution is theirs.
 */
public final class CatalogueAccess {

    private static final String READ_ONLY = "this credential may only read (an API token without the write scope)";

    private CatalogueAccess() {
    }

    /** The owner (the id's prefix) and, for a programme, every participating institution. */
    public static Set<InstitutionId> involved(CatalogueItem item) {
        Set<InstitutionId> s = new LinkedHashSet<>();
        s.add(InstitutionId.of(item.id().institution()));
        if (item instanceof MicroDegreeProgramme md) {
            s.addAll(md.participatingInstitutions());
        }
        return s;
    }

    public static boolean canRead(Actor actor, CatalogueItem item) {
        return isPublic(item.status()) || involved(item).stream().anyMatch(actor::staffOf);
    }

    public static boolean isPublic(LifecycleStatus status) {
        return status.isPublic();
    }

    /** Creating is design work at the institution whose id prefix the item takes. */
    public static Optional<String> whyNotCreate(Actor actor, CatalogueItem item) {
        InstitutionId owner = InstitutionId.of(item.id().institution());
        if (actor.readOnly()) {
            return Optional.of(READ_ONLY);
        }
        return actor.has(Role.DESIGNER, owner)
                ? Optional.empty()
                : Optional.of("to create " + item.kind().code() + " '" + item.id() + "' you need the role designer at " + owner);
    }

    /** Changing is design work; judged on the stored version, so that naming oneself a partner grants nothing. */
    public static Optional<String> whyNotEdit(Actor actor, CatalogueItem stored) {
        return holds(actor, stored, Role.DESIGNER, "change");
    }

    /**
     * Importing an entry is its owner's design work, and quality assurance's where it comes in past
     * review (approved, announced, published), as if it went through those steps. The items of an
     * institution that comes in with the same file (a partner's catalogue) are an admin's to bring in.
     */
    public static Optional<String> whyNotImport(Actor actor, CatalogueItem item, boolean ownerIsNew) {
        if (actor.readOnly()) {
            return Optional.of(READ_ONLY);
        }
        InstitutionId owner = InstitutionId.of(item.id().institution());
        boolean pastReview = item.status() != LifecycleStatus.DRAFT && item.status() != LifecycleStatus.IN_REVIEW;
        Role role = pastReview ? Role.QUALITY : Role.DESIGNER;
        if (ownerIsNew ? actor.hasAnywhere(Role.ADMIN) && (!pastReview || actor.hasAnywhere(Role.QUALITY)) : actor.has(role, owner)) {
            return Optional.empty();
        }
        return Optional.of("to import " + item.kind().code() + " '" + item.id() + "' as " + item.status().code() + " you need "
                + (ownerIsNew ? "the role admin (its institution " + owner + " is new)" : "the role " + role.code() + " at " + owner));
    }

    /** An institution's record is its admins' to change; a new one (a partner) any admin's to add. */
    public static Optional<String> whyNotImport(Actor actor, InstitutionId institution, boolean isNew) {
        if (actor.readOnly()) {
            return Optional.of(READ_ONLY);
        }
        if (isNew ? actor.hasAnywhere(Role.ADMIN) : actor.has(Role.ADMIN, institution)) {
            return Optional.empty();
        }
        return Optional.of((isNew ? "to add institution '" : "to change institution '") + institution + "' you need the role admin"
                + (isNew ? "" : " at " + institution));
    }

    /** Submitting is the designer's step; every later one is quality assurance's. */
    public static Optional<String> whyNot(Actor actor, LifecycleAction action, CatalogueItem item) {
        Role role = action == LifecycleAction.SUBMIT ? Role.DESIGNER : Role.QUALITY;
        return holds(actor, item, role, action.code());
    }

    private static Optional<String> holds(Actor actor, CatalogueItem item, Role role, String verb) {
        if (actor.readOnly()) {
            return Optional.of(READ_ONLY);
        }
        if (involved(item).stream().anyMatch(i -> actor.has(role, i))) {
            return Optional.empty();
        }
        return Optional.of("to " + verb + " " + item.kind().code() + " '" + item.id() + "' you need the role "
                + role.code() + " at " + String.join(" or ", involved(item).stream().map(InstitutionId::value).toList()));
    }
}
