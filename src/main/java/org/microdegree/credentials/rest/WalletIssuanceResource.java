package org.microdegree.credentials.rest;

import org.microdegree.shared.CertificateId;
import lombok.RequiredArgsConstructor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.microdegree.credentials.Verification;
import org.microdegree.credentials.WalletIssuance;
import org.microdegree.credentials.internal.proof.LocalContexts;
import org.microdegree.credentials.internal.wallet.ProofOfPossession;
import org.microdegree.shared.Actor;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * OpenID for Verifiable Credential Issuance 1.0 (pre-authorized code flow): the credential issuer's
 * and the authorization server's metadata, the token, nonce and credential endpoints a wallet calls,
 * and the learner's request for an offer. The wallet's endpoints answer in OAuth's terms
 * ({@code {"error", "error_description"}}), not as problem details, as the specification asks.
 */
@RestController
@Tag(name = "Wallets (OpenID4VCI)")
@RequiredArgsConstructor
class WalletIssuanceResource {

    private static final CacheControl NO_STORE = CacheControl.noStore();

    private final WalletIssuance wallets;
    private final MessageSource messages;

    @PostMapping("/api/v1/certificates/{id}/wallet-offer")
    @Operation(summary = "The holder's offer of her certificate to a wallet: the credential offer URI (for a QR code) and the transaction code")
    ResponseEntity<Map<String, Object>> offer(@PathVariable CertificateId id, Actor actor) {
        WalletIssuance.Offer offer = wallets.offer(id, actor);
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(NO_STORE).body(Map.of("certificate", offer.certificateId(),
                "credentialOffer", offer.uri(), "txCode", offer.txCode(), "expires", offer.expires().toString()));
    }

    @GetMapping(value = "/.well-known/openid-credential-issuer", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "OpenID4VCI credential issuer metadata: the endpoints and the one credential configuration (ldp_vc, Open Badges 3.0)")
    Map<String, Object> issuerMetadata() {
        String base = wallets.issuer();
        Map<String, Object> configuration = new LinkedHashMap<>();
        configuration.put("format", "ldp_vc");
        configuration.put("scope", "OpenBadgeCredential");
        configuration.put("cryptographic_binding_methods_supported", List.of("did:key", "did:jwk", "jwk"));
        configuration.put("credential_signing_alg_values_supported", List.of("eddsa-rdfc-2022"));
        configuration.put("proof_types_supported", Map.of("jwt", Map.of("proof_signing_alg_values_supported",
                List.copyOf(new java.util.TreeSet<>(ProofOfPossession.ALGORITHMS)))));
        configuration.put("credential_definition", Map.of("@context", List.of(LocalContexts.VC_V2, LocalContexts.OB_V3),
                "type", List.of("VerifiableCredential", "OpenBadgeCredential")));
        List<Map<String, String>> display = displays("wallet.credential");
        // 1.0 puts the display under credential_metadata; drafts up to 15 beside the format
        configuration.put("display", display);
        configuration.put("credential_metadata", Map.of("display", display));
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("credential_issuer", base);
        metadata.put("credential_endpoint", base + "/oid4vci/credential");
        metadata.put("nonce_endpoint", base + "/oid4vci/nonce");
        metadata.put("display", displays("wallet.issuer"));
        metadata.put("credential_configurations_supported", Map.of(WalletIssuance.CONFIGURATION, configuration));
        return metadata;
    }

    @GetMapping(value = "/.well-known/oauth-authorization-server", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "OAuth 2.0 authorization server metadata (RFC 8414): the token endpoint of the pre-authorized code flow")
    Map<String, Object> authorizationServerMetadata() {
        String base = wallets.issuer();
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("issuer", base);
        metadata.put("token_endpoint", base + "/oid4vci/token");
        metadata.put("grant_types_supported", List.of(WalletIssuance.PRE_AUTHORIZED_GRANT));
        metadata.put("pre-authorized_grant_anonymous_access_supported", true);
        metadata.put("response_types_supported", List.of());
        return metadata;
    }

    @PostMapping(value = "/oid4vci/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @Operation(summary = "OAuth token endpoint: pre-authorized code and transaction code for an access token")
    ResponseEntity<Map<String, Object>> token(@RequestParam MultiValueMap<String, String> form) {
        WalletIssuance.Token token = wallets.token(form.toSingleValueMap());
        return ResponseEntity.ok().cacheControl(NO_STORE).body(Map.of("access_token", token.accessToken(), "token_type", "Bearer",
                "expires_in", token.expiresIn()));
    }

    @PostMapping("/oid4vci/nonce")
    @Operation(summary = "OpenID4VCI nonce endpoint: a fresh c_nonce for the wallet's proof of possession")
    ResponseEntity<Map<String, Object>> nonce() {
        return ResponseEntity.ok().cacheControl(NO_STORE).body(Map.of("c_nonce", wallets.nonce()));
    }

    @PostMapping(value = "/oid4vci/credential", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "OpenID4VCI credential endpoint: the certificate as an ldp_vc bound to the wallet's key")
    ResponseEntity<String> credential(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization,
            @RequestBody byte[] body) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new WalletIssuance.Refused("invalid_token", 401, "the access token from the token endpoint is required (Authorization: Bearer)");
        }
        JsonObject request;
        try {
            request = Verification.parse(new String(body, StandardCharsets.UTF_8));
        } catch (Verification.Unreadable e) {
            throw new WalletIssuance.Refused("invalid_credential_request", 400, "the request is not a JSON object");
        }
        JsonObject vc = wallets.credential(authorization.substring(7).strip(), configuration(request), proofs(request));
        return ResponseEntity.ok().cacheControl(NO_STORE).contentType(MediaType.APPLICATION_JSON)
                .body("{\"credentials\":[{\"credential\":" + vc + "}]}");
    }

    /** The configuration asked for: by id (1.0), or by format as drafts up to 13 did. */
    private static String configuration(JsonObject request) {
        if (request.get("credential_configuration_id") instanceof JsonString id) {
            return id.getString();
        }
        if (request.get("credential_identifier") instanceof JsonString id) {
            return id.getString();
        }
        if (request.get("format") instanceof JsonString format && format.getString().equals("ldp_vc")) {
            return WalletIssuance.CONFIGURATION;
        }
        throw new WalletIssuance.Refused("invalid_credential_request", 400, "credential_configuration_id is required");
    }

    /** The proofs: {@code proofs.jwt} (1.0) or one {@code proof} of type jwt (drafts); not both. */
    private static List<String> proofs(JsonObject request) {
        JsonValue plural = request.get("proofs");
        JsonValue single = request.get("proof");
        if (plural != null && single != null) {
            throw new WalletIssuance.Refused("invalid_credential_request", 400, "send proofs or proof, not both");
        }
        List<String> out = new ArrayList<>();
        if (plural instanceof JsonObject p && p.get("jwt") instanceof JsonArray jwts) {
            jwts.forEach(j -> out.add(j instanceof JsonString s ? s.getString() : ""));
        } else if (single instanceof JsonObject p && "jwt".equals(p.getString("proof_type", "")) && p.get("jwt") instanceof JsonString s) {
            out.add(s.getString());
        } else if (plural != null || single != null) {
            throw new WalletIssuance.Refused("invalid_proof", 400, "only the proof type jwt is supported");
        }
        return out;
    }

    private List<Map<String, String>> displays(String key) {
        return List.of(Map.of("name", messages.getMessage(key, null, Locale.ENGLISH), "locale", "en"),
                Map.of("name", messages.getMessage(key, null, Locale.GERMAN), "locale", "de"));
    }

    @ExceptionHandler(WalletIssuance.Refused.class)
    ResponseEntity<Map<String, String>> refused(WalletIssuance.Refused e) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(e.status()).cacheControl(NO_STORE);
        if (e.status() == 401) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"" + e.error() + "\"");
        }
        return answer.body(Map.of("error", e.error(), "error_description", e.getMessage()));
    }
}
