package org.microdegree.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.microdegree.shared.validation.StorableText;

/**
 * How an institution presents itself, as its admin sets it: names, country, legal identifier,
 * homepage, and what its certificates show (the signatory, its quality assurance in words). The
 * logo comes as an image beside it.
 */
public record InstitutionInput(
        @NotBlank(message = "required") @StorableText(max = 200) @Nullable String nameEn,
        @StorableText(max = 200) @Nullable String nameDe,
        @StorableText(max = 40) @Nullable String shortName,
        @NotBlank(message = "required") @Pattern(regexp = "[A-Z]{2}", message = "an ISO 3166 country code of two capital letters, such as DE") @Nullable String country,
        @StorableText(max = 100) @Nullable String legalIdentifier,
        @Pattern(regexp = "https?://[^\\s]{3,300}", message = "an http:// or https:// address") @Nullable String homepage,
        @StorableText(max = 200) @Nullable String signatoryName,
        @StorableText(max = 200) @Nullable String signatoryRoleEn,
        @StorableText(max = 200) @Nullable String signatoryRoleDe,
        @StorableText(max = 2_000) @Nullable String qualityAssuranceEn,
        @StorableText(max = 2_000) @Nullable String qualityAssuranceDe) {}
