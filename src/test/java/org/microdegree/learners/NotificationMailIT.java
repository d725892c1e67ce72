package org.microdegree.learners;

import org.microdegree.shared.RoundId;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.microdegree.MailServerIT;
import org.microdegree.admissions.ApplicationInput;
import org.microdegree.admissions.ApplicationRounds;
import org.microdegree.admissions.PlacingApplications;
import org.microdegree.admissions.RoundInput;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.Fixtures;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ConflictException;
import org.microdegree.shared.Grant;
import org.microdegree.shared.NotFoundException;
import org.microdegree.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** Decisions reach learners who consented by e-mail, through a real SMTP server (GreenMail), and nobody else. */
class NotificationMailIT extends MailServerIT {

    @Autowired Catalogue catalogue;
    @Autowired Learners learners;
    @Autowired AccountLinks links;
    @Autowired ApplicationRounds applicationRounds;
    @Autowired PlacingApplications placingApplications;

    @Test
    void anApplicantWhoConsentedGetsAnEmailAndOneWhoDidNotGetsNone() throws Exception {
        catalogue.importBundle("example.yaml", Fixtures.workedExampleYaml(), BundleSyntax.YAML, "test");
        Actor registrar = Actor.person("robin", "Robin Registrar", Set.of(Grant.of(Role.REGISTRAR, "luh")));
        applicationRounds.createRound(new RoundInput("luh:mail-round", "micro-credential", "luh:mc-ai-ethics", "2026-01-01T00:00",
                "2099-12-31T23:00", "Europe/Berlin", "ranked", 5, null, List.of(), List.of(), null), registrar);
        var consenting = learners.create(new LearnerInput("Mail Me", "mail.me@example.org", null, "student", "luh", "M-1",
                List.of("notifications-by-email")), registrar);
        var silent = learners.create(new LearnerInput("No Mail", "no.mail@example.org", null, "student", "luh", "M-2", List.of()), registrar);
        placingApplications.apply(RoundId.of("luh:mail-round"), new ApplicationInput(consenting.id().value(), "luh", 6, 6, "2.0", Map.of()), registrar);
        placingApplications.apply(RoundId.of("luh:mail-round"), new ApplicationInput(silent.id().value(), "luh", 6, 6, "2.0", Map.of()), registrar);

        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("mail.me@example.org");
        assertThat(received[0].getSubject()).isEqualTo("Bewerbung eingegangen: KI-Ethik | Application received: AI Ethics");
        assertThat(learners.records(consenting.id(), registrar).notifications()).allMatch(n -> n.sentAt() != null);
        assertThat(learners.records(silent.id(), registrar).notifications()).hasSize(1);
    }

    @Test
    void aPersonWhoseAccountAnotherInstitutionMadeLinksTheRecordOnlyByFollowingTheLinkMailedToItsAddress() throws Exception {
        catalogue.importBundle("example.yaml", Fixtures.workedExampleYaml(), BundleSyntax.YAML, "test");
        Actor registrar = Actor.person("robin", "Robin Registrar", Set.of(Grant.of(Role.REGISTRAR, "luh")));
        var record = learners.create(new LearnerInput("Lena Luh", "lena@luh.example", null, "student", "luh", "C-1", List.of()), registrar);
        var account = accounts.create("lena@luh.example", "Lena", "a-long-enough-password".toCharArray(), Set.of(Grant.of(Role.LEARNER, "lut")));
        Actor lena = account.actor();
        assertThat(learners.own(lena)).as("LUT's grant does not link LUH's record").isEmpty();

        AccountLinks.Claim claim = links.requestClaim(lena);
        assertThat(claim.mailed()).isTrue();
        assertThat(claim.demoLink()).as("outside demo mode the link is only in the mail").isNull();
        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("lena@luh.example");
        String body = (String) mail.getContent();
        String secret = body.replaceAll("(?s).*?/me/claim/([A-Za-z0-9_-]+).*", "$1");
        assertThat(jdbc.queryForList("select secret_hash from learners_claim", String.class)).doesNotContain(secret);

        // someone else signed in cannot use it; a wrong secret does nothing
        Actor intruder = accounts.create("x@lut.example", "X", null, Set.of(Grant.of(Role.LEARNER, "lut"))).actor();
        Assertions.assertThatThrownBy(() -> links.confirmClaim(secret, intruder))
                .isInstanceOf(NotFoundException.class);
        Assertions.assertThatThrownBy(() -> links.confirmClaim(secret + "x", lena))
                .isInstanceOf(NotFoundException.class);
        assertThat(links.confirmClaim(secret, lena).id()).isEqualTo(record.id());
        assertThat(learners.self(lena).id()).isEqualTo(record.id());
        // used once
        Assertions.assertThatThrownBy(() -> links.confirmClaim(secret, lena))
                .isInstanceOf(ConflictException.class);
    }
}
