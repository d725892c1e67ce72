package org.microdegree.accounts;

import java.util.function.UnaryOperator;
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
 * E-mails a one-time link (an invitation, a password reset, a learner's claim of her record) through
 * {@code spring.mail.*}. Without a mail server, and always in the demo (whose addresses are invented),
 * nothing is sent and the caller gets the link to show or pass on. Only the link's hash is stored, by
 * the caller; the log names the purpose, never the address.
 */
@Component
public class OneTimeLinkMail {

    private static final Logger LOG = LoggerFactory.getLogger(OneTimeLinkMail.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final String from;
    private final boolean demo;
    private final PublicUrl publicUrl;

    OneTimeLinkMail(ObjectProvider<JavaMailSender> mail, @Value("${microdegree.mail.from:microdegree@localhost}") String from,
            @Value("${microdegree.demo:false}") boolean demo, PublicUrl publicUrl) {
        this.mail = mail;
        this.from = from;
        this.demo = demo;
        this.publicUrl = publicUrl;
    }

    /** The link, and whether it went out by e-mail (if not, whoever asked passes it on). */
    public record Sent(String link, boolean mailed) {}

    public boolean demo() {
        return demo;
    }

    /** Whether a link reaches its person: by e-mail, or in the demo on the page. */
    public boolean canSend() {
        return demo || mail.getIfAvailable() != null;
    }

    /**
     * Sends the link {@code path} (below the public URL) to {@code email}.
     *
     * @param purpose what the log calls it, e.g. "invitation"
     * @param text the body, given the link
     */
    public Sent send(String email, String path, String purpose, String subject, UnaryOperator<String> text) {
        String link = publicUrl.base() + path;
        @Nullable
        JavaMailSender sender = demo ? null : mail.getIfAvailable();
        if (sender == null) {
            LOG.info("{} stored; no e-mail sent (no mail server, or the demo)", purpose);
            return new Sent(link, false);
        }
        SimpleMailMessage m = new SimpleMailMessage();
        m.setFrom(from);
        m.setTo(email);
        m.setSubject(subject);
        m.setText(text.apply(link));
        sender.send(m);
        LOG.info("{} e-mailed", purpose);
        return new Sent(link, true);
    }
}
