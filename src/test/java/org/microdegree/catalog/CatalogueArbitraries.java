package org.microdegree.catalog;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.microdegree.catalog.model.AssessmentType;
import org.microdegree.catalog.model.CatalogueBundle;
import org.microdegree.catalog.model.CatalogueItem;
import org.microdegree.catalog.model.Institution;
import org.microdegree.catalog.model.InstitutionKind;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.LifecycleStatus;
import org.microdegree.catalog.model.MicroCredential;
import org.microdegree.catalog.model.MicroDegreeProgramme;
import org.microdegree.catalog.model.Mode;
import org.microdegree.catalog.model.Module;
import org.microdegree.catalog.model.Offering;
import org.microdegree.catalog.model.Requirement;
import org.microdegree.catalog.model.Sharing;
import org.microdegree.catalog.model.Stackability;
import org.microdegree.catalog.model.Supervision;
import org.microdegree.catalog.model.UnitKind;
import org.microdegree.shared.CreditPoints;
import org.microdegree.shared.EqfLevel;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.Text;

/** Random but valid catalogues: every optional field sometimes set, every kind of requirement node. */
final class CatalogueArbitraries {

    static final List<String> SKILLS = List.of(
            "http://data.europa.eu/esco/skill/3a2d5b45-56e4-4f5a-a55a-4a4a65afdc43",
            "http://data.europa.eu/esco/skill/05e5e14f-ffa6-4106-b311-c6335ccc2bd2",
            "http://data.europa.eu/esco/skill/cef5c0f8-1e40-4c09-b6a7-aa7811849e5d");
    private static final List<String> INSTITUTIONS = List.of("luh", "lut", "but");

    private CatalogueArbitraries() {
    }

    static Arbitrary<String> words() {
        // unicode, quotes, colons and YAML-significant words must survive both syntaxes
        return Arbitraries.oneOf(Arbitraries.strings().withChars("abcxyzÄÖÜäöüßéñ -:'\"#&*!?%@`|>").ofMinLength(1).ofMaxLength(30)
                .filter(s -> !s.isBlank()),
                Arbitraries.of("yes", "no", "on", "null", "true", "2023", "1e5", "~", "- item", "key: value", "Grüße"));
    }

    static Arbitrary<Text> text() {
        return Combinators.combine(words(), words().injectNull(0.5)).as(Text::of);
    }

    static Arbitrary<CreditPoints> credits() {
        return Arbitraries.integers().between(1, 150).map(CreditPoints::new);
    }

    static <T> Arbitrary<T> maybe(Arbitrary<T> a) {
        return a.injectNull(0.4);
    }

    static Arbitrary<CatalogueBundle> bundles() {
        return Arbitraries.integers().between(1, 12)
                .flatMap(moduleCount -> Combinators.combine(modules(moduleCount), Arbitraries.integers().between(0, 6), Arbitraries.integers().between(0, 4))
                        .flatAs((mods, mcCount, mdCount) -> microCredentials(mods, mcCount).flatMap(mcs -> microDegrees(mods, mcs, mdCount).map(mds -> {
                            List<CatalogueItem> items = new ArrayList<>(mods);
                            items.addAll(mcs);
                            items.addAll(mds);
                            return CatalogueBundle.of(institutions(), items);
                        }))));
    }

    static List<Institution> institutions() {
        return INSTITUTIONS.stream().map(i -> new Institution(InstitutionId.of(i), Text.en("University " + i), null, "DE", null,
                InstitutionKind.UNIVERSITY, null, List.of(new Institution.Unit(ItemId.of(i + ":faculty"), Text.en("Faculty"), UnitKind.FACULTY)), null))
                .toList();
    }

    private static Arbitrary<List<Module>> modules(int count) {
        List<Arbitrary<Module>> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = INSTITUTIONS.get(i % 3) + ":m" + i;
            list.add(Combinators.combine(Arbitraries.integers().between(1, 3), Arbitraries.of(LifecycleStatus.class),
                    maybe(words()), text(), maybe(text()), credits(), Arbitraries.integers().between(1, 8), text().list().ofMaxSize(3))
                    .flatAs((version, status, code, title, description, cp, eqf, outcomes) -> Combinators.combine(
                            Arbitraries.of("en", "de", "fr").list().uniqueElements().ofMaxSize(2), maybe(Arbitraries.of(Mode.class)),
                            maybe(Arbitraries.of(AssessmentType.class)), maybe(Arbitraries.of(Offering.class)), Arbitraries.of(true, false),
                            words().list().ofMaxSize(2), Arbitraries.of(SKILLS).list().uniqueElements().ofMaxSize(2))
                            .as((langs, mode, assessment, offering, withUnit, subjects, skills) -> new Module(ItemId.of(id), version, status,
                                    code, title, description, cp, EqfLevel.of(eqf), null, null, outcomes, langs, mode, assessment, offering,
                                    withUnit ? ItemId.of(id.substring(0, 3) + ":faculty") : null, subjects, skills))));
        }
        return Combinators.combine(list).as(l -> l);
    }

    private static Arbitrary<List<MicroCredential>> microCredentials(List<Module> modules, int count) {
        List<Arbitrary<MicroCredential>> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = INSTITUTIONS.get(i % 3) + ":mc" + i;
            list.add(Combinators.combine(Arbitraries.of(modules).map(Module::id).list().uniqueElements().ofMinSize(1).ofMaxSize(3),
                    text(), maybe(text()), credits(), Arbitraries.integers().between(6, 7), maybe(Arbitraries.of(Supervision.class)),
                    maybe(Arbitraries.of(Stackability.class)), maybe(words()))
                    .as((mods, title, prerequisites, cp, eqf, supervision, stackability, info) -> new MicroCredential(ItemId.of(id), 1,
                            LifecycleStatus.DRAFT, title, null, mods, List.of(title), cp, EqfLevel.of(eqf), null, null, List.of("digitalisation"),
                            List.of(), List.of(SKILLS.getFirst()), List.of("en"), Mode.ONLINE, AssessmentType.PROJECT, null,
                            info == null ? null : "0613", null, info, info, info, prerequisites, supervision, stackability, info, List.of(), null, null)));
        }
        return list.isEmpty() ? Arbitraries.just(List.of()) : Combinators.combine(list).as(l -> l);
    }

    private static Arbitrary<List<MicroDegreeProgramme>> microDegrees(List<Module> modules, List<MicroCredential> mcs, int count) {
        List<Arbitrary<MicroDegreeProgramme>> list = new ArrayList<>();
        List<Requirement> leaves = new ArrayList<>();
        modules.forEach(m -> leaves.add(new Requirement.Unit(ItemKind.MODULE, m.id(), Requirement.Options.DEFAULT)));
        mcs.forEach(m -> leaves.add(new Requirement.Unit(ItemKind.MICRO_CREDENTIAL, m.id(), new Requirement.Options("MC", Sharing.SHARED))));
        for (int i = 0; i < count; i++) {
            String id = INSTITUTIONS.get(i % 3) + ":md" + i;
            list.add(Combinators.combine(tree(leaves, 3), text(), maybe(text()), credits(), Arbitraries.of(true, false))
                    .as((tree, title, rationale, cp, joint) -> new MicroDegreeProgramme(ItemId.of(id), 1, LifecycleStatus.PUBLISHED,
                            title, null, tree, cp, EqfLevel.of(7), null, null, rationale, List.of("students"),
                            joint ? List.of(InstitutionId.of("lut")) : List.of(), List.of("luh-2023"), joint, List.of(), null,
                            List.of(), null, null, null, null, null, null, null, null, null)));
        }
        return list.isEmpty() ? Arbitraries.just(List.of()) : Combinators.combine(list).as(l -> l);
    }

    private static Arbitrary<Requirement> tree(List<Requirement> leaves, int depth) {
        Arbitrary<Requirement> leaf = Arbitraries.of(leaves);
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<List<Requirement>> children = Arbitraries.lazy(() -> tree(leaves, depth - 1)).list().ofMinSize(1).ofMaxSize(3);
        Arbitrary<Requirement.Options> options = Combinators.combine(maybe(words()), Arbitraries.of(Sharing.class)).as(Requirement.Options::new);
        return Arbitraries.frequencyOf(
                Tuple.of(2, leaf),
                Tuple.of(1, Combinators.combine(children, options).as(Requirement.AllOf::new)),
                Tuple.of(1,
                        Combinators.combine(children, options)
                                .flatAs((c, o) -> Arbitraries.integers().between(1, c.size()).map(n -> new Requirement.AtLeast(n, c, o)))),
                Tuple.of(1, Combinators.combine(credits(), children, options).as(Requirement.MinCredits::new)),
                Tuple.of(1, Combinators.combine(children, options)
                        .as((c, o) -> new Requirement.Quota(List.of(new Requirement.Share(InstitutionId.of("luh"), 1)).subList(0, 1), c, o))));
    }
}
