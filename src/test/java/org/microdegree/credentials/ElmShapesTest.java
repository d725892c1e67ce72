package org.microdegree.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.microdegree.credentials.internal.Urls;
import org.microdegree.credentials.internal.render.Elm;
import org.microdegree.shared.PublicUrl;

/** Our ELM exports against the official EDC-generic-full shapes. */
class ElmShapesTest {

    private final Urls urls = new Urls(new PublicUrl("https://credentials.uni-hannover.de", true));

    @Test
    void theOfficialUnsignedSampleFailsOnlyForWhatASealedCredentialAdds() throws Exception {
        List<String> violations = EdcShapes.violations(EdcShapes.read("/elm/Sample-MC-Annex1-unsigned.jsonld"));
        assertThat(violations).hasSize(2).anyMatch(v -> v.contains("credentials#issued")).anyMatch(v -> v.contains("IssuerNodeShape"));
    }

    @Test
    void aMicroCredentialCertificateHasNoViolation() throws Exception {
        assertThat(EdcShapes.violations(Elm.credential(CertificateFixtures.machineLearningMc(), urls))).isEmpty();
    }

    @Test
    void aProgrammeCertificateWithItsComponentsHasNoViolation() throws Exception {
        var elm = Elm.credential(CertificateFixtures.aiProgrammeMd(), urls);
        assertThat(EdcShapes.violations(elm)).isEmpty();
        var claim = elm.getJsonObject("credentialSubject").getJsonObject("hasClaim");
        assertThat(claim.getJsonArray("hasPart")).hasSize(2);
        assertThat(claim.getJsonObject("specifiedBy").getJsonArray("hasPart")).hasSize(2);
        assertThat(claim.getJsonArray("hasPart").getJsonObject(1).toString()).contains("Completed as additional qualification");
    }
}
