package org.microdegree.credentials.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microdegree.credentials.Verification;
import org.microdegree.shared.Violation;

/**
 * What the VC-API issuer refuses to sign: the inputs the W3C VC 2.0 test suite sends to see that an
 * issuer keeps the data model's MUSTs, each refused at its place, all of them at once.
 */
class VcDataModelTest {

    private static final String GOOD = """
            {"@context": ["https://www.w3.org/ns/credentials/v2"], "id": "urn:uuid:0b8f2f6e-4c3a-4a8e-b8a1-7f2e9d6c5b40",
             "type": ["VerifiableCredential"], "issuer": "did:web:uni.example:institutions:luh",
             "validFrom": "2026-12-03T10:00:00Z", "credentialSubject": {"id": "did:example:lea", "name": "Lea"}}""";

    private static List<String> violations(String json) {
        return VcDataModel.violations(Verification.parse(json), "credential").stream().map(Violation::describe).toList();
    }

    private static String good(String replace, String with) {
        String changed = GOOD.replace(replace, with);
        assertThat(changed).isNotEqualTo(GOOD);
        return changed;
    }

    @Test
    void aWellFormedCredentialPassesInBothVersions() {
        assertThat(violations(GOOD)).isEmpty();
        assertThat(violations(good("\"https://www.w3.org/ns/credentials/v2\"", "\"https://www.w3.org/2018/credentials/v1\"")
                .replace("validFrom", "issuanceDate"))).isEmpty();
    }

    @Test
    void eachBrokenMustIsNamedAtItsPlace() {
        assertThat(violations(good("\"https://www.w3.org/ns/credentials/v2\"", "\"https://www.w3.org/ns/credentials/examples/v2\"")))
                .singleElement().asString().startsWith("credential.@context: must begin with https://www.w3.org/ns/credentials/v2");
        assertThat(violations(good("\"urn:uuid:0b8f2f6e-4c3a-4a8e-b8a1-7f2e9d6c5b40\"", "\"not a url\"")))
                .containsExactly("credential.id: must be a URL");
        assertThat(violations(good("[\"VerifiableCredential\"]", "[\"ExampleCredential\"]")))
                .containsExactly("credential.type: must include VerifiableCredential");
        assertThat(violations(good("\"validFrom\": \"2026-12-03T10:00:00Z\"", "\"validFrom\": \"2026-12-03\"")))
                .containsExactly("credential.validFrom: must be a date-time with its time zone (XML Schema dateTimeStamp)");
        assertThat(violations(good("\"validFrom\": \"2026-12-03T10:00:00Z\"", "\"validUntil\": \"2026-12-03T10:00:00\"")))
                .containsExactly("credential.validUntil: must be a date-time with its time zone (XML Schema dateTimeStamp)");
        assertThat(violations(good("\"credentialSubject\": {\"id\": \"did:example:lea\", \"name\": \"Lea\"}", "\"credentialSubject\": {}")))
                .containsExactly("credential.credentialSubject: must state something about the subject");
        assertThat(violations(good(", \"credentialSubject\": {\"id\": \"did:example:lea\", \"name\": \"Lea\"}", "")))
                .containsExactly("credential.credentialSubject: is required");
        assertThat(violations(good("\"issuer\": \"did:web:uni.example:institutions:luh\"", "\"issuer\": {\"name\": \"LUH\"}")))
                .containsExactly("credential.issuer: must be a URL or an object whose id is a URL");
        for (String property : List.of("credentialStatus", "termsOfUse", "evidence", "refreshService")) {
            assertThat(violations(good("\"validFrom\"", "\"" + property + "\": {\"id\": \"https://uni.example/x\"}, \"validFrom\"")))
                    .as(property).containsExactly("credential." + property + ".type: is required");
        }
        assertThat(violations(good("\"validFrom\"", "\"credentialSchema\": [{\"type\": \"JsonSchema\"}], \"validFrom\"")))
                .containsExactly("credential.credentialSchema[0].id: is required");
        assertThat(violations(good("\"validFrom\"", "\"relatedResource\": [{\"id\": \"https://uni.example/logo.png\"}], \"validFrom\"")))
                .containsExactly("credential.relatedResource[0]: needs digestSRI or digestMultibase");
    }

    @Test
    void everythingWrongIsSaidAtOnce() {
        assertThat(violations("""
                {"@context": ["https://www.w3.org/ns/credentials/v2"], "id": "x y", "type": "Credential",
                 "validFrom": "yesterday", "evidence": [{}]}""")).containsExactly(
                "credential.id: must be a URL", "credential.type: must include VerifiableCredential",
                "credential.issuer: must be a URL or an object whose id is a URL", "credential.credentialSubject: is required",
                "credential.validFrom: must be a date-time with its time zone (XML Schema dateTimeStamp)",
                "credential.evidence[0].type: is required");
    }

    @Test
    void aVc11CredentialGetsTheDataIntegrityContextItLacks() {
        JsonObject v1 = Verification.parse(GOOD.replace("\"https://www.w3.org/ns/credentials/v2\"", "\"https://www.w3.org/2018/credentials/v1\""));
        assertThat(VcDataModel.withProofContext(v1).getJsonArray("@context").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("https://www.w3.org/2018/credentials/v1", "https://w3id.org/security/data-integrity/v2");
        JsonObject v2 = Verification.parse(GOOD);
        assertThat(VcDataModel.withProofContext(v2)).isSameAs(v2);
    }
}
