package org.microdegree.web.pages;

import org.microdegree.shared.Ids;
import org.microdegree.shared.CertificateId;
import lombok.RequiredArgsConstructor;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.microdegree.credentials.CertificateSharing;
import org.microdegree.credentials.Certificates;
import org.microdegree.credentials.Verification;
import org.microdegree.credentials.model.Certificate;
import org.microdegree.credentials.model.CertificateContent;
import org.microdegree.credentials.model.Elements;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public verification page: upload a certificate PDF or its credential, or follow the QR link
 * to a certificate issued here. Shows each check and the certificate's elements in the reader's
 * language.
 */
@Controller
@RequiredArgsConstructor
class VerifyController {

    private final Verification verification;
    private final Certificates certificates;
    private final CertificateSharing sharing;

    private final MessageSource messages;

    @GetMapping("/verify")
    String form() {
        return "verify";
    }

    @PostMapping("/verify")
    String upload(@RequestParam(value = "file", required = false) @Nullable MultipartFile file, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("error", messages.getMessage("verify.noFile", null, LocaleContextHolder.getLocale()));
            return "verify";
        }
        try {
            show(verification.verifyUpload(file.getBytes()), model);
        } catch (Verification.Unreadable e) {
            // in words the reader understands; the parser's own words stay folded under it
            model.addAttribute("error", messages.getMessage("verify.unreadable." + e.code(), null, LocaleContextHolder.getLocale()));
            model.addAttribute("errorDetail", e.getMessage());
        }
        return "verify";
    }

    @GetMapping("/verify/{id}")
    String byLink(@PathVariable String id, Model model) {
        // a link that cannot be a certificate's is as unknown as one that is no longer there
        Optional<Certificate> stored = Ids.isToken(id) ? certificates.lookup(CertificateId.of(id)) : Optional.empty();
        if (stored.isEmpty()) {
            model.addAttribute("unknown", true);
            return "verify";
        }
        if (!sharing.isShared(stored.get().id())) {
            // switched off by its holder: nothing about it is shown; an uploaded copy still verifies
            model.addAttribute("notShared", true);
            return "verify";
        }
        show(verification.verify(Verification.parse(stored.get().credential())), model);
        return "verify";
    }

    private void show(Verification.Outcome outcome, Model model) {
        model.addAttribute("outcome", outcome);
        String issuer = issuerName(outcome.credential());
        model.addAttribute("issuerName", issuer);
        Locale locale = LocaleContextHolder.getLocale();
        String lang = locale.getLanguage();
        List<Elements.Element> elements = List.of();
        Optional<Certificate> stored = outcome.certificateId() == null ? Optional.empty() : certificates.lookup(CertificateId.of(outcome.certificateId()));
        CertificateContent content = stored.map(certificates::content).orElse(null);
        if (outcome.valid() && content != null) {
            elements = Elements.of(content, lang).stream().map(e -> new Elements.Element(e.key(), e.mandatory(),
                    Elements.readable(e, lang, key -> messages.getMessage(key, null, key, locale)))).toList();
            model.addAttribute("certificate", content);
        }
        model.addAttribute("elements", elements);
        model.addAttribute("verdict", verdict(outcome, issuer, stored, content, locale));
    }

    /** The result first, in words: who issued it to whom and when, and whether it holds; why not, if it does not. */
    private String verdict(Verification.Outcome outcome, @Nullable String issuer, Optional<Certificate> stored,
            @Nullable CertificateContent content, Locale locale) {
        String lang = locale.getLanguage();
        if (outcome.valid()) {
            if (content == null) {
                return messages.getMessage("verify.valid", new Object[]{issuer}, locale);
            }
            return messages.getMessage("verify.validFull", new Object[]{content.title().in(lang), content.issuer().name().in(lang),
                    content.learner().name(), StudyController.day(content.issued(), locale)}, locale);
        }
        Verification.Check failed = outcome.checks().stream().filter(c -> !c.passed()).findFirst().orElseThrow();
        if (failed.code().equals("status.revoked")) {
            String reason = stored.map(Certificate::revokedReason).orElse(null);
            return reason == null
                    ? messages.getMessage("verify.revoked", new Object[]{issuer}, locale)
                    : messages.getMessage("verify.revokedReason", new Object[]{issuer, reason}, locale);
        }
        return messages.getMessage("verify.invalidBecause", new Object[]{messages.getMessage("verify.check." + failed.name(), null, locale),
                messages.getMessage("verify.detail." + failed.code(), failed.args().toArray(), locale)}, locale);
    }

    private static @Nullable String issuerName(@Nullable JsonObject vc) {
        if (vc != null && vc.get("issuer") instanceof JsonObject issuer && issuer.get("name") instanceof JsonString name) {
            return name.getString();
        }
        return null;
    }

}
