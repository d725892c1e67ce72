package org.microdegree.learners.internal;

import org.jspecify.annotations.Nullable;
import org.microdegree.shared.Secrets;
import org.microdegree.shared.PublicUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The one-time link with which a person proves that a learner record's e-mail address is theirs.
 * Sent through {@code spring.mail.*}; in demo mode nothing is sent (the demo's addresses are
 * invented) and the link is handed back to be shown instead. Only the secret's hash is stored.
 */
@Component
public class ClaimMail {

    private static final Logger LOG = LoggerFactory.getLogger(ClaimMail.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final String from;
    private final boolean demo;
    private final PublicUrl publicUrl;

    ClaimMail(ObjectProvider<JavaMailSender> mail, @Value("${microdegree.mail.from:microdegree@localhost}") String from,
            @Value("${microdegree.demo:false}") boolean demo, PublicUrl publicUrl) {
        this.mail = mail;
        this.from = from;
        this.demo = demo;
        this.publicUrl = publicUrl;
    }

    public boolean demo() {
        return demo;
    }

    public boolean canSend() {
        return demo || mail.getIfAvailable() != null;
    }

    /** Sends the link to {@code email} (not in demo mode) and returns it. */
    public String send(String email, String secret) {
        String link = publicUrl.base() + "/me/claim/" + secret;
        @Nullable
        JavaMailSender sender = mail.getIfAvailable();
        if (demo || sender == null) {
            LOG.info("e-mail confirmation link stored; demo mode sends no e-mail");
            return link;
        }
        SimpleMailMessage m = new SimpleMailMessage();
        m.setFrom(from);
        m.setTo(email);
        m.setSubject("Confirm your e-mail address / Bestätigen Sie Ihre E-Mail-Adresse");
        m.setText("To link your learner record to your account, open this link while signed in (valid for 24 hours):\n"
                + link + "\n\nUm Ihren Datensatz mit Ihrem Konto zu verbinden, öffnen Sie diesen Link angemeldet (24 Stunden gültig).\n");
        sender.send(m);
        LOG.info("e-mail confirmation link sent");
        return link;
    }

    public static String secret() {
        return Secrets.random();
    }

    public static String hash(String secret) {
        return Secrets.sha256Hex(secret);
    }
}
