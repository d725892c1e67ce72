package org.microdegree.design.building;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.microdegree.audit.engine.AuditEngine;
import org.microdegree.audit.engine.AuditPolicy;
import org.microdegree.audit.engine.AuditResult;
import org.microdegree.audit.engine.Degree;
import org.microdegree.audit.engine.Proof;
import org.microdegree.audit.engine.Units;
import org.microdegree.catalog.Fixtures;
import org.microdegree.catalog.model.CatalogueBundle;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.MicroCredential;
import org.microdegree.catalog.model.MicroDegreeProgramme;
import org.microdegree.catalog.model.Module;
import org.microdegree.catalog.model.Requirement;
import org.microdegree.catalog.model.StudyProgramme;
import org.microdegree.conformance.rules.Designs;
import org.microdegree.policy.model.ConformanceReport;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.Text;

/**
 * The worked example with a draft added, as the catalogue and the audit see it once the draft is
 * imported: conformance against shipped profiles, and audits of learners beside their degree.
 */
final class DesignTesting {

    static final Offer WORKED_EXAMPLE = new Offer(Fixtures.workedExample());

    private final CatalogueBundle combined;
    private final Map<ItemId, Integer> tenths = new HashMap<>();
    private final Map<ItemId, List<ItemId>> modules = new HashMap<>();
    private final Map<ItemId, Requirement> trees = new HashMap<>();
    private final Map<ItemId, StudyProgramme> degrees = new HashMap<>();

    DesignTesting(Draft draft) {
        CatalogueBundle example = Fixtures.workedExample();
        CatalogueBundle bundle = draft.bundle();
        this.combined = new CatalogueBundle(CatalogueBundle.FORMAT, CatalogueBundle.FORMAT_VERSION, example.institutions(),
                example.studyProgrammes(), example.modules(),
                Stream.concat(example.microCredentials().stream(), bundle.microCredentials().stream()).toList(),
                Stream.concat(example.microDegrees().stream(), bundle.microDegrees().stream()).toList());
        combined.modules().forEach(m -> tenths.put(m.id(), m.creditPoints().tenths()));
        combined.microCredentials().forEach(mc -> {
            tenths.put(mc.id(), mc.creditPoints().tenths());
            modules.put(mc.id(), mc.modules());
        });
        combined.microDegrees().forEach(md -> {
            tenths.put(md.id(), md.creditPoints().tenths());
            trees.put(md.id(), md.requirements());
        });
        combined.studyProgrammes().forEach(sp -> degrees.put(sp.id(), sp));
    }

    /** The draft's micro-credentials and programmes against the profiles, over the worked example. */
    static ConformanceReport conformance(Draft draft, String... profiles) {
        CatalogueBundle example = Fixtures.workedExample();
        CatalogueBundle withDraft = new CatalogueBundle(CatalogueBundle.FORMAT, CatalogueBundle.FORMAT_VERSION, example.institutions(),
                example.studyProgrammes(), example.modules(), draft.bundle().microCredentials(), draft.bundle().microDegrees());
        // the rules need the example's other items to resolve references: check them all, keep the draft's findings
        CatalogueBundle all = new CatalogueBundle(CatalogueBundle.FORMAT, CatalogueBundle.FORMAT_VERSION, example.institutions(),
                example.studyProgrammes(), example.modules(),
                Stream.concat(example.microCredentials().stream(), draft.bundle().microCredentials().stream()).toList(),
                Stream.concat(example.microDegrees().stream(), draft.bundle().microDegrees().stream()).toList());
        ConformanceReport report = Designs.check(all, profiles);
        List<String> draftIds = Stream.concat(withDraft.microCredentials().stream().map(MicroCredential::id),
                withDraft.microDegrees().stream().map(MicroDegreeProgramme::id)).map(ItemId::value).toList();
        return new ConformanceReport(report.profiles(), draftIds.size(),
                report.findings().stream().filter(f -> draftIds.contains(f.item())).toList());
    }

    /** A learner: her degree (a study programme, or none) and what she has passed. */
    final class Learner {
        private final StudyProgramme degree;
        private final List<Proof> evidence = new ArrayList<>();

        Learner(String studyProgramme) {
            this.degree = studyProgramme == null ? null : degrees.get(ItemId.of(studyProgramme));
        }

        /** Passed every compulsory module of her degree. */
        Learner withHerDegreesCompulsoryModules() {
            degree.compulsoryModules().forEach(m -> passedModule(m.value()));
            return this;
        }

        Learner passedModule(String id) {
            evidence.add(new Proof("r" + evidence.size(), ItemKind.MODULE, ItemId.of(id), tenths.get(ItemId.of(id)), 2.0,
                    LocalDate.of(2026, 7, 1)));
            return this;
        }

        /** Passed the modules of a micro-credential. */
        Learner passedMicroCredential(ItemId mc) {
            modules.get(mc).forEach(m -> passedModule(m.value()));
            return this;
        }

        AuditResult audit(ItemId programme) {
            Requirement tree = trees.get(programme);
            int programmeTenths = tenths.get(programme);
            Units units = units();
            AuditPolicy policy = AuditPolicy.on(LocalDate.of(2026, 11, 30));
            if (degree == null) {
                return AuditEngine.audit(programme, tree, programmeTenths, evidence, units, policy);
            }
            int electives = degree.electiveCreditsRequired() == null ? Integer.MAX_VALUE : degree.electiveCreditsRequired().tenths();
            return new Degree(degree.id(), Set.copyOf(degree.compulsoryModules()), Set.copyOf(degree.electiveModules()),
                    electives).audit(programme, tree, programmeTenths, evidence, units, policy);
        }

        Map<ItemId, Boolean> withinDegree(ItemId programme) {
            int electives = degree.electiveCreditsRequired() == null ? Integer.MAX_VALUE : degree.electiveCreditsRequired().tenths();
            Degree d = new Degree(degree.id(), Set.copyOf(degree.compulsoryModules()), Set.copyOf(degree.electiveModules()),
                    electives);
            return d.split(trees.get(programme), audit(programme), evidence, units());
        }
    }

    Learner studentOf(String studyProgramme) {
        return new Learner(studyProgramme);
    }

    Learner graduate() {
        return new Learner(null);
    }

    Units units() {
        return new Units() {
            @Override
            public int tenths(ItemKind kind, ItemId id) {
                return tenths.getOrDefault(id, 0);
            }

            @Override
            public List<ItemId> modulesOf(ItemId microCredential) {
                return modules.getOrDefault(microCredential, List.of());
            }

            @Override
            public Optional<Requirement> treeOf(ItemId microDegree) {
                return Optional.ofNullable(trees.get(microDegree));
            }
        };
    }

    static DraftSettings settings(String id, String title) {
        return new DraftSettings(ItemId.of(id), Text.of(title, null),
                Text.en("Employers in the region ask for exactly this combination of skills."), List.of("students"), null,
                ItemId.of("luh:ai-academy"), "microdegrees@uni-hannover.de",
                "Internal quality assurance of LUH (system accreditation, quality management of study and teaching)", List.of("en"),
                null, "0613", null);
    }

    static Module module(String id) {
        return WORKED_EXAMPLE.module(ItemId.of(id)).orElseThrow();
    }
}
