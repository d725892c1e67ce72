package org.microdegree.catalog.model;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.Text;

/**
 * A university or other awarding body, with its organisational units.
 *
 * @param country ISO 3166-1 alpha-2 code (EU Annex I element 3)
 * @param legalIdentifier the legal identifier of the awarding body (e.g. Erasmus code or VAT number)
 * @param certificate how its certificates present it: logo, signatory, its quality assurance in words
 */
public record Institution(InstitutionId id, Text name, @Nullable String shortName, String country,
        @Nullable String legalIdentifier, InstitutionKind kind, @Nullable String homepage,
        List<Unit> units, @Nullable CertificateBranding certificate) {

    public Institution {
        units = units == null ? List.of() : List.copyOf(units);
    }

    /**
     * What the institution's certificates show of it.
     *
     * @param logo              a PNG or JPEG as a {@code data:} URI, in the certificate's head
     * @param signatory         who signs its certificates
     * @param qualityAssurance  its quality assurance in words (EU element 11), in English and German;
     *                          stands on its certificates instead of a credential's own statement
     * @param nationalFramework the national qualifications framework it maps the EQF level to ({@code DQR})
     */
    public record CertificateBranding(@Nullable String logo, @Nullable Signatory signatory, @Nullable Text qualityAssurance,
            @Nullable String nationalFramework) {}

    /** A person who signs certificates: name, role, and optionally a signature image as a {@code data:} URI. */
    public record Signatory(String name, Text role, @Nullable String signature) {}

    /** A faculty, centre, academy or institute of the institution. */
    public record Unit(ItemId id, Text name, UnitKind kind) {}
}
