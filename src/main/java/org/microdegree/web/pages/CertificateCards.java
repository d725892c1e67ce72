package org.microdegree.web.pages;

import lombok.RequiredArgsConstructor;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.microdegree.credentials.CertificateForms;
import org.microdegree.credentials.CertificateSharing;
import org.microdegree.credentials.Certificates;
import org.microdegree.credentials.model.Certificate;
import org.microdegree.credentials.model.CertificateContent;
import org.microdegree.shared.Actor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in learner's certificates as cards, in the page's language (her certificates page and her studies page). */
@Component
@RequiredArgsConstructor
class CertificateCards {

    /** A certificate as its card shows it. */
    record Card(String id, String title, String institution, String issued, boolean revoked, @Nullable String revokedReason,
            String kind, String verify, String linkedIn, boolean shared, List<String> parts) {}

    private final Certificates certificates;
    private final CertificateForms forms;
    private final CertificateSharing sharing;

    /** The cards of the signed-in learner's certificates, newest first (also on her studies page). */
    List<Card> of(Actor actor) {
        Locale locale = LocaleContextHolder.getLocale();
        return certificates.own(actor).stream()
                .sorted((a, b) -> b.issued().compareTo(a.issued()))
                .map(c -> card(c, certificates.content(c), locale))
                .toList();
    }

    private Card card(Certificate c, CertificateContent content, Locale locale) {
        String language = locale.getLanguage();
        return new Card(c.id().value(), content.title().in(language), content.issuer().name().in(language), StudyController.day(c.issued(), locale),
                c.revoked(), c.revokedReason(), c.kind().code(), forms.verifyUrl(c), forms.linkedIn(c, content), sharing.isShared(c.id()),
                parts(content, language));
    }

    /** What a programme certificate comprises, or what a partial-completion confirmation confirms: its completed micro-credentials. */
    private static List<String> parts(CertificateContent content, String language) {
        return content.components().stream().filter(CertificateContent.Component::completed)
                .map(m -> m.title().in(language) + " (" + m.creditPoints() + " ECTS)").toList();
    }
}
