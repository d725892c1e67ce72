package org.microdegree.catalog.model;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.microdegree.shared.CreditPoints;
import org.microdegree.shared.EqfLevel;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.Text;

/**
 * A course unit of an institution, the building block of study programmes and micro-credentials.
 *
 * @param code the exam office's module number
 * @param languages ISO 639-1 codes of the languages of instruction
 * @param subjects subject slugs shared across programmes ({@code machine-learning})
 */
public record Module(
        ItemId id, int version, LifecycleStatus status,
        @Nullable String code, Text title, @Nullable Text description,
        @Nullable CreditPoints creditPoints, @Nullable EqfLevel eqfLevel, @Nullable StatedCredits credits, @Nullable StatedLevel level,
        List<Text> learningOutcomes, List<String> languages, @Nullable Mode mode,
        @Nullable AssessmentType assessment, @Nullable Offering offering,
        @Nullable ItemId unit, List<String> subjects, List<String> skills) implements CatalogueItem {

    public Module {
        version = CatalogueItem.normalVersion(version);
        status = CatalogueItem.normalStatus(status);
        creditPoints = CatalogueItem.creditPoints(creditPoints, credits);
        eqfLevel = CatalogueItem.eqfLevel(eqfLevel, level);
        learningOutcomes = CatalogueItem.list(learningOutcomes);
        languages = CatalogueItem.list(languages);
        subjects = CatalogueItem.list(subjects);
        skills = CatalogueItem.list(skills);
    }

    @Override
    public ItemKind kind() {
        return ItemKind.MODULE;
    }

    @Override
    public List<Reference> references() {
        return List.of();
    }

    @Override
    public Module withLifecycle(int version, LifecycleStatus status) {
        return new Module(id, version, status, code, title, description, creditPoints, eqfLevel, credits, level, learningOutcomes,
                languages, mode, assessment, offering, unit, subjects, skills);
    }
}
