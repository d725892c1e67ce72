package org.microdegree.catalog.model;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.microdegree.shared.CreditPoints;
import org.microdegree.shared.EqfLevel;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.Text;

/**
 * A micro-degree programme, stacked from micro-credentials by a requirement tree, for which the
 * labour market needs exactly this composition. A programme may nest other programmes: the joint
 * Master of an alliance is a programme of joint micro-degree programmes, awarded jointly.
 *
 * @param participatingInstitutions the institutions that contribute; all of them award a joint degree
 * @param ruleProfiles ids of the rule profiles the design is checked against, e.g. {@code luh-2023}
 * @param jointAward true when only all participating institutions together can award it
 * @param minimumGrade the worst grade (German scale, 1.0 to 4.0) a result may have to count; none when null
 * @param resultsValidFor how long a result counts after it was achieved (ISO 8601, e.g. {@code P5Y}); for ever when null
 * @param finalAssessment the programme's own assessment (a capstone exam or project), a module that must be
 *     passed besides what the requirement tree asks for
 * @param schedule its duration and dates, where stated
 * @param fee its price, where stated
 */
public record MicroDegreeProgramme(
        ItemId id, int version, LifecycleStatus status,
        Text title, @Nullable Text description,
        Requirement requirements, @Nullable CreditPoints creditPoints, @Nullable EqfLevel eqfLevel,
        @Nullable StatedCredits credits, @Nullable StatedLevel level,
        @Nullable Text labourMarketRationale, List<String> targetGroups,
        List<InstitutionId> participatingInstitutions, List<String> ruleProfiles, boolean jointAward,
        List<String> languages, @Nullable Mode mode, List<String> skills,
        @Nullable ItemId unit, @Nullable String counsellingContact, @Nullable String qualityAssurance,
        @Nullable String furtherInformation, java.math.@Nullable BigDecimal minimumGrade,
        java.time.@Nullable Period resultsValidFor, @Nullable ItemId finalAssessment, @Nullable Schedule schedule,
        @Nullable Fee fee) implements CatalogueItem {

    public MicroDegreeProgramme {
        version = CatalogueItem.normalVersion(version);
        status = CatalogueItem.normalStatus(status);
        creditPoints = CatalogueItem.creditPoints(creditPoints, credits);
        eqfLevel = CatalogueItem.eqfLevel(eqfLevel, level);
        targetGroups = CatalogueItem.list(targetGroups);
        participatingInstitutions = CatalogueItem.list(participatingInstitutions);
        ruleProfiles = CatalogueItem.list(ruleProfiles);
        languages = CatalogueItem.list(languages);
        skills = CatalogueItem.list(skills);
    }

    @Override
    public ItemKind kind() {
        return ItemKind.MICRO_DEGREE;
    }

    @Override
    public List<Reference> references() {
        List<Reference> refs = new ArrayList<>();
        if (requirements != null) {
            // a bundle entry without a tree is refused by the structural checks, which read this first
            Requirement.forEachUnit(requirements, "requirements", (path, unit) -> refs.add(new Reference(unit.kind(), unit.id(), path)));
        }
        if (finalAssessment != null) {
            refs.add(new Reference(ItemKind.MODULE, finalAssessment, "finalAssessment"));
        }
        return refs;
    }

    /** What completes the programme: its requirement tree and, where it has one, its final assessment. */
    public Requirement completion() {
        if (finalAssessment == null || requirements == null) {
            return requirements;
        }
        return new Requirement.AllOf(List.of(requirements, new Requirement.Unit(ItemKind.MODULE, finalAssessment, Requirement.Options.DEFAULT)),
                Requirement.Options.DEFAULT);
    }

    /** The micro-credentials the tree names directly (not those of nested programmes). */
    public List<ItemId> microCredentials() {
        return references().stream().filter(r -> r.kind() == ItemKind.MICRO_CREDENTIAL).map(Reference::id).distinct().toList();
    }

    /** The programmes nested in this one. */
    public List<ItemId> nestedProgrammes() {
        return references().stream().filter(r -> r.kind() == ItemKind.MICRO_DEGREE).map(Reference::id).distinct().toList();
    }

    @Override
    public MicroDegreeProgramme withLifecycle(int version, LifecycleStatus status) {
        return new MicroDegreeProgramme(id, version, status, title, description, requirements, creditPoints, eqfLevel, credits, level,
                labourMarketRationale, targetGroups, participatingInstitutions, ruleProfiles, jointAward, languages,
                mode, skills, unit, counsellingContact, qualityAssurance, furtherInformation, minimumGrade, resultsValidFor, finalAssessment,
                schedule, fee);
    }
}
