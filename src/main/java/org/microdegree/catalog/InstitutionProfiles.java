package org.microdegree.catalog;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.internal.ItemDocuments;
import org.microdegree.catalog.internal.jdbc.CatalogueStore;
import org.microdegree.catalog.model.Institution;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.Grant;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.NotFoundException;
import org.microdegree.shared.Role;
import org.microdegree.shared.Text;
import org.microdegree.shared.Violation;
import org.microdegree.shared.validation.Format;
import org.microdegree.shared.validation.Inputs;
import org.springframework.stereotype.Service;

/**
 * An institution's admin keeps its profile: names, country, legal identifier, homepage, and how its
 * certificates present it (logo, signatory, quality assurance in words). Units and kind come with
 * the catalogue's imports and stay.
 */
@Service
@RequiredArgsConstructor
public class InstitutionProfiles {

    /** A logo on a certificate is small: at most this many bytes. */
    public static final int MAX_LOGO_BYTES = 200 * 1024;

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final Catalogue catalogue;
    private final CatalogueStore store;
    private final ItemDocuments documents;

    /** The institution as its admin may change it. */
    public Institution editable(InstitutionId id, Actor actor) {
        requireAdmin(id, actor);
        return catalogue.institution(id.value()).orElseThrow(() -> new NotFoundException("institution '" + id + "' does not exist"));
    }

    /**
     * Writes the profile; {@code logo} (PNG or JPEG) replaces the stored one when given, else it stays.
     * Every problem at once, nothing written.
     */
    public Institution update(InstitutionId id, InstitutionInput in, byte @Nullable [] logo, Actor actor) {
        Institution before = editable(id, actor);
        List<Violation> problems = new ArrayList<>(Inputs.violations(in));
        if (in.country() != null && in.country().matches("[A-Z]{2}") && !COUNTRIES.contains(in.country())) {
            problems.add(Violation.at("country", "'" + in.country() + "' is not an ISO 3166 country code"));
        }
        if (Format.present(in.signatoryName()) != null && Format.present(in.signatoryRoleEn()) == null) {
            problems.add(Violation.at("signatoryRoleEn", "required with a signatory: the role printed under the name"));
        }
        if (Format.present(in.qualityAssuranceEn()) == null && Format.present(in.qualityAssuranceDe()) != null) {
            problems.add(Violation.at("qualityAssuranceEn", "required with the German text"));
        }
        String logoUri = logo == null || logo.length == 0 ? null : dataUri(logo, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Institution.CertificateBranding old = before.certificate();
        Institution.Signatory signatory = Format.present(in.signatoryName()) == null
                ? null
                : new Institution.Signatory(in.signatoryName().strip(), text(in.signatoryRoleEn(), in.signatoryRoleDe()),
                        old == null || old.signatory() == null ? null : old.signatory().signature());
        Institution.CertificateBranding branding = new Institution.CertificateBranding(logoUri != null ? logoUri : old == null ? null : old.logo(),
                signatory, Format.present(in.qualityAssuranceEn()) == null ? null : text(in.qualityAssuranceEn(), in.qualityAssuranceDe()),
                old == null ? null : old.nationalFramework());
        Institution after = new Institution(before.id(), text(in.nameEn(), in.nameDe()), Format.present(in.shortName()), in.country(),
                Format.present(in.legalIdentifier()), before.kind(), Format.present(in.homepage()), before.units(), branding);
        store.upsertInstitutions(List.of(), List.of(documents.institutionRow(after)));
        return catalogue.institution(id.value()).orElseThrow();
    }

    private static Text text(@Nullable String en, @Nullable String de) {
        return Text.of(en == null ? "" : en.strip(), Format.present(de) == null ? null : de.strip());
    }

    /** A PNG or JPEG as a {@code data:} URI, told apart by its first bytes, not by what the upload claims. */
    private static @Nullable String dataUri(byte[] image, List<Violation> problems) {
        String type = image.length > 8 && (image[0] & 0xFF) == 0x89 && image[1] == 'P' && image[2] == 'N' && image[3] == 'G'
                ? "image/png"
                : image.length > 3 && (image[0] & 0xFF) == 0xFF && (image[1] & 0xFF) == 0xD8 && (image[2] & 0xFF) == 0xFF ? "image/jpeg" : null;
        if (type == null) {
            problems.add(Violation.at("logo", "a PNG or JPEG image"));
            return null;
        }
        if (image.length > MAX_LOGO_BYTES) {
            problems.add(Violation.at("logo", "at most " + MAX_LOGO_BYTES / 1024 + " KB (this one has " + image.length / 1024 + " KB)"));
            return null;
        }
        return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(image);
    }

    private static void requireAdmin(InstitutionId id, Actor actor) {
        if (actor.readOnly() || !actor.operator() && !actor.grants().contains(new Grant(Role.ADMIN, id))) {
            throw new ForbiddenException("only an admin of " + id + " keeps its profile");
        }
    }
}
