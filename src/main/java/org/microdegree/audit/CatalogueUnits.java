package org.microdegree.audit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.microdegree.audit.engine.AuditPolicy;
import org.microdegree.audit.engine.Degree;
import org.microdegree.audit.engine.Units;
import org.microdegree.catalog.CatalogueVersions;
import org.microdegree.catalog.model.CatalogueBundle;
import org.microdegree.catalog.model.CatalogueItem;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.LifecycleStatus;
import org.microdegree.catalog.model.MicroCredential;
import org.microdegree.catalog.model.MicroDegreeProgramme;
import org.microdegree.catalog.model.Module;
import org.microdegree.catalog.model.Requirement;
import org.microdegree.catalog.model.StudyProgramme;
import org.microdegree.shared.ItemId;

/**
 * The catalogue as the engine sees it: for each item its newest published (or retired) version,
 * read once from a snapshot, so that a batch audits every learner against the same catalogue.
 */
final class CatalogueUnits implements Units {

    final Map<ItemId, Module> modules = new HashMap<>();
    final Map<ItemId, MicroCredential> microCredentials = new HashMap<>();
    final Map<ItemId, MicroDegreeProgramme> microDegrees = new HashMap<>();
    final Map<ItemId, StudyProgramme> studyProgrammes = new HashMap<>();

    private final CatalogueVersions versions;

    CatalogueUnits(CatalogueVersions versions) {
        this.versions = versions;
        CatalogueBundle bundle = versions.bundle();
        bundle.modules().forEach(m -> keepNewest(modules, m));
        bundle.microCredentials().forEach(m -> keepNewest(microCredentials, m));
        bundle.microDegrees().forEach(m -> keepNewest(microDegrees, m));
        bundle.studyProgrammes().forEach(m -> keepNewest(studyProgrammes, m));
    }

    /** Whether these units were made from that reading of the catalogue. */
    boolean of(CatalogueVersions read) {
        return versions == read;
    }

    private static <T extends CatalogueItem> void keepNewest(Map<ItemId, T> map, T item) {
        if (item.status() != LifecycleStatus.PUBLISHED && item.status() != LifecycleStatus.RETIRED) {
            return;
        }
        T old = map.get(item.id());
        if (old == null || old.version() < item.version()) {
            map.put(item.id(), item);
        }
    }

    @Override
    public int tenths(ItemKind kind, ItemId id) {
        return switch (kind) {
            case MODULE -> modules.containsKey(id) ? tenths(modules.get(id)) : 0;
            case MICRO_CREDENTIAL -> microCredentials.containsKey(id) ? tenths(microCredentials.get(id)) : 0;
            case MICRO_DEGREE -> microDegrees.containsKey(id) ? tenths(microDegrees.get(id)) : 0;
            case STUDY_PROGRAMME -> 0;
        };
    }

    /** A unit without stated credit points (a range, say) counts with the credit points of the learner's result alone. */
    private static int tenths(CatalogueItem item) {
        return item.creditPoints() == null ? 0 : item.creditPoints().tenths();
    }

    /** A study programme as the audit sees a student's degree, if it is in the catalogue. */
    org.microdegree.audit.engine.@org.jspecify.annotations.Nullable Degree degree(ItemId studyProgramme) {
        var sp = studyProgrammes.get(studyProgramme);
        if (sp == null) {
            return null;
        }
        // without a stated elective need the degree counts every elective
        int electiveTenths = sp.electiveCreditsRequired() != null ? sp.electiveCreditsRequired().tenths() : Integer.MAX_VALUE;
        return new Degree(sp.id(), Set.copyOf(sp.compulsoryModules()),
                Set.copyOf(sp.electiveModules()), electiveTenths);
    }

    /** The conditions a programme sets on results (minimum grade, validity), on the audit date. */
    AuditPolicy policy(ItemId programme, LocalDate on) {
        MicroDegreeProgramme md = microDegrees.get(programme);
        if (md == null) {
            return AuditPolicy.on(on);
        }
        return new AuditPolicy(md.minimumGrade() == null ? null : md.minimumGrade().doubleValue(),
                md.resultsValidFor(), on);
    }

    /** The version audited of a micro-credential or programme; 0 when it is not in the catalogue. */
    int version(ItemKind kind, ItemId id) {
        CatalogueItem item = switch (kind) {
            case MICRO_CREDENTIAL -> microCredentials.get(id);
            case MICRO_DEGREE -> microDegrees.get(id);
            case MODULE -> modules.get(id);
            case STUDY_PROGRAMME -> null;
        };
        return item == null ? 0 : item.version();
    }

    @Override
    public List<ItemId> modulesOf(ItemId microCredential) {
        MicroCredential mc = microCredentials.get(microCredential);
        return mc == null ? List.of() : mc.modules();
    }

    @Override
    public List<ItemId> microCredentialsOf(ItemId microCredential) {
        MicroCredential mc = microCredentials.get(microCredential);
        return mc == null ? List.of() : mc.microCredentials();
    }

    /** The tree and, where the programme has one, its final assessment. */
    @Override
    public Optional<Requirement> treeOf(ItemId microDegree) {
        return Optional.ofNullable(microDegrees.get(microDegree)).map(MicroDegreeProgramme::completion);
    }

    /** When a module or micro-credential is offered, if the catalogue says. */
    org.microdegree.catalog.model.@org.jspecify.annotations.Nullable Offering offering(@org.jspecify.annotations.Nullable ItemKind kind, ItemId id) {
        if (kind == ItemKind.MODULE && modules.containsKey(id)) {
            return modules.get(id).offering();
        }
        if (kind == ItemKind.MICRO_CREDENTIAL && microCredentials.containsKey(id)) {
            return microCredentials.get(id).offering();
        }
        return null;
    }

    /** The tree an enrolment is audited against: a programme's own, or a micro-credential as its one unit. */
    Optional<Requirement> treeFor(ItemKind kind, ItemId id) {
        if (kind == ItemKind.MICRO_DEGREE) {
            return treeOf(id);
        }
        if (kind == ItemKind.MICRO_CREDENTIAL && microCredentials.containsKey(id)) {
            return Optional.of(new Requirement.AllOf(List.of(new Requirement.Unit(kind, id, Requirement.Options.DEFAULT)),
                    Requirement.Options.DEFAULT));
        }
        return Optional.empty();
    }
}
