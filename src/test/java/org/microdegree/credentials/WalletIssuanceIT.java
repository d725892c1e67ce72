package org.microdegree.credentials;

import org.microdegree.shared.LearnerId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microdegree.DatabaseIT;
import org.microdegree.catalog.Fixtures;
import org.microdegree.TestClock;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.admissions.EnrollingLearners;
import org.microdegree.credentials.internal.proof.Ed25519;
import org.microdegree.credentials.model.Certificate;
import org.microdegree.learners.LearnerInput;
import org.microdegree.learners.Learners;
import org.microdegree.results.AchievementInput;
import org.microdegree.results.Achievements;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ConflictException;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.Grant;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.NotFoundException;
import org.microdegree.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Clara's Machine Learning certificate into her wallet, and the rules a wallet must keep: the
 * transaction code (five wrong guesses end the offer), one token per offer and one credential per
 * token, a fresh nonce of ours in a proof of her key, nothing for a revoked certificate, nothing
 * after the offer expired. The wallet's endpoints answer in OAuth's terms. The wallet signs here
 * with Ed25519 under a did:key (the Sphereon wallet of the journey test uses P-256 under a jwk).
 */
class WalletIssuanceIT extends DatabaseIT {

    @Autowired Catalogue catalogue;
    @Autowired Learners learners;
    @Autowired EnrollingLearners enrollingLearners;
    @Autowired Achievements achievements;
    @Autowired Certificates certificates;
    @Autowired WalletIssuance wallets;
    @Autowired Verification verification;
    @Autowired TestClock clock;
    @Autowired MockMvc mvc;

    private final Actor registrar = Actor.person("robin", "Robin Registrar", Set.of(Grant.of(Role.REGISTRAR, "luh")));
    private Actor clara;
    private LearnerId claraId;
    private Certificate machineLearning;
    private final KeyPair phone = Ed25519.generate();
    private final String holder = "did:key:" + Ed25519.multikey(phone.getPublic());

    @BeforeEach
    void claraHoldsTheMachineLearningCertificate() {
        catalogue.importBundle("example.yaml", Fixtures.workedExampleYaml(), BundleSyntax.YAML, "test");
        clara = accounts.create("clara@luh.example", "Clara Informatik", "clara-password-1".toCharArray(), Set.of(Grant.of(Role.LEARNER, "luh"))).actor();
        claraId = learners.create(new LearnerInput("Clara Informatik", "clara@luh.example", null, "student", "luh", "CS-1", List.of()), registrar).id();
        enrollingLearners.enrolDirectly(ItemKind.MICRO_DEGREE, ItemId.of("luh:md-ai-essentials"), claraId, registrar);
        achievements.record(new AchievementInput(claraId.value(), null, null, "luh:mc-machine-learning", "2025-02-14", "de", "1.3", "5", "project",
                true, true, "CS-ML-1"), registrar, "api");
        await().atMost(Duration.ofSeconds(60)).until(() -> eventsHandled() && count("certificate") > 0);
        machineLearning = certificates.ofLearner(claraId, registrar).getFirst();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static Map<String, String> grant(WalletIssuance.Offer offer, String txCode) {
        Map<String, String> form = new HashMap<>();
        form.put("grant_type", WalletIssuance.PRE_AUTHORIZED_GRANT);
        form.put("pre-authorized_code", preAuthorizedCode(offer));
        form.put("tx_code", txCode);
        return form;
    }

    static String preAuthorizedCode(WalletIssuance.Offer offer) {
        String json = URLDecoder.decode(offer.uri().substring(offer.uri().indexOf('=') + 1), StandardCharsets.UTF_8);
        return Verification.parse(json).getJsonObject("grants").getJsonObject(WalletIssuance.PRE_AUTHORIZED_GRANT).getString("pre-authorized_code");
    }

    private String proof(String nonce) {
        Instant now = clock.instant();
        return ProofJwts.eddsa(phone, holder + "#" + holder.substring("did:key:".length()),
                "{\"aud\":\"" + wallets.issuer() + "\",\"iat\":" + now.getEpochSecond() + ",\"nonce\":\"" + nonce + "\"}");
    }

    private static String error(Runnable call) {
        try {
            call.run();
        } catch (WalletIssuance.Refused e) {
            return e.error() + " " + e.status();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void herWalletReceivesTheCertificateBoundToItsKeyValidAgainstTheOpenBadgesSchema() throws Exception {
        WalletIssuance.Offer offer = wallets.offer(machineLearning.id(), clara);
        JsonObject offered = Verification.parse(URLDecoder.decode(offer.uri().substring(offer.uri().indexOf('=') + 1), StandardCharsets.UTF_8));
        assertThat(offered.getString("credential_issuer")).isEqualTo(wallets.issuer());
        assertThat(offered.getJsonArray("credential_configuration_ids").getString(0)).isEqualTo(WalletIssuance.CONFIGURATION);
        assertThat(offer.txCode()).matches("[0-9]{6}");
        assertThat(Duration.between(clock.instant(), offer.expires())).as("ten minutes").isBetween(Duration.ofMinutes(9), Duration.ofMinutes(10));
        assertThat(jdbc.queryForObject("select code_hash from wallet_offer", String.class)).as("only a hash is kept")
                .isNotEqualTo(preAuthorizedCode(offer)).hasSize(64);

        WalletIssuance.Token token = wallets.token(grant(offer, offer.txCode()));
        JsonObject vc = wallets.credential(token.accessToken(), WalletIssuance.CONFIGURATION, List.of(proof(wallets.nonce())));

        assertThat(vc.getJsonObject("credentialSubject").getString("id")).isEqualTo(holder);
        assertThat(vc.getString("id")).isEqualTo("urn:uuid:" + machineLearning.id());
        Verification.Outcome outcome = verification.verify(vc);
        assertThat(outcome.errors()).isEmpty();
        assertThat(outcome.valid()).isTrue();
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/ob3/ob_v3p0_achievementcredential_schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909).getSchema(in,
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        }
        assertThat(schema.validate(new com.fasterxml.jackson.databind.ObjectMapper().readTree(vc.toString()))).isEmpty();
        assertThat(jdbc.queryForObject("select holder from wallet_offer", String.class)).isEqualTo(holder);

        // once delivered, this token gets nothing more
        assertThat(error(() -> wallets.credential(token.accessToken(), WalletIssuance.CONFIGURATION, List.of(proof(wallets.nonce())))))
                .isEqualTo("credential_request_denied 400");
    }

    @Test
    void onlyTheHolderOffersHerValidCertificate() {
        assertThatThrownBy(() -> wallets.offer(machineLearning.id(), registrar)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> wallets.offer(machineLearning.id(), new Actor(clara.account(), "Clara", clara.grants(), false, true)))
                .isInstanceOf(ForbiddenException.class);
        certificates.revoke(machineLearning.id(), "issued in error", registrar);
        assertThatThrownBy(() -> wallets.offer(machineLearning.id(), clara)).isInstanceOf(ConflictException.class).hasMessageContaining("revoked");
    }

    @Test
    void fiveWrongTransactionCodesEndTheOfferAndACodeServesOnce() {
        WalletIssuance.Offer offer = wallets.offer(machineLearning.id(), clara);
        String wrong = offer.txCode().equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            assertThat(error(() -> wallets.token(grant(offer, wrong)))).isEqualTo("invalid_grant 400");
        }
        assertThat(error(() -> wallets.token(grant(offer, offer.txCode())))).as("the right code, too late").isEqualTo("invalid_grant 400");

        WalletIssuance.Offer next = wallets.offer(machineLearning.id(), clara);
        wallets.token(grant(next, next.txCode()));
        assertThat(error(() -> wallets.token(grant(next, next.txCode())))).as("redeemed already").isEqualTo("invalid_grant 400");

        Map<String, String> noTxCode = grant(wallets.offer(machineLearning.id(), clara), "x");
        noTxCode.remove("tx_code");
        assertThat(error(() -> wallets.token(noTxCode))).isEqualTo("invalid_grant 400");
        Map<String, String> authorizationCode = new HashMap<>(noTxCode);
        authorizationCode.put("grant_type", "authorization_code");
        assertThat(error(() -> wallets.token(authorizationCode))).isEqualTo("unsupported_grant_type 400");
    }

    @Test
    void anOfferOrATokenOrANonceLastsMinutesNotLonger() {
        WalletIssuance.Offer offer = wallets.offer(machineLearning.id(), clara);
        clock.set(clock.instant().plus(Duration.ofMinutes(11)));
        assertThat(error(() -> wallets.token(grant(offer, offer.txCode())))).isEqualTo("invalid_grant 400");

        WalletIssuance.Offer fresh = wallets.offer(machineLearning.id(), clara);
        WalletIssuance.Token token = wallets.token(grant(fresh, fresh.txCode()));
        String nonce = wallets.nonce();
        clock.set(clock.instant().plus(Duration.ofMinutes(6)));
        assertThat(error(() -> wallets.credential(token.accessToken(), WalletIssuance.CONFIGURATION, List.of(proof(nonce)))))
                .as("a nonce of six minutes ago").isEqualTo("invalid_nonce 400");
        clock.set(clock.instant().plus(Duration.ofMinutes(5)));
        assertThat(error(() -> wallets.credential(token.accessToken(), WalletIssuance.CONFIGURATION, List.of(proof(wallets.nonce())))))
                .as("a token of eleven minutes ago").isEqualTo("invalid_token 401");
    }

    @Test
    void theCredentialNeedsOurNonceOnceInAProofOfHerKeyAndAValidCertificate() {
        WalletIssuance.Offer offer = wallets.offer(machineLearning.id(), clara);
        String token = wallets.token(grant(offer, offer.txCode())).accessToken();
        assertThat(error(() -> wallets.credential("stolen", WalletIssuance.CONFIGURATION, List.of(proof(wallets.nonce())))))
                .isEqualTo("invalid_token 401");
        assertThat(error(() -> wallets.credential(token, "UniversityDegree_jwt", List.of(proof(wallets.nonce())))))
                .isEqualTo("unknown_credential_configuration 400");
        assertThat(error(() -> wallets.credential(token, WalletIssuance.CONFIGURATION, List.of()))).isEqualTo("invalid_proof 400");
        assertThat(error(() -> wallets.credential(token, WalletIssuance.CONFIGURATION, List.of(proof("made-up")))))
                .isEqualTo("invalid_nonce 400");
        String nonce = wallets.nonce();
        String forgery = proof(nonce);
        String tampered = forgery.substring(0, forgery.length() - 4) + (forgery.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThat(error(() -> wallets.credential(token, WalletIssuance.CONFIGURATION, List.of(tampered)))).isEqualTo("invalid_proof 400");

        certificates.revoke(machineLearning.id(), "issued in error", registrar);
        assertThat(error(() -> wallets.credential(token, WalletIssuance.CONFIGURATION, List.of(proof(nonce)))))
                .isEqualTo("credential_request_denied 400");
        assertThat(error(() -> wallets.credential(token, WalletIssuance.CONFIGURATION, List.of(proof(nonce)))))
                .as("the nonce was taken by the last request").isEqualTo("invalid_nonce 400");
    }

    @Test
    void theWalletsEndpointsAnswerInOAuthTermsAndTheMetadataNamesThem() throws Exception {
        mvc.perform(get("/.well-known/openid-credential-issuer")).andExpect(status().isOk())
                .andExpect(jsonPath("$.credential_issuer").value(wallets.issuer()))
                .andExpect(jsonPath("$.credential_endpoint").value(wallets.issuer() + "/oid4vci/credential"))
                .andExpect(jsonPath("$.nonce_endpoint").value(wallets.issuer() + "/oid4vci/nonce"))
                .andExpect(jsonPath("$.credential_configurations_supported.OpenBadgeCredential_ldp_vc.format").value("ldp_vc"))
                .andExpect(jsonPath("$.credential_configurations_supported.OpenBadgeCredential_ldp_vc.credential_definition.type[1]")
                        .value("OpenBadgeCredential"))
                .andExpect(jsonPath("$.display[1].locale").value("de"));
        mvc.perform(get("/.well-known/oauth-authorization-server")).andExpect(status().isOk())
                .andExpect(jsonPath("$.token_endpoint").value(wallets.issuer() + "/oid4vci/token"))
                .andExpect(jsonPath("$['pre-authorized_grant_anonymous_access_supported']").value(true));

        mvc.perform(post("/oid4vci/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("grant_type=" + WalletIssuance.PRE_AUTHORIZED_GRANT + "&pre-authorized_code=guess&tx_code=123456"))
                .andExpect(status().isBadRequest()).andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.error").value("invalid_grant"));
        mvc.perform(post("/oid4vci/credential").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized()).andExpect(header().string("WWW-Authenticate", "Bearer error=\"invalid_token\""))
                .andExpect(jsonPath("$.error").value("invalid_token"));
        mvc.perform(post("/oid4vci/nonce")).andExpect(status().isOk()).andExpect(jsonPath("$.c_nonce").isString());

        // the whole flow over HTTP, with the 1.0 request form (proofs.jwt)
        WalletIssuance.Offer offer = wallets.offer(machineLearning.id(), clara);
        String token = JsonMapper.builder().build().readTree(mvc.perform(post("/oid4vci/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("grant_type=" + WalletIssuance.PRE_AUTHORIZED_GRANT + "&pre-authorized_code=" + preAuthorizedCode(offer)
                        + "&tx_code=" + offer.txCode()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.token_type").value("Bearer"))
                .andReturn().getResponse().getContentAsString()).path("access_token").asString();
        mvc.perform(post("/oid4vci/credential").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                .content("{\"credential_configuration_id\": \"" + WalletIssuance.CONFIGURATION + "\", \"proof\": {\"proof_type\": \"cwt\"}}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("invalid_proof"));
        mvc.perform(post("/oid4vci/credential").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                .content("{\"credential_configuration_id\": \"" + WalletIssuance.CONFIGURATION + "\", \"proofs\": {\"jwt\": [\""
                        + proof(wallets.nonce()) + "\"]}}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.credentials[0].credential.credentialSubject.id").value(holder));

        // the learner's API: the offer for her own certificate, not for anyone else
        mvc.perform(post("/api/v1/certificates/{id}/wallet-offer", machineLearning.id()).with(httpBasic("clara@luh.example", "clara-password-1")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.txCode").isString())
                .andExpect(jsonPath("$.credentialOffer").value(org.hamcrest.Matchers.startsWith("openid-credential-offer://?credential_offer=")));
        mvc.perform(post("/api/v1/certificates/{id}/wallet-offer", machineLearning.id()).with(httpBasic(ADMIN, PASSWORD)))
                .andExpect(status().isNotFound());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor httpBasic(String user, String password) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic(user, password);
    }

    @Test
    void herExportNamesTheWalletsAndErasureForgetsThem() {
        WalletIssuance.Offer offer = wallets.offer(machineLearning.id(), clara);
        wallets.credential(wallets.token(grant(offer, offer.txCode())).accessToken(), WalletIssuance.CONFIGURATION, List.of(proof(wallets.nonce())));
        assertThat(learners.export(claraId, clara).toString()).contains("walletDeliveries", holder);
        learners.erase(claraId, registrar);
        assertThat(count("wallet_offer")).isZero();
        assertThat(URI.create(wallets.issuer()).getScheme()).startsWith("http");
    }
}
