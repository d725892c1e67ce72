package org.microdegree.design.building;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.model.CatalogueBundle;
import org.microdegree.catalog.model.CatalogueItem;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.LifecycleStatus;
import org.microdegree.catalog.model.MicroCredential;
import org.microdegree.catalog.model.MicroDegreeProgramme;
import org.microdegree.catalog.model.Module;
import org.microdegree.catalog.model.Requirement;
import org.microdegree.catalog.model.Sharing;
import org.microdegree.shared.CreditPoints;
import org.microdegree.shared.EqfLevel;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.Text;

/**
 * Collects what a builder makes (micro-credentials from modules, programmes) as drafts of one
 * bundle, with fresh ids that clash with nothing in the catalogue or the draft.
 */
public final class Drafting {

    private final Offer offer;
    private final DraftSettings settings;
    private final List<CatalogueItem> items = new ArrayList<>();
    private final Set<ItemId> used = new LinkedHashSet<>();

    public Drafting(Offer offer, DraftSettings settings) {
        this.offer = offer;
        this.settings = settings;
    }

    /** A published micro-credential of exactly this module, else a new draft one made from it. */
    public MicroCredential microCredentialFor(Module module) {
        List<MicroCredential> existing = offer.microCredentialsOf(module);
        if (!existing.isEmpty()) {
            return existing.getFirst();
        }
        for (CatalogueItem item : items) {
            if (item instanceof MicroCredential mc && mc.modules().equals(List.of(module.id()))) {
                return mc;
            }
        }
        String local = module.id().value().substring(module.id().value().indexOf(':') + 1);
        ItemId id = offer.freshId(module.id().institution(), "mc-" + local, used);
        used.add(id);
        MicroCredential mc = new MicroCredential(id, 1, LifecycleStatus.DRAFT, module.title(), module.description(),
                List.of(module.id()), module.learningOutcomes(), module.creditPoints(), module.eqfLevel(),
                module.credits(), module.level(),
                List.of(), List.of(), module.skills(), module.languages().isEmpty() ? settings.languageList() : module.languages(),
                module.mode() == null ? settings.modeOrDefault() : module.mode(), module.assessment(), module.offering(),
                settings.iscedField(), module.unit() != null ? module.unit() : settings.unit(), settings.platform(),
                settings.counsellingContact(), settings.qualityAssurance(), null, null, null, null, List.of(), null, null);
        items.add(mc);
        return mc;
    }

    /** Whether the micro-credential is new in this draft (not yet in the catalogue). */
    public boolean isNew(ItemId id) {
        return used.contains(id);
    }

    /** The programme of the settings (or, with {@code suffix}, a sibling of it) over a requirement tree. */
    public MicroDegreeProgramme programme(@Nullable String suffix, @Nullable Text titleAddition, Requirement tree, CreditPoints credits,
            EqfLevel level, List<InstitutionId> partners, boolean jointAward, List<String> skills) {
        ItemId base = Objects.requireNonNull(settings.id());
        ItemId id = suffix == null ? base : ItemId.of(base.value() + "-" + suffix);
        if (used.contains(id)) {
            throw new IllegalStateException("two programmes of one draft named " + id);
        }
        used.add(id);
        Text title = Objects.requireNonNull(settings.title());
        if (titleAddition != null) {
            title = Text.of(title.en() + " (" + titleAddition.en() + ")",
                    title.de() == null ? null : title.de() + " (" + (titleAddition.de() == null ? titleAddition.en() : titleAddition.de()) + ")");
        }
        MicroDegreeProgramme md = new MicroDegreeProgramme(id, 1, LifecycleStatus.DRAFT, title, null, tree, credits, level, null, null,
                settings.labourMarketRationale(), settings.groups(), partners, settings.profiles(), jointAward, settings.languageList(),
                settings.modeOrDefault(), skills, settings.unit(), settings.counsellingContact(), settings.qualityAssurance(),
                null, null, null, null, null, null);
        items.add(md);
        return md;
    }

    /** The draft: its programmes, and the micro-credentials it made that they use (all of them when it has no programme). */
    public CatalogueBundle bundle() {
        Set<ItemId> referenced = new HashSet<>();
        boolean programmes = false;
        for (CatalogueItem item : items) {
            if (item instanceof MicroDegreeProgramme md) {
                programmes = true;
                md.references().forEach(r -> referenced.add(r.id()));
            }
        }
        boolean keepAll = !programmes;
        return CatalogueBundle.of(List.of(), items.stream()
                .filter(i -> keepAll || !(i instanceof MicroCredential) || referenced.contains(i.id())).toList());
    }

    // ---- requirement trees ----

    public static Requirement.Unit unit(MicroCredential mc) {
        return new Requirement.Unit(ItemKind.MICRO_CREDENTIAL, mc.id(), Requirement.Options.DEFAULT);
    }

    public static Requirement.Unit unit(MicroDegreeProgramme md) {
        return new Requirement.Unit(ItemKind.MICRO_DEGREE, md.id(), Requirement.Options.DEFAULT);
    }

    public static Requirement allOf(List<? extends Requirement> of, @Nullable String label, Sharing sharing) {
        return new Requirement.AllOf(List.copyOf(of), new Requirement.Options(label, sharing));
    }

    public static Requirement minCredits(CreditPoints credits, List<? extends Requirement> from, @Nullable String label, Sharing sharing) {
        return new Requirement.MinCredits(credits, List.copyOf(from), new Requirement.Options(label, sharing));
    }

    /** The distinct skills of the micro-credentials, in order. */
    public static List<String> skillsOf(List<MicroCredential> mcs) {
        Set<String> out = new LinkedHashSet<>();
        mcs.forEach(mc -> out.addAll(mc.skills()));
        return List.copyOf(out);
    }

    public static CreditPoints sum(List<MicroCredential> mcs) {
        return mcs.stream().map(MicroCredential::creditPoints).reduce(CreditPoints.ZERO, CreditPoints::plus);
    }

    /** The highest level among the micro-credentials: a programme is at the level of its most advanced part. */
    public static EqfLevel level(List<MicroCredential> mcs) {
        return mcs.stream().map(MicroCredential::eqfLevel).max(EqfLevel::compareTo).orElse(EqfLevel.of(6));
    }
}
