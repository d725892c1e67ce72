package org.microdegree;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Integration tests whose application sends e-mail to a real SMTP server (GreenMail) on a free
 * port. One server for all of them, so that they share one application context.
 */
public abstract class MailServerIT extends DatabaseIT {

    protected static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        SMTP.start();
        Runtime.getRuntime().addShutdownHook(new Thread(SMTP::stop));
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("microdegree.mail.from", () -> "microcredentials@uni-hannover.example");
    }

    @BeforeEach
    void emptyMailboxes() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
    }
}
