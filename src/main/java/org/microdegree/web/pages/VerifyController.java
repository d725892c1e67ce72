package org.microdegree.web.pages;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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
class VerifyController {

    private final Verification verification;
    private final Certificates certificates;

    private final MessageSource messages;

    VerifyController(Verification verification, Certificates certificates, MessageSource messages) {
        this.verification = verification;
        this.certificates = certificates;
        this.messages = messages;
    }

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
            model.addAttribute("error", e.getMessage());
        }
        return "verify";
    }

    @GetMapping("/verify/{id}")
    String byLink(@PathVariable String id, Model model) {
        Optional<Certificate> stored = certificates.lookup(id);
        if (stored.isEmpty()) {
            model.addAttribute("unknown", true);
            return "verify";
        }
        show(verification.verify(Verification.parse(stored.get().credential())), model);
        return "verify";
    }

    private void show(Verification.Outcome outcome, Model model) {
        model.addAttribute("outcome", outcome);
        model.addAttribute("issuerName", issuerName(outcome.credential()));
        String lang = LocaleContextHolder.getLocale().getLanguage();
        List<Elements.Element> elements = List.of();
        if (outcome.valid() && outcome.certificateId() != null) {
            Optional<Certificate> c = certificates.lookup(outcome.certificateId());
            if (c.isPresent()) {
                CertificateContent content = certificates.content(c.get());
                Locale locale = LocaleContextHolder.getLocale();
                elements = Elements.of(content, lang).stream().map(e -> new Elements.Element(e.key(), e.mandatory(),
                        Elements.readable(e, key -> messages.getMessage(key, null, key, locale)))).toList();
                model.addAttribute("certificate", content);
            }
        }
        model.addAttribute("elements", elements);
    }

    private static @Nullable String issuerName(@Nullable JsonObject vc) {
        if (vc != null && vc.get("issuer") instanceof JsonObject issuer && issuer.get("name") instanceof JsonString name) {
            return name.getString();
        }
        return null;
    }

}
