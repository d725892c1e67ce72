package org.microdegree.catalog.model;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.microdegree.shared.CreditPoints;
import org.microdegree.shared.EqfLevel;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.Text;

/**
 * A versioned item of the catalogue. Its id is stable across versions; each version has its own
 * lifecycle status.
 */
public sealed interface CatalogueItem permits StudyProgramme, Module, MicroCredential, MicroDegreeProgramme {

    ItemKind kind();

    ItemId id();

    int version();

    LifecycleStatus status();

    Text title();

    @Nullable
    CreditPoints creditPoints();

    @Nullable
    EqfLevel eqfLevel();

    /** The size as its provider states it, when more than a number of ECTS credit points ("15 UK credits", "1-9"). */
    default @Nullable StatedCredits credits() {
        return null;
    }

    /** The level as its provider states it, when in a national framework or in words ("DQR 6", "Master level"). */
    default @Nullable StatedLevel level() {
        return null;
    }

    /** The id of the organisational unit responsible for it, if stated. */
    @Nullable
    ItemId unit();

    /** The ESCO skill URIs it is tagged with. */
    List<String> skills();

    /** The items this one names, each with where it names it. */
    List<Reference> references();

    /** The same content at another version and status. */
    CatalogueItem withLifecycle(int version, LifecycleStatus status);

    static int normalVersion(int version) {
        return version <= 0 ? 1 : version;
    }

    static LifecycleStatus normalStatus(@Nullable LifecycleStatus status) {
        return status == null ? LifecycleStatus.DRAFT : status;
    }

    /** The ECTS credit points given, or else those the statement converts to (none for a range). */
    static @Nullable CreditPoints creditPoints(@Nullable CreditPoints given, @Nullable StatedCredits stated) {
        return given != null || stated == null ? given : stated.ects();
    }

    /** The EQF level given, or else the one the stated level is referenced to. */
    static @Nullable EqfLevel eqfLevel(@Nullable EqfLevel given, @Nullable StatedLevel stated) {
        return given != null || stated == null ? given : stated.eqf();
    }

    static <T> List<T> list(@Nullable List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
