package org.microdegree.credentials;

import org.microdegree.shared.CertificateId;
import org.microdegree.shared.LearnerId;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.microdegree.MailServerIT;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.Fixtures;
import org.microdegree.learners.LearnerInput;
import org.microdegree.learners.Learners;
import org.microdegree.learners.model.Notification;
import org.microdegree.shared.Actor;
import org.microdegree.shared.Grant;
import org.microdegree.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Lea asked to be told by e-mail, Tom did not. Both met "Machine Learning" and get their certificates
 * in a registrar's bulk award: Lea is mailed (German and English, the title, not an id), Tom finds
 * the notification on his page; when Lea's certificate is revoked she is mailed the reason.
 */
class CertificateMailIT extends MailServerIT {

    @Autowired Catalogue catalogue;
    @Autowired Learners learners;
    @Autowired Certificates certificates;
    @Autowired AwardingCertificates awarding;

    private final Actor registrar = Actor.person("robin", "Robin Registrar", Set.of(Grant.of(Role.REGISTRAR, "luh")));

    @Test
    void eachLearnerHearsOfHerCertificateFromABulkAwardAndOfItsRevocation() throws Exception {
        catalogue.importBundle("example.yaml", Fixtures.workedExampleYaml(), BundleSyntax.YAML, "test");
        LearnerId lea = learners.create(new LearnerInput("Lea Learner", "lea@luh.example", null, "student", "luh", "L-1",
                List.of("notifications-by-email")), registrar).id();
        LearnerId tom = learners.create(new LearnerInput("Tom Quiet", "tom@luh.example", null, "student", "luh", "L-2", List.of()), registrar).id();
        // what the audit records when each of them passes (the audit itself is tested elsewhere)
        for (LearnerId learner : List.of(lea, tom)) {
            jdbc.update("insert into audit_requirements_met (learner_id, item_kind, item_id, item_version, met_on, recorded_at, institution_id)"
                    + " values (?, 'micro-credential', 'luh:mc-machine-learning', 1, date '2026-09-30', current_timestamp, 'luh')", learner.value());
        }

        assertThat(awarding.awardAll(registrar).issued()).isEqualTo(2);

        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage issued = SMTP.getReceivedMessages()[0];
        assertThat(issued.getAllRecipients()[0].toString()).isEqualTo("lea@luh.example");
        assertThat(issued.getSubject()).isEqualTo("Zertifikat ausgestellt: Maschinelles Lernen | Certificate issued: Machine Learning");
        assertThat((String) issued.getContent()).contains("Maschinelles Lernen", "--- English ---", "Machine Learning");
        assertThat(learners.records(tom, registrar).notifications()).extracting(Notification::kind).containsExactly("certificate-issued");
        assertThat(SMTP.getReceivedMessages()).as("Tom did not consent").hasSize(1);

        CertificateId leasCertificate = certificates.ofLearner(lea, registrar).getFirst().id();
        certificates.revoke(leasCertificate, "issued on a result entered for the wrong person", registrar);

        assertThat(SMTP.waitForIncomingEmail(10_000, 2)).isTrue();
        MimeMessage revoked = SMTP.getReceivedMessages()[1];
        assertThat(revoked.getSubject()).isEqualTo("Zertifikat widerrufen: Maschinelles Lernen | Certificate revoked: Machine Learning");
        assertThat((String) revoked.getContent()).contains("issued on a result entered for the wrong person");
    }
}
