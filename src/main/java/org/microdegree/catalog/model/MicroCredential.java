package org.microdegree.catalog.model;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.microdegree.shared.CreditPoints;
import org.microdegree.shared.EqfLevel;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.Text;

/**
 * A micro-credential: a group of modules with its own learning outcomes, assessed, at a defined
 * level, ESCO-listed, and awarded with a certificate that carries the EU's mandatory elements.
 * Some providers build larger micro-credentials from smaller ones: it is met when all of them are.
 *
 * @param subjectAreas superordinate subject areas, e.g. {@code digitalisation}, {@code sustainability}
 * @param applicationDomains e.g. {@code production}, {@code geodesy}, {@code energy}, {@code health}
 * @param platform where it is offered, e.g. {@code KI-Campus}
 * @param counsellingContact who counsels and accompanies learners (an e-mail or a service)
 * @param qualityAssurance the type of quality assurance underpinning it (EU Annex I element 11)
 * @param iscedField the ISCED-F 2013 field code, e.g. {@code 0613}
 * @param microCredentials the smaller micro-credentials it is built from, besides its modules
 * @param schedule its duration and dates, where stated
 * @param fee its price, where stated
 */
public record MicroCredential(
        ItemId id, int version, LifecycleStatus status,
        Text title, @Nullable Text description,
        List<ItemId> modules, List<Text> learningOutcomes,
        @Nullable CreditPoints creditPoints, @Nullable EqfLevel eqfLevel, @Nullable StatedCredits credits, @Nullable StatedLevel level,
        List<String> subjectAreas, List<String> applicationDomains, List<String> skills,
        List<String> languages, @Nullable Mode mode, @Nullable AssessmentType assessment,
        @Nullable Offering offering, @Nullable String iscedField,
        @Nullable ItemId unit, @Nullable String platform, @Nullable String counsellingContact,
        @Nullable String qualityAssurance,
        @Nullable Text prerequisites, @Nullable Supervision supervision, @Nullable Stackability stackability,
        @Nullable String furtherInformation, List<ItemId> microCredentials, @Nullable Schedule schedule,
        @Nullable Fee fee) implements CatalogueItem {

    public MicroCredential {
        version = CatalogueItem.normalVersion(version);
        status = CatalogueItem.normalStatus(status);
        creditPoints = CatalogueItem.creditPoints(creditPoints, credits);
        eqfLevel = CatalogueItem.eqfLevel(eqfLevel, level);
        modules = CatalogueItem.list(modules);
        microCredentials = CatalogueItem.list(microCredentials);
        learningOutcomes = CatalogueItem.list(learningOutcomes);
        subjectAreas = CatalogueItem.list(subjectAreas);
        applicationDomains = CatalogueItem.list(applicationDomains);
        skills = CatalogueItem.list(skills);
        languages = CatalogueItem.list(languages);
    }

    @Override
    public ItemKind kind() {
        return ItemKind.MICRO_CREDENTIAL;
    }

    @Override
    public List<Reference> references() {
        List<Reference> refs = new ArrayList<>(modules.size() + microCredentials.size());
        for (int i = 0; i < modules.size(); i++) {
            refs.add(new Reference(ItemKind.MODULE, modules.get(i), "modules[" + i + "]"));
        }
        for (int i = 0; i < microCredentials.size(); i++) {
            refs.add(new Reference(ItemKind.MICRO_CREDENTIAL, microCredentials.get(i), "microCredentials[" + i + "]"));
        }
        return refs;
    }

    @Override
    public MicroCredential withLifecycle(int version, LifecycleStatus status) {
        return new MicroCredential(id, version, status, title, description, modules, learningOutcomes, creditPoints,
                eqfLevel, credits, level, subjectAreas, applicationDomains, skills, languages, mode, assessment, offering, iscedField,
                unit, platform, counsellingContact, qualityAssurance, prerequisites, supervision, stackability,
                furtherInformation, microCredentials, schedule, fee);
    }
}
