package org.microdegree.catalog.model;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.microdegree.shared.CreditPoints;
import org.microdegree.shared.EqfLevel;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.Text;

/**
 * A degree programme (Bachelor, Master) with its compulsory and elective modules.
 *
 * @param degreeTitle the degree's short title, e.g. {@code B.Sc.}
 * @param electiveCreditsRequired how many elective CP the degree needs; electives beyond that can
 *     form an additional qualification
 * @param subjects subject slugs the programme covers
 */
public record StudyProgramme(
        ItemId id, int version, LifecycleStatus status,
        Text title, DegreeType degreeType, @Nullable String degreeTitle,
        EqfLevel eqfLevel, CreditPoints creditPoints,
        List<ItemId> compulsoryModules, List<ItemId> electiveModules, @Nullable CreditPoints electiveCreditsRequired,
        List<String> subjects, @Nullable ItemId unit, List<String> skills) implements CatalogueItem {

    public StudyProgramme {
        version = CatalogueItem.normalVersion(version);
        status = CatalogueItem.normalStatus(status);
        compulsoryModules = CatalogueItem.list(compulsoryModules);
        electiveModules = CatalogueItem.list(electiveModules);
        subjects = CatalogueItem.list(subjects);
        skills = CatalogueItem.list(skills);
    }

    @Override
    public ItemKind kind() {
        return ItemKind.STUDY_PROGRAMME;
    }

    @Override
    public List<Reference> references() {
        List<Reference> refs = new ArrayList<>();
        for (int i = 0; i < compulsoryModules.size(); i++) {
            refs.add(new Reference(ItemKind.MODULE, compulsoryModules.get(i), "compulsoryModules[" + i + "]"));
        }
        for (int i = 0; i < electiveModules.size(); i++) {
            refs.add(new Reference(ItemKind.MODULE, electiveModules.get(i), "electiveModules[" + i + "]"));
        }
        return refs;
    }

    @Override
    public StudyProgramme withLifecycle(int version, LifecycleStatus status) {
        return new StudyProgramme(id, version, status, title, degreeType, degreeTitle, eqfLevel, creditPoints,
                compulsoryModules, electiveModules, electiveCreditsRequired, subjects, unit, skills);
    }
}
