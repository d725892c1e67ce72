package org.microdegree.admissions;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.microdegree.admissions.model.SelectionMode;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.shared.validation.Code;
import org.microdegree.shared.validation.Format;
import org.microdegree.shared.validation.Formatted;
import org.microdegree.shared.validation.StorableText;

/**
 * A new application round as sent to the API (docs/application-rounds.md). {@code opens} and
 * {@code closes} are local date-times in {@code zone}, or instants with an offset.
 */
public record RoundInput(
        @NotBlank(message = "required") @StorableText(max = 80) @Formatted(Format.ITEM_ID) @Nullable String id,
        @Code(value = ItemKind.class, required = true) @Nullable String kind,
        @NotBlank(message = "required") @Formatted(Format.ITEM_ID) @Nullable String item,
        @NotBlank(message = "required") @StorableText(max = 60) @Nullable String opens,
        @NotBlank(message = "required") @StorableText(max = 60) @Nullable String closes,
        @NotBlank(message = "required") @StorableText(max = 60) @Nullable String zone,
        @Code(SelectionMode.class) @Nullable String selection,
        @NotNull(message = "required") @Min(value = 1, message = "must be 1 to 100000") @Max(value = 100_000, message = "must be 1 to 100000") @Nullable Integer capacity,
        @Min(value = 1, message = "must be 1 to the capacity") @Nullable Integer perInstitution,
        @Nullable List<@NotNull(message = "a criterion of the documented shape") @Valid Criterion> eligibility,
        @Nullable List<@NotNull(message = DOCUMENT) @Pattern(regexp = "[a-z][a-z0-9-]{0,59}", message = DOCUMENT) String> documents,
        @Valid @Nullable Weights ranking) {

    static final String DOCUMENT = "a document is named in lower-case letters, digits and '-' (e.g. cv, motivation-letter)";

    /**
     * One eligibility criterion: its {@code type} says which of the other fields it needs
     * ({@code institutions}; {@code eqf}; {@code language} and {@code level}).
     */
    public record Criterion(
            @NotNull(message = TYPES) @Pattern(regexp = "enrolled-in-master-at|prior-degree-at-least|language-at-least", message = TYPES) @Nullable String type,
            @Nullable List<@NotNull(message = "a list of institution ids") @Formatted(Format.INSTITUTION_ID) String> institutions,
            @Min(value = 1, message = "an EQF level 1 to 8") @Max(value = 8, message = "an EQF level 1 to 8") @Nullable Integer eqf,
            @Pattern(regexp = "[a-z]{2}", message = "a two-letter language code such as en") @Nullable String language,
            @Pattern(regexp = "[ABC][12]", message = "a CEFR level A1 to C2") @Nullable String level) {

        static final String TYPES = "one of enrolled-in-master-at, prior-degree-at-least, language-at-least";

        public static Criterion enrolledInMasterAt(List<String> institutions) {
            return new Criterion("enrolled-in-master-at", institutions, null, null, null);
        }

        public static Criterion languageAtLeast(String language, String level) {
            return new Criterion("language-at-least", null, null, language, level);
        }
    }

    /** The weights of the prior degree's grade and of the reviews in an applicant's score, each 0 to 100. */
    public record Weights(
            @DecimalMin(value = "0", message = "a weight from 0 to 100") @DecimalMax(value = "100", message = "a weight from 0 to 100") @Nullable Double priorGrade,
            @DecimalMin(value = "0", message = "a weight from 0 to 100") @DecimalMax(value = "100", message = "a weight from 0 to 100") @Nullable Double reviews) {}
}
