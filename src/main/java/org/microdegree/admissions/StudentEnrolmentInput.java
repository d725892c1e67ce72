package org.microdegree.admissions;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.shared.Coded;
import org.microdegree.shared.validation.Code;
import org.microdegree.shared.validation.Format;
import org.microdegree.shared.validation.Formatted;
import org.microdegree.shared.validation.StorableText;

/**
 * A registrar's enrolment of a student, named by the institution's student number, in a
 * micro-credential, a programme or the study programme she studies: the registrar's form and each
 * row of the enrolment CSV.
 */
public record StudentEnrolmentInput(
        @NotBlank(message = "required") @StorableText(max = 40) @Formatted(Format.INSTITUTION_ID) @Nullable String institution,
        @NotBlank(message = "required") @StorableText(max = 40) @Nullable String studentNumber,
        @Code(value = ItemKind.class, required = true) @Nullable String kind,
        @NotBlank(message = "required") @Formatted(Format.ITEM_ID) @Nullable String item) {

    /** The kind, once checked; a module is not enrolled in on its own. */
    public @Nullable ItemKind enrollable() {
        ItemKind k = Coded.fromCode(ItemKind.class, Format.lowerCase(kind)).orElse(null);
        return k == ItemKind.MODULE ? null : k;
    }
}
