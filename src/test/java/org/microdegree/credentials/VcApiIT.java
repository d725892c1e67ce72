package org.microdegree.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microdegree.DatabaseIT;
import org.microdegree.accounts.TokenScope;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.Fixtures;
import org.microdegree.credentials.internal.Urls;
import org.microdegree.credentials.internal.proof.DataIntegrity;
import org.microdegree.credentials.internal.proof.Ed25519;
import org.microdegree.shared.Grant;
import org.microdegree.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The W3C VC-API as a conformance suite drives it: the issuer refuses malformed credentials with
 * every violation named and signs VC 1.1 as well as 2.0; the verifier verifies credentials of any
 * issuer it can resolve offline (a did:key here), treats status as optional and checks what
 * {@code options.checks} asks for.
 */
class VcApiIT extends DatabaseIT {

    @Autowired MockMvc mvc;
    @Autowired Catalogue catalogue;
    @Autowired Urls urls;

    private String token;

    @BeforeEach
    void anAdministratorOfLuhWithAnApiToken() {
        catalogue.importBundle("example.yaml", Fixtures.workedExampleYaml(), BundleSyntax.YAML, "test");
        var admin = accounts.create("vc-api-admin@luh.example", "Ada Admin", "a-long-enough-password".toCharArray(), Set.of(Grant.of(Role.ADMIN, "luh")));
        token = accounts.createToken(admin.id(), "conformance suite", Set.of(TokenScope.READ, TokenScope.WRITE), Duration.ofDays(1)).secret();
    }

    private String issue(String credential, int expected) throws Exception {
        return mvc.perform(post("/credentials/issue").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                .content("{\"credential\": " + credential + "}")).andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
    }

    private String verify(String request, int expected) throws Exception {
        return mvc.perform(post("/credentials/verify").contentType(MediaType.APPLICATION_JSON).content(request))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theIssuerNamesEveryViolationAndSignsNothingMalformed() throws Exception {
        mvc.perform(post("/credentials/issue").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON).content("""
                {"credential": {"@context": ["https://www.w3.org/ns/credentials/v2"], "id": "not a url", "type": ["VerifiableCredential"],
                 "issuer": "%s", "validFrom": "2026-12-03", "credentialSubject": {},
                 "credentialStatus": {"id": "https://uni.example/status#1"}}}""".formatted(urls.did("luh"))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].path", Matchers.containsInAnyOrder("credential.id", "credential.credentialSubject",
                        "credential.validFrom", "credential.credentialStatus.type")));
        assertThat(count("certificate")).isZero();
    }

    @Test
    void aVc11CredentialIsSignedWithTheDataIntegrityContextAndVerifies() throws Exception {
        String signed = issue("""
                {"@context": ["https://www.w3.org/2018/credentials/v1"], "type": ["VerifiableCredential"],
                 "issuer": "%s", "issuanceDate": "2026-12-03T10:00:00Z", "credentialSubject": {"id": "did:example:lea"}}"""
                .formatted(urls.did("luh")), 201);
        List<String> context = JsonPath.read(signed, "$.verifiableCredential['@context']");
        assertThat(context).containsExactly("https://www.w3.org/2018/credentials/v1", "https://w3id.org/security/data-integrity/v2");
        String vc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(signed).get("verifiableCredential").toString();
        String result = verify("{\"verifiableCredential\": " + vc + "}", 200);
        assertThat((List<String>) JsonPath.read(result, "$.checks")).contains("proof");
        assertThat((List<String>) JsonPath.read(result, "$.warnings")).as("no status: said, not failed").isNotEmpty();
    }

    @Test
    void aCredentialOfAnyDidKeyIssuerVerifiesAndOptionsChecksAreHonoured() throws Exception {
        KeyPair key = Ed25519.generate();
        String multikey = Ed25519.multikey(key.getPublic());
        String did = "did:key:" + multikey;
        JsonObject unsigned = Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add("https://www.w3.org/ns/credentials/v2"))
                .add("type", Json.createArrayBuilder().add("VerifiableCredential"))
                .add("issuer", did)
                .add("validFrom", "2020-01-01T00:00:00Z").add("validUntil", "2021-01-01T00:00:00Z")
                .add("credentialSubject", Json.createObjectBuilder().add("id", "did:example:lea")).build();
        JsonObject signed = DataIntegrity.BUNDLED.sign(unsigned, key.getPrivate(), did + "#" + multikey, Instant.parse("2020-01-01T00:00:00Z"));

        // expired, so invalid when every check counts; valid when only the proof is asked for
        String all = verify("{\"verifiableCredential\": " + signed + "}", 400);
        assertThat((List<String>) JsonPath.read(all, "$.errors")).singleElement().asString().startsWith("validity:");
        String proofOnly = verify("{\"verifiableCredential\": " + signed + ", \"options\": {\"checks\": [\"proof\"]}}", 200);
        assertThat((List<String>) JsonPath.read(proofOnly, "$.checks")).containsExactly("proof");

        JsonObject tampered = Json.createObjectBuilder(signed).add("validUntil", "2099-01-01T00:00:00Z").build();
        String changed = verify("{\"verifiableCredential\": " + tampered + ", \"options\": {\"checks\": [\"proof\"]}}", 400);
        assertThat((List<String>) JsonPath.read(changed, "$.errors")).anySatisfy(e -> assertThat(e).startsWith("signature:"));
    }
}
