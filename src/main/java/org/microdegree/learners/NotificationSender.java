package org.microdegree.learners;

import org.jspecify.annotations.Nullable;
import org.microdegree.learners.model.Notification;

/**
 * Delivers a stored notification, e.g. by e-mail. Provide a bean of this type to replace the
 * default, which only logs that a notification is ready (and never its recipient or text).
 */
public interface NotificationSender {

    /**
     * @param email   the learner's address, or null when they have none or withdrew consent to e-mail
     * @param subject the subject in the learner's language
     * @param body    the text in the learner's language
     */
    void send(Notification notification, @Nullable String email, String subject, String body);
}
