package org.microdegree.learners.internal;

import org.microdegree.shared.LearnerId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.CatalogueTitles;
import org.microdegree.learners.NotificationSender;
import org.microdegree.learners.internal.jdbc.LearnerStore;
import java.time.Instant;
import org.microdegree.learners.model.Learner;
import org.microdegree.learners.model.Notification;
import org.microdegree.shared.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stores a notification with the decision it reports (same transaction), and hands it to the sender
 * only once that transaction has committed, so nobody is told of a decision that was rolled back.
 */
@Component
public class Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);
    public static final String EMAIL_CONSENT = "notifications-by-email";

    private final LearnerStore store;
    private final MessageSource messages;
    private final ObjectProvider<NotificationSender> senders;
    private final Clock clock;
    private final Catalogue catalogue;

    public Notifier(LearnerStore store, MessageSource messages, ObjectProvider<NotificationSender> senders, Clock clock, Catalogue catalogue) {
        this.clock = clock;
        this.catalogue = catalogue;
        this.store = store;
        this.messages = messages;
        this.senders = senders;
    }

    public Notification notify(LearnerId learnerId, String kind, Map<String, String> args) {
        Notification n = new Notification(Ids.next(), learnerId, kind, args, clock.instant(), null);
        store.insertNotification(n);
        afterCommit(() -> deliver(n));
        return n;
    }

    /** Runs when the caller's transaction has committed; at once where there is none. */
    private static void afterCommit(Runnable send) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        } else {
            send.run();
        }
    }

    /**
     * The same for a learner already read. Where there is no e-mail to send (no consent), nothing is
     * handed to a sender: the notification is stored as delivered, for her page, in one write (a
     * bulk award stores thousands of these).
     */
    public Notification notify(Learner learner, String kind, Map<String, String> args) {
        if (learner.consents(EMAIL_CONSENT) && learner.email() != null) {
            return notify(learner.id(), kind, args);
        }
        Instant now = clock.instant();
        Notification n = new Notification(Ids.next(), learner.id(), kind, args, now, now);
        store.insertNotification(n);
        return n;
    }

    /**
     * The same for many learners already read, stored in one batch (a bulk award's slice of
     * certificates): those with an e-mail to send are handed to the sender after the caller's
     * transaction commits, the others stored as delivered.
     */
    public void notifyAll(List<Map.Entry<Learner, Map<String, String>>> notices, String kind) {
        Instant now = clock.instant();
        List<Notification> stored = new ArrayList<>(notices.size());
        List<Notification> toSend = new ArrayList<>();
        for (Map.Entry<Learner, Map<String, String>> notice : notices) {
            Learner learner = notice.getKey();
            boolean mail = learner.consents(EMAIL_CONSENT) && learner.email() != null;
            Notification n = new Notification(Ids.next(), learner.id(), kind, notice.getValue(), now, mail ? null : now);
            stored.add(n);
            if (mail) {
                toSend.add(n);
            }
        }
        store.insertNotifications(stored);
        if (!toSend.isEmpty()) {
            afterCommit(() -> toSend.forEach(this::deliver));
        }
    }

    /** The subject in this language, with the item's title in it (the id where the catalogue has none). */
    public String subject(Notification n, Locale locale) {
        return text(n, "subject", locale, args(n, locale));
    }

    public String body(Notification n, Locale locale) {
        return text(n, "body", locale, args(n, locale));
    }

    private String text(Notification n, String part, Locale locale, Object[] args) {
        return messages.getMessage("notification." + n.kind() + "." + part, args, n.kind(), locale);
    }

    /** The message arguments, the item named by its title in this language (looked up once for subject and body). */
    private Object[] args(Notification n, Locale locale) {
        String item = n.args().getOrDefault("item", "");
        return new Object[]{new CatalogueTitles(catalogue, locale.getLanguage()).of(item), n.args().getOrDefault("round", ""),
                n.args().getOrDefault("detail", "")};
    }

    private void deliver(Notification n) {
        try {
            Learner l = store.learner(n.learnerId()).orElse(null);
            String email = l != null && l.consents(EMAIL_CONSENT) ? l.email() : null;
            NotificationSender sender = senders
                    .getIfAvailable(() -> (x, e, s, b) -> LOG.info("notification {} ({}) for learner {} is stored{}", x.id(), x.kind(), x.learnerId(),
                            e == null ? "; no e-mail consent" : "; no mail sender is configured, so none was sent"));
            // the texts only for an e-mail (a bulk award stores thousands of notifications without one);
            // we do not know which language she reads: German first, as the university writes, then English
            String subject = "";
            String body = "";
            if (email != null) {
                Object[] de = args(n, Locale.GERMAN);
                Object[] en = args(n, Locale.ENGLISH);
                subject = text(n, "subject", Locale.GERMAN, de) + " | " + text(n, "subject", Locale.ENGLISH, en);
                body = text(n, "body", Locale.GERMAN, de) + "\n\n--- English ---\n\n" + text(n, "body", Locale.ENGLISH, en);
            }
            sender.send(n, email, subject, body);
            store.markSent(n.id(), clock.instant());
        } catch (RuntimeException e) {
            // the notification stays stored and visible on the learner's page
            LOG.warn("notification {} could not be sent: {}", n.id(), e.getClass().getSimpleName());
        }
    }
}
