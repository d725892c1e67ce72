package org.microdegree.credentials.rest;

import org.microdegree.credentials.AwardingCertificates;
import org.microdegree.shared.CertificateId;
import lombok.RequiredArgsConstructor;
import org.microdegree.shared.LearnerId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.microdegree.shared.Coded;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.credentials.CertificateForms;
import org.microdegree.credentials.ConfirmingAwards;
import org.microdegree.credentials.Certificates;
import org.microdegree.credentials.model.Certificate;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.Role;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Certificates: a learner reads and downloads their own; registrars award, approve joint awards,
 * confirm partial completion, revoke and export those of their institutions.
 */
@RestController
@RequestMapping("/api/v1/certificates")
@Tag(name = "Certificates")
@RequiredArgsConstructor
class CertificateResource {

    private final Certificates certificates;
    private final AwardingCertificates awarding;
    private final CertificateForms forms;
    private final ConfirmingAwards confirming;
    private final Clock clock;

    /** What lists show: no credential body. */
    record Summary(String id, String learner, String kind, String credential, int version, String title, String institution,
            String status, String issued, @Nullable String revokedReason) {
        static Summary of(Certificate c) {
            return new Summary(c.id().value(), c.learner().value(), c.kind().code(), c.item(), c.version(), c.title(), c.institution(), c.status(),
                    c.issued().toString(), c.revokedReason());
        }
    }

    @GetMapping
    @Operation(summary = "A learner's certificates (?learner=ID; the learner or their registrars), or all a registrar may see")
    List<Summary> list(@RequestParam(required = false) @Nullable String learner, Actor actor) {
        // a learner without a registrar's role asks for her own certificates
        boolean ownOnly = learner == null && !actor.operator() && !actor.hasAnywhere(Role.REGISTRAR)
                && actor.hasAnywhere(Role.LEARNER);
        List<Certificate> found = ownOnly
                ? certificates.own(actor)
                : learner == null ? certificates.all(actor) : certificates.ofLearner(LearnerId.parse("learner", learner), actor);
        return found.stream().map(Summary::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One certificate, with its share links")
    Map<String, Object> get(@PathVariable CertificateId id, Actor actor) {
        Certificate c = certificates.get(id, actor);
        return Map.of("certificate", Summary.of(c), "verify", forms.verifyUrl(c), "linkedIn", forms.linkedIn(c));
    }

    @GetMapping(value = "/{id}/vc", produces = {"application/vc+ld+json", MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "The signed W3C VC 2.0 / Open Badges 3.0 credential")
    ResponseEntity<String> vc(@PathVariable CertificateId id, Actor actor) {
        Certificate c = certificates.get(id, actor);
        return download(forms.vc(c), "application/vc+ld+json", c.id() + ".json");
    }

    @GetMapping(value = "/{id}/elm", produces = {"application/ld+json", MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "The certificate as a European Digital Credential (ELM 3, generic EDC)")
    ResponseEntity<String> elm(@PathVariable CertificateId id, Actor actor) {
        Certificate c = certificates.get(id, actor);
        return download(forms.elm(c), "application/ld+json", c.id() + "-edc.jsonld");
    }

    @GetMapping(value = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The certificate as PDF (?lang=en|de), with the signed credential attached")
    ResponseEntity<byte[]> pdf(@PathVariable CertificateId id, @RequestParam(defaultValue = "en") String lang, Actor actor) {
        Certificate c = certificates.get(id, actor);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + c.id() + "-" + lang + ".pdf\"").body(forms.pdf(c, lang));
    }

    @GetMapping(value = "/export.zip", produces = "application/zip")
    @Operation(summary = "Every certificate the registrar may see, as VC and PDF, in one ZIP")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(defaultValue = "en") String lang, Actor actor) {
        List<Certificate> all = certificates.all(actor);
        if (!actor.operator() && !actor.hasAnywhere(Role.REGISTRAR)) {
            throw new ForbiddenException("the export is for registrars");
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"certificates.zip\"")
                .body(out -> forms.zip(all, lang, out));
    }

    record WaitingAward(String key, String learner, String kind, String credential, int version, String title, String metOn) {}

    @GetMapping("/awaiting-confirmation")
    @Operation(summary = "Awards of the registrar's institutions that wait for her confirmation, oldest first (at most 500); confirm one with POST /award")
    List<WaitingAward> waiting(Actor actor) {
        return confirming.waiting(actor).stream().map(w -> new WaitingAward(w.key(), w.learner().value(), w.kind().code(), w.credential().value(),
                w.version(), w.title().en(), w.metOn().toString())).toList();
    }

    record AwardBody(@Nullable String learner, @Nullable String kind, @Nullable String credential, @Nullable Integer version) {}

    @PostMapping("/award")
    @Operation(summary = "Award the certificate for a credential version the learner met (registrar)")
    Map<String, Object> award(@RequestBody AwardBody body, Actor actor) {
        String learner = required(body.learner(), "learner");
        ItemKind kind = credentialKind(body.kind(), "micro-credential");
        String credential = credentialId(body.credential());
        int version = body.version() == null ? 1 : body.version();
        AwardingCertificates.Award award = awarding.award(LearnerId.parse("learner", learner), kind, ItemId.of(credential), version, LocalDate.now(clock),
                actor);
        return Map.of("result", award.result().name().toLowerCase(Locale.ROOT), "certificate",
                award.certificate() == null ? Map.of() : Summary.of(award.certificate()), "approvalsMissing", award.approvalsMissing());
    }

    record AwardingBody(@Nullable String kind, @Nullable String credential, @Nullable Boolean confirmation) {}

    @org.springframework.web.bind.annotation.PutMapping("/awarding")
    @Operation(summary = "Whether a credential's certificates are issued when met, or only after a registrar's confirmation (registrar)")
    Map<String, Object> awarding(@RequestBody AwardingBody body, Actor actor) {
        ItemKind kind = credentialKind(body.kind(), "micro-degree");
        String credential = credentialId(body.credential());
        if (body.confirmation() == null) {
            throw InvalidInputException.of("confirmation", "true (a registrar confirms each award) or false (automatic)");
        }
        awarding.setConfirmation(kind, ItemId.of(credential), body.confirmation(), actor);
        return Map.of("kind", kind.code(), "credential", credential, "confirmation", body.confirmation());
    }

    record ApprovalBody(@Nullable String learner, @Nullable String programme, @Nullable String institution) {}

    @PostMapping("/approve")
    @Operation(summary = "A partner institution approves a joint award; the last approval issues it (registrar of that institution)")
    Map<String, Object> approve(@RequestBody ApprovalBody body, Actor actor) {
        String programme = required(body.programme(), "programme");
        AwardingCertificates.Award award = awarding.approve(LearnerId.parse("learner", required(body.learner(), "learner")), ItemId.of(programme),
                required(body.institution(), "institution"), actor);
        return Map.of("result", award.result().name().toLowerCase(Locale.ROOT), "approvalsMissing", award.approvalsMissing(),
                "certificate", award.certificate() == null ? Map.of() : Summary.of(award.certificate()));
    }

    record PartialBody(@Nullable String learner, @Nullable String programme) {}

    @PostMapping("/partial")
    @Operation(summary = "Confirm the micro-credentials completed so far in a programme (registrar)")
    Summary partial(@RequestBody PartialBody body, Actor actor) {
        return Summary.of(awarding.confirmPartial(LearnerId.parse("learner", required(body.learner(), "learner")),
                ItemId.of(required(body.programme(), "programme")), actor));
    }

    record RevokeBody(@Nullable String reason) {}

    @PostMapping("/{id}/revoke")
    @Operation(summary = "Revoke a certificate with a reason (registrar of its institution); every verifier sees it")
    Summary revoke(@PathVariable CertificateId id, @RequestBody RevokeBody body, Actor actor) {
        return Summary.of(certificates.revoke(id, required(body.reason(), "reason"), actor));
    }

    private static ItemKind credentialKind(@Nullable String kind, String otherwise) {
        return Coded.fromCode(ItemKind.class, kind == null ? otherwise : kind)
                .filter(k -> k == ItemKind.MICRO_CREDENTIAL || k == ItemKind.MICRO_DEGREE)
                .orElseThrow(() -> InvalidInputException.of("kind", "micro-credential or micro-degree"));
    }

    private static String credentialId(@Nullable String credential) {
        String id = required(credential, "credential");
        if (!ItemId.isValid(id)) {
            throw InvalidInputException.of("credential", "'" + id + "' is not a catalogue id");
        }
        return id;
    }

    private static String required(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of(field, "required");
        }
        return value;
    }

    private static ResponseEntity<String> download(String body, String type, String name) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(body);
    }
}
