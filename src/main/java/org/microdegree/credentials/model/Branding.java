package org.microdegree.credentials.model;

import org.jspecify.annotations.Nullable;
import org.microdegree.shared.Text;

/**
 * How an awarding body presents itself on its certificates, as its catalogue entry says.
 *
 * @param logo              a PNG or JPEG {@code data:} URI
 * @param signatoryName     who signs, with {@code signatoryRole}; none: no signature block
 * @param signature         the signatory's signature image ({@code data:} URI)
 * @param qualityAssurance  the institution's quality assurance in words, in English and German
 * @param nationalFramework the national qualifications framework beside the EQF ({@code DQR})
 */
public record Branding(@Nullable String logo, @Nullable String signatoryName, @Nullable Text signatoryRole, @Nullable String signature,
        @Nullable Text qualityAssurance, @Nullable String nationalFramework) {

    public static final Branding NONE = new Branding(null, null, null, null, null, null);
}
