package org.microdegree.learners.internal;

import org.jspecify.annotations.Nullable;
import org.microdegree.learners.NotificationSender;
import org.microdegree.learners.model.Notification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends notifications by e-mail through the SMTP server of {@code spring.mail.*}, to learners who
 * consented. In demo mode nothing is sent: the demo's addresses are invented.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
class MailNotificationSender implements NotificationSender {

    private static final Logger LOG = LoggerFactory.getLogger(MailNotificationSender.class);

    private final JavaMailSender mail;
    private final String from;
    private final boolean demo;

    MailNotificationSender(JavaMailSender mail, @Value("${microdegree.mail.from:microdegree@localhost}") String from,
            @Value("${microdegree.demo:false}") boolean demo) {
        this.mail = mail;
        this.from = from;
        this.demo = demo;
    }

    @Override
    public void send(Notification n, @Nullable String email, String subject, String body) {
        if (demo || email == null) {
            LOG.info("notification {} ({}) for learner {} is stored; {}", n.id(), n.kind(), n.learnerId(),
                    demo ? "demo mode sends no e-mail" : "no e-mail consent");
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(email);
        message.setSubject(subject);
        message.setText(body);
        mail.send(message);
        LOG.info("notification {} ({}) for learner {} sent by e-mail", n.id(), n.kind(), n.learnerId());
    }
}
