package org.microdegree.credentials.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.microdegree.credentials.DidDocuments;
import org.microdegree.credentials.PresentationVerification;
import org.microdegree.credentials.StatusLists;
import org.microdegree.credentials.VerifiableCredentials;
import org.microdegree.credentials.Verification;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ChangesNothing;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.MalformedRequestException;
import org.microdegree.shared.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * What any verifier needs, without signing in: the DID documents, the status lists, verification;
 * and the W3C VC-API endpoints, so that standard test suites can run against the installation.
 */
@RestController
@Tag(name = "Verification")
class PublicCredentialResource {

    private final DidDocuments dids;
    private final StatusLists statusLists;
    private final Verification verification;
    private final VerifiableCredentials issuing;
    private final PresentationVerification presentations;
    private final io.micrometer.core.instrument.MeterRegistry meters;

    PublicCredentialResource(DidDocuments dids, StatusLists statusLists, Verification verification, VerifiableCredentials issuing,
            PresentationVerification presentations, io.micrometer.core.instrument.MeterRegistry meters) {
        this.presentations = presentations;
        this.dids = dids;
        this.statusLists = statusLists;
        this.verification = verification;
        this.issuing = issuing;
        this.meters = meters;
    }

    /** Counts what verifiers were told: microdegree.verifications{outcome=valid|invalid|unreadable}. */
    private Verification.Outcome counted(Verification.Outcome outcome) {
        meters.counter("microdegree.verifications", "outcome", outcome.valid() ? "valid" : "invalid").increment();
        return outcome;
    }

    @GetMapping(value = "/.well-known/did.json", produces = {"application/did+json", MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "The installation's DID document: every institution's keys")
    Map<String, Object> installationDid() {
        return dids.installation();
    }

    @GetMapping(value = "/institutions/{id}/did.json", produces = {"application/did+json", MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "An institution's DID document: its current and retired keys")
    Map<String, Object> institutionDid(@PathVariable String id) {
        return dids.institution(id);
    }

    @GetMapping(value = "/credentials/status/{institution}", produces = {"application/vc+ld+json", MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "The institution's signed Bitstring Status List of revocations")
    ResponseEntity<String> statusList(@PathVariable String institution) {
        dids.institution(institution); // an unknown institution is a 404
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/vc+ld+json")).body(statusLists.list(institution));
    }

    @ChangesNothing
    @PostMapping(value = "/api/v1/verify", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/vc+ld+json", "application/ld+json",
            MediaType.APPLICATION_PDF_VALUE})
    @Operation(summary = "Verify a credential (JSON) or a certificate PDF: signature, issuer key, status, validity dates and structure")
    Map<String, Object> verify(@RequestBody byte[] body) {
        return VerifyViews.outcome(verifyBytes(body));
    }

    record VerifyRequest(JsonValue verifiableCredential) {}

    @ChangesNothing
    @PostMapping(value = "/credentials/verify", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "W3C VC-API: verify a credential ({\"verifiableCredential\": ...})")
    ResponseEntity<Map<String, Object>> vcApiVerify(@RequestBody byte[] body) {
        JsonObject request = parse(body);
        Verification.Outcome outcome = counted(verification.verifyAnyIssuer(member(request, "verifiableCredential", "a credential")));
        // options.checks: the checks the caller asks for ("proof", "credentialStatus", "expiration"); the proof always
        List<Verification.Check> asked = VcApiChecks.asked(outcome.checks(), request.get("options"));
        return vcApiResult(asked.stream().filter(Verification.Check::passed).map(c -> VcApiChecks.name(c.name())).distinct().toList(),
                asked.stream().filter(c -> c.passed() && c.code().equals("status.none")).map(c -> c.name() + ": " + c.detail()).toList(),
                asked.stream().filter(c -> !c.passed()).map(c -> c.name() + ": " + c.detail()).toList());
    }

    /** The VC-API's answer: 200 when nothing failed, else 400, with the checks passed, the warnings and the errors. */
    private static ResponseEntity<Map<String, Object>> vcApiResult(List<String> checks, List<String> warnings, List<String> errors) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("checks", checks);
        result.put("warnings", warnings);
        result.put("errors", errors);
        return ResponseEntity.status(errors.isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST).body(result);
    }

    private static JsonObject member(JsonObject request, String name, String what) {
        if (!(request.get(name) instanceof JsonObject member)) {
            throw new MalformedRequestException(List.of(Violation.at(name, what + " object is required")));
        }
        return member;
    }

    @ChangesNothing
    @PostMapping(value = "/presentations/verify", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "W3C VC-API: verify a presentation ({\"verifiablePresentation\": ..., \"options\": {\"challenge\", \"domain\"}})")
    ResponseEntity<Map<String, Object>> vcApiVerifyPresentation(@RequestBody byte[] body) {
        JsonObject request = parse(body);
        JsonObject vp = member(request, "verifiablePresentation", "a presentation");
        JsonObject options = request.get("options") instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
        PresentationVerification.Outcome outcome = presentations.verify(vp, options.getString("challenge", null), options.getString("domain", null));
        return vcApiResult(outcome.checks(), outcome.warnings(), outcome.errors());
    }

    @PostMapping(value = "/credentials/issue", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "W3C VC-API: sign a credential with the issuing institution's key (an admin's API token only)")
    ResponseEntity<String> vcApiIssue(@RequestBody byte[] body, Actor actor) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !"api-token".equals(auth.getDetails())) {
            throw new ForbiddenException("issuing through the VC-API needs an admin's API token");
        }
        JsonObject credential = member(parse(body), "credential", "a credential");
        JsonObject signed;
        try {
            signed = issuing.issue(credential, actor, Instant.now());
        } catch (MalformedRequestException e) {
            throw e;
        } catch (InvalidInputException e) {
            // the VC-API answers bad input with 400
            throw new MalformedRequestException(e.violations());
        }
        return ResponseEntity.status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON)
                .body("{\"verifiableCredential\":" + signed + "}");
    }

    private Verification.Outcome verifyBytes(byte[] body) {
        try {
            return counted(verification.verifyUpload(body));
        } catch (Verification.Unreadable e) {
            meters.counter("microdegree.verifications", "outcome", "unreadable").increment();
            throw new IllegalArgumentException("$: " + e.getMessage()); // 400: not a document at all
        }
    }

    private static JsonObject parse(byte[] body) {
        try {
            return Verification.parse(new String(body, StandardCharsets.UTF_8));
        } catch (Verification.Unreadable e) {
            throw new IllegalArgumentException("$: " + e.getMessage());
        }
    }
}
