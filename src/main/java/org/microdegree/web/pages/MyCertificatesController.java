package org.microdegree.web.pages;

import org.microdegree.shared.CertificateId;
import lombok.RequiredArgsConstructor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.microdegree.credentials.CertificateForms;
import org.microdegree.credentials.CertificateSharing;
import org.microdegree.credentials.Certificates;
import org.microdegree.credentials.WalletIssuance;
import org.microdegree.credentials.model.Certificate;
import org.microdegree.shared.NotFoundException;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.microdegree.shared.Actor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The learner's certificates in the browser: each as a card (title in the page's language, the
 * awarding institution, the date, valid or revoked with the reason), its downloads (PDF in English or
 * German, the signed credential, the European Digital Credential), the link an employer verifies it
 * with, LinkedIn's certification form filled in, and all of them in one ZIP. The API's downloads are
 * for tokens; these serve the signed-in browser.
 */
@Controller
@RequiredArgsConstructor
class MyCertificatesController {

    private final Certificates certificates;
    private final CertificateForms forms;
    private final CertificateCards cards;
    private final CertificateSharing sharing;
    private final WalletIssuance wallets;
    private final MessageSource messages;

    /**
     * Her certificate into a wallet app: how it works, and once she asks, the offer as a QR code (and as
     * a link for a wallet on the same phone) with the transaction code her wallet asks for. The code is
     * shown once, right after it was made; reloading the page shows the button again.
     */
    @GetMapping("/me/certificates/{id}/wallet")
    String wallet(@PathVariable String id, Actor actor, Model model) {
        CertificateCards.Card card = cards.of(actor).stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("no certificate " + id));
        model.addAttribute("certificate", card);
        if (model.getAttribute("offer") instanceof WalletIssuance.Offer offer) {
            Locale locale = LocaleContextHolder.getLocale();
            model.addAttribute("qr", QrCodes.svg(offer.uri(), messages.getMessage("wallet.qrLabel", new Object[]{card.title()}, locale)));
            model.addAttribute("expires", StudyController.when(offer.expires(), ZoneId.of("Europe/Berlin")));
        }
        return "study/wallet";
    }

    @PostMapping("/me/certificates/{id}/wallet")
    String offer(@PathVariable String id, Actor actor, RedirectAttributes redirect) {
        redirect.addFlashAttribute("offer", wallets.offer(CertificateId.parse("id", id), actor));
        return "redirect:/me/certificates/" + id + "/wallet";
    }

    /** Her certificate's public page on or off (the link and the QR code lead nowhere while it is off). */
    @PostMapping("/me/certificates/{id}/sharing")
    String share(@PathVariable String id, @RequestParam(defaultValue = "false") boolean on, Actor actor, RedirectAttributes redirect) {
        sharing.share(CertificateId.parse("id", id), on, actor);
        redirect.addFlashAttribute("done", on ? "cert.sharedOn" : "cert.sharedOff");
        return "redirect:/me/certificates#certificate-" + id;
    }

    @GetMapping("/me/certificates")
    String page(Actor actor, Model model) {
        model.addAttribute("certificates", cards.of(actor));
        return "study/certificates";
    }

    @GetMapping("/me/certificates/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id, @RequestParam(defaultValue = "en") String lang, Actor actor) {
        Certificate c = certificates.get(CertificateId.parse("id", id), actor);
        String language = "de".equals(lang) ? "de" : "en";
        return download(forms.pdf(c, language), MediaType.APPLICATION_PDF_VALUE, c.id() + "-" + language + ".pdf");
    }

    @GetMapping("/me/certificates/{id}/vc")
    ResponseEntity<byte[]> vc(@PathVariable String id, Actor actor) {
        Certificate c = certificates.get(CertificateId.parse("id", id), actor);
        return download(forms.vc(c).getBytes(StandardCharsets.UTF_8), "application/vc+ld+json", c.id() + ".json");
    }

    @GetMapping("/me/certificates/{id}/elm")
    ResponseEntity<byte[]> elm(@PathVariable String id, Actor actor) {
        Certificate c = certificates.get(CertificateId.parse("id", id), actor);
        return download(forms.elm(c).getBytes(StandardCharsets.UTF_8), "application/ld+json", c.id() + "-edc.jsonld");
    }

    @GetMapping("/me/certificates.zip")
    ResponseEntity<StreamingResponseBody> zip(@RequestParam(defaultValue = "en") String lang, Actor actor) {
        List<Certificate> own = certificates.own(actor);
        String language = "de".equals(lang) ? "de" : "en";
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"my-certificates.zip\"")
                .body(out -> forms.zip(own, language, out));
    }

    private static ResponseEntity<byte[]> download(byte[] body, String type, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"").body(body);
    }
}
