package org.microdegree.accounts.internal;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.microdegree.shared.PublicUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends an invitation's link through {@code spring.mail.*}. Without a mail server (and always in the
 * demo, whose addresses are invented) nothing is sent: the admin is given the link to pass on.
 */
@Component
public class InvitationMail {

    private static final Logger LOG = LoggerFactory.getLogger(InvitationMail.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final String from;
    private final boolean demo;
    private final PublicUrl publicUrl;

    InvitationMail(ObjectProvider<JavaMailSender> mail, @Value("${microdegree.mail.from:microdegree@localhost}") String from,
            @Value("${microdegree.demo:false}") boolean demo, PublicUrl publicUrl) {
        this.mail = mail;
        this.from = from;
        this.demo = demo;
        this.publicUrl = publicUrl;
    }

    /** The link; it was e-mailed when the result says so (empty: the admin passes it on). */
    public record Sent(String link, boolean mailed) {}

    public Sent send(String email, String secret, String institution) {
        String link = publicUrl.base() + "/invitation/" + secret;
        @Nullable
        JavaMailSender sender = demo ? null : Optional.ofNullable(mail.getIfAvailable()).orElse(null);
        if (sender == null) {
            LOG.info("invitation stored; no e-mail sent (no mail server, or the demo)");
            return new Sent(link, false);
        }
        SimpleMailMessage m = new SimpleMailMessage();
        m.setFrom(from);
        m.setTo(email);
        m.setSubject("Your microdegree account at " + institution + " / Ihr microdegree-Konto");
        m.setText("You have been given an account at " + institution + ". Set your password with this link (valid for 7 days, once):\n"
                + link + "\n\nFür Sie wurde ein Konto bei " + institution + " angelegt. Legen Sie Ihr Passwort mit diesem Link fest "
                + "(7 Tage gültig, einmal).\n");
        sender.send(m);
        LOG.info("invitation e-mailed");
        return new Sent(link, true);
    }
}
