package org.microdegree.web.pages;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.model.CatalogueItem;
import org.microdegree.catalog.model.CreditSystem;
import org.microdegree.catalog.model.StatedCredits;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.LifecycleStatus;
import org.microdegree.catalog.model.MicroCredential;
import org.microdegree.catalog.model.MicroDegreeProgramme;
import org.microdegree.catalog.model.Requirement;
import org.microdegree.catalog.model.Sharing;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.Text;
import org.microdegree.labour.Demand;
import org.microdegree.skills.EscoConcept;
import org.microdegree.skills.OccupationFit;
import org.microdegree.skills.Skills;
import org.springframework.context.MessageSource;

/** View models for item pages: the requirement tree in words, the CP composition, outcomes and skills by label. */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
final class ItemViews {

    /** A line of the tree in words; a unit links to its page when it has one. */
    record Line(String text, @Nullable String href, @Nullable String label, List<Line> children) {}

    /** A bar of the CP chart, with its share of the longest bar in percent (for the SVG). */
    record Bar(String label, BigDecimal creditPoints, String cp, int percent, int y) {}

    /** An outcome and the micro-credential it belongs to. */
    record Outcome(String text, String source) {}

    /** An ESCO skill by its preferred label, linked to ESCO. */
    record Skill(String label, String uri) {}

    private final Catalogue catalogue;
    private final Skills skills;
    private final MessageSource messages;
    private final Actor actor;
    private final Locale locale;
    private final String lang;

    ItemViews(Catalogue catalogue, Skills skills, MessageSource messages, Actor actor, Locale locale) {
        this(catalogue, skills, messages, actor, locale, locale.getLanguage());
    }

    Line tree(Requirement node) {
        String label = node.options().label();
        String shared = node.options().sharing() == Sharing.SHARED ? " " + msg("req.shared") : "";
        return switch (node) {
            case Requirement.AllOf a -> new Line(msg("req.allOf") + shared, null, label, children(a.of()));
            case Requirement.AtLeast a -> new Line(msg("req.atLeast", a.count()) + shared, null, label, children(a.of()));
            case Requirement.MinCredits m -> new Line(msg("req.minCredits", CatalogueController.cp(m.credits().toBigDecimal())) + shared,
                    null, label, children(m.from()));
            case Requirement.Quota q -> new Line(msg("req.quota", String.join(", ", q.shares().stream()
                    .map(s -> msg("req.share", s.count(), institutionName(s.institution().value()))).toList())) + shared,
                    null, label, children(q.from()));
            case Requirement.Unit u -> unit(u, label, shared);
        };
    }

    private List<Line> children(List<Requirement> nodes) {
        return nodes.stream().map(this::tree).toList();
    }

    private Line unit(Requirement.Unit u, @Nullable String label, String shared) {
        Optional<CatalogueItem> item = find(u.kind(), u.id());
        String title = item.map(i -> i.title().in(lang)).orElse(u.id().value());
        String cp = CatalogueController.cp(item.map(i -> i.creditPoints() == null ? null : i.creditPoints().toBigDecimal()).orElse(null));
        String key = switch (u.kind()) {
            case MICRO_CREDENTIAL -> "req.mc";
            case MICRO_DEGREE -> "req.md";
            default -> "req.module";
        };
        String href = item.filter(i -> i.status() == LifecycleStatus.PUBLISHED).map(i -> switch (u.kind()) {
            case MICRO_CREDENTIAL -> "/catalogue/micro-credentials/" + u.id();
            case MICRO_DEGREE -> "/catalogue/micro-degrees/" + u.id();
            default -> null;
        }).orElse(null);
        return new Line(msg(key, title, cp) + shared, href, label, List.of());
    }

    /**
     * The programme's components (the units its tree names) with their CP. A micro-credential that
     * a nested programme named here holds already is part of that programme's bar, not a bar again
     * (a joint Master names its parts and, for the quota, their micro-credentials).
     */
    List<Bar> parts(MicroDegreeProgramme md) {
        List<String[]> rows = new ArrayList<>();
        List<BigDecimal> cps = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Set<ItemId> visited = new LinkedHashSet<>(Set.of(md.id()));
        md.nestedProgrammes().forEach(n -> find(ItemKind.MICRO_DEGREE, n).map(MicroDegreeProgramme.class::cast)
                .ifPresent(p -> microCredentialsOf(p, visited).forEach(mc -> seen.add(ItemKind.MICRO_CREDENTIAL.code() + mc.id()))));
        Requirement.forEachUnit(md.completion(), "", (path, u) -> {
            if (seen.add(u.kind().code() + u.id())) {
                Optional<CatalogueItem> item = find(u.kind(), u.id());
                rows.add(new String[]{item.map(i -> i.title().in(lang)).orElse(u.id().value())});
                cps.add(item.map(i -> i.creditPoints() == null ? BigDecimal.ZERO : i.creditPoints().toBigDecimal()).orElse(BigDecimal.ZERO));
            }
        });
        return bars(rows, cps);
    }

    /** A micro-credential's modules and the smaller micro-credentials it is built from, with their CP. */
    List<Bar> parts(MicroCredential mc) {
        List<String[]> rows = new ArrayList<>();
        List<BigDecimal> cps = new ArrayList<>();
        for (org.microdegree.catalog.model.Reference part : mc.references()) {
            Optional<CatalogueItem> item = find(part.kind(), part.id());
            rows.add(new String[]{item.map(i -> i.title().in(lang)).orElse(part.id().value())});
            cps.add(item.map(i -> i.creditPoints() == null ? BigDecimal.ZERO : i.creditPoints().toBigDecimal()).orElse(BigDecimal.ZERO));
        }
        return bars(rows, cps);
    }

    private static List<Bar> bars(List<String[]> rows, List<BigDecimal> cps) {
        BigDecimal max = cps.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        if (max.signum() == 0) {
            max = BigDecimal.ONE;
        }
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            int percent = cps.get(i).multiply(BigDecimal.valueOf(100)).divide(max, RoundingMode.HALF_UP).intValue();
            bars.add(new Bar(rows.get(i)[0], cps.get(i), CatalogueController.cp(cps.get(i)), percent, i * 28));
        }
        return bars;
    }

    /** The learning outcomes of the micro-credentials a programme names, directly or through nested programmes; each once. */
    List<Outcome> outcomesOf(MicroDegreeProgramme md) {
        List<Outcome> out = new ArrayList<>();
        for (MicroCredential mc : microCredentialsOf(md, new LinkedHashSet<>())) {
            for (Text t : mc.learningOutcomes()) {
                out.add(new Outcome(t.in(lang), mc.title().in(lang)));
            }
        }
        return out;
    }

    List<String> skillsOf(MicroDegreeProgramme md) {
        Set<String> uris = new LinkedHashSet<>(md.skills());
        microCredentialsOf(md, new LinkedHashSet<>()).forEach(mc -> uris.addAll(mc.skills()));
        return List.copyOf(uris);
    }

    /** The micro-credentials a programme names, directly or through nested programmes, each once (a joint Master names them both ways). */
    private List<MicroCredential> microCredentialsOf(MicroDegreeProgramme md, Set<ItemId> visited) {
        List<MicroCredential> out = new ArrayList<>();
        if (!visited.add(md.id())) {
            return out;
        }
        for (ItemId id : md.microCredentials()) {
            if (visited.add(id)) {
                find(ItemKind.MICRO_CREDENTIAL, id).map(MicroCredential.class::cast).ifPresent(out::add);
            }
        }
        for (ItemId id : md.nestedProgrammes()) {
            find(ItemKind.MICRO_DEGREE, id).map(MicroDegreeProgramme.class::cast).ifPresent(n -> out.addAll(microCredentialsOf(n, visited)));
        }
        return out;
    }

    /** An occupation the item's skills cover, as the page shows it, with the newest openings imported for it (0 and not known when none). */
    record Occupation(String label, String uri, int matched, int total, int percent, List<String> matchedLabels, boolean known, long openings,
            String where) {}

    /** The ESCO occupations the item's skills cover best, with their labour-market figures. */
    List<Occupation> occupations(Demand demand) {
        return demand.occupations().stream().map(o -> {
            OccupationFit f = o.fit();
            return new Occupation(f.occupation().label(), f.occupation().uri(), f.matchedEssential().size(), f.essentialTotal(), f.percent(),
                    f.matchedEssential().stream().map(u -> skills.find(u).map(EscoConcept::label).orElse(u)).toList(), o.known(), o.openings(),
                    String.join(", ", o.figures().stream().map(d -> d.region() + " " + d.period()).toList()));
        }).toList();
    }

    List<Skill> skillLabels(List<String> uris) {
        return uris.stream().map(u -> new Skill(skills.find(u).map(EscoConcept::label).orElse(u), u)).toList();
    }

    List<String> institutionNames(List<String> ids) {
        return ids.stream().map(this::institutionName).toList();
    }

    private String institutionName(String id) {
        return catalogue.institution(id).map(i -> i.name().in(lang)).orElse(id);
    }

    /** The published programmes that name a micro-credential directly. */
    List<Line> programmesNaming(ItemId mc) {
        List<Line> out = new ArrayList<>();
        for (MicroDegreeProgramme md : catalogue
                .<MicroDegreeProgramme>list(ItemKind.MICRO_DEGREE, Set.of(LifecycleStatus.PUBLISHED), null, 0, Integer.MAX_VALUE).items()) {
            if (md.microCredentials().contains(mc)) {
                out.add(new Line(md.title().in(lang), "/catalogue/micro-degrees/" + md.id(), null, List.of()));
            }
        }
        return out;
    }

    /** The size as a reader meets it: "5 ECTS", "7.5 ECTS (15 UK credits)", "1-9 ECTS (variable credit)", or that none is stated. */
    String size(CatalogueItem item) {
        StatedCredits stated = item.credits();
        if (stated != null && stated.isRange()) {
            return msg("item.size.range", stated.toString());
        }
        if (item.creditPoints() == null) {
            return msg("item.size.none");
        }
        String ects = msg("item.cp", CatalogueController.cp(item.creditPoints().toBigDecimal()));
        return stated == null || stated.system() == CreditSystem.ECTS ? ects : msg("item.size.stated", ects, stated.toString());
    }

    /** The level as a reader meets it: "EQF 7", "EQF 7 (DQR 7)", "EQF 7 (Master level)", or that none is stated. */
    String level(CatalogueItem item) {
        if (item.eqfLevel() == null) {
            return msg("item.level.none");
        }
        String eqf = msg("item.eqf", item.eqfLevel().level());
        return item.level() == null || item.level().isPlainEqf() ? eqf : msg("item.level.stated", eqf, item.level().toString());
    }

    private Optional<CatalogueItem> find(ItemKind kind, ItemId id) {
        return catalogue.find(kind, id, null, actor);
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
