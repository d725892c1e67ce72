package org.microdegree.catalog.model;

import java.util.List;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.microdegree.shared.CreditPoints;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.ItemId;

/**
 * A node of a micro-degree programme's requirement tree. Leaves name a unit (a module, a
 * micro-credential, or a nested micro-degree programme); inner nodes combine their children.
 * Evidence counted at an {@link Sharing#EXCLUSIVE exclusive} node may not count anywhere else.
 */
public sealed interface Requirement {

    Options options();

    /** The node's children in order; empty for a unit. */
    List<Requirement> children();

    /** Label and sharing of a node; the default is unlabelled and exclusive. */
    record Options(@Nullable String label, Sharing sharing) {
        public static final Options DEFAULT = new Options(null, Sharing.EXCLUSIVE);

        public Options {
            if (label != null && label.isBlank()) {
                label = null;
            }
            if (sharing == null) {
                sharing = Sharing.EXCLUSIVE;
            }
        }
    }

    /** Every child must be met. */
    record AllOf(List<Requirement> of, Options options) implements Requirement {
        public AllOf {
            of = List.copyOf(of);
        }

        @Override
        public List<Requirement> children() {
            return of;
        }
    }

    /** At least {@code count} of the children must be met. */
    record AtLeast(int count, List<Requirement> of, Options options) implements Requirement {
        public AtLeast {
            of = List.copyOf(of);
        }

        @Override
        public List<Requirement> children() {
            return of;
        }
    }

    /** Met children must add up to at least {@code credits}. */
    record MinCredits(CreditPoints credits, List<Requirement> from, Options options) implements Requirement {
        public MinCredits {
            from = List.copyOf(from);
        }

        @Override
        public List<Requirement> children() {
            return from;
        }
    }

    /** For each share, at least {@code count} met children must come from that institution. */
    record Quota(List<Share> shares, List<Requirement> from, Options options) implements Requirement {
        public Quota {
            shares = List.copyOf(shares);
            from = List.copyOf(from);
        }

        /** The total number of units the quota asks for. */
        public int total() {
            return shares.stream().mapToInt(Share::count).sum();
        }

        @Override
        public List<Requirement> children() {
            return from;
        }
    }

    /** One institution's part of a {@link Quota}. */
    record Share(InstitutionId institution, int count) {}

    /** A leaf: a module, a micro-credential or a nested micro-degree programme, by id. */
    record Unit(ItemKind kind, ItemId id, Options options) implements Requirement {
        public Unit {
            if (kind == ItemKind.STUDY_PROGRAMME) {
                throw new IllegalArgumentException("a study programme cannot be a unit of a requirement");
            }
        }

        @Override
        public List<Requirement> children() {
            return List.of();
        }
    }

    /** Visits every unit of a tree with its path below {@code root} (e.g. {@code allOf[1].of[0]}). */
    static void forEachUnit(Requirement node, String path, BiConsumer<String, Unit> visitor) {
        switch (node) {
            case Unit u -> visitor.accept(path, u);
            case AllOf a -> walkChildren(a.of(), path + ".allOf", visitor);
            case AtLeast a -> walkChildren(a.of(), path + ".of", visitor);
            case MinCredits m -> walkChildren(m.from(), path + ".from", visitor);
            case Quota q -> walkChildren(q.from(), path + ".from", visitor);
        }
    }

    private static void walkChildren(List<Requirement> children, String path, BiConsumer<String, Unit> visitor) {
        for (int i = 0; i < children.size(); i++) {
            forEachUnit(children.get(i), path + "[" + i + "]", visitor);
        }
    }
}
