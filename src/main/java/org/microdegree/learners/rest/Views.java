package org.microdegree.learners.rest;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.microdegree.learners.model.Learner;
import org.microdegree.learners.model.Notification;

/** What the learners API shows: plain strings and numbers, stable field names. */
final class Views {

    private Views() {
    }

    record LearnerView(String id, @Nullable String name, @Nullable String email, @Nullable String birthDate, String status,
            Map<String, String> studentNumbers, List<Map<String, Object>> consents, Instant createdAt, @Nullable Instant erasedAt) {
        static LearnerView of(Learner l) {
            Map<String, String> numbers = new TreeMap<>();
            l.studentNumbers().forEach((k, v) -> numbers.put(k.value(), v));
            return new LearnerView(l.id().value(), l.name(), l.email(), l.birthDate() == null ? null : l.birthDate().toString(), l.status().code(),
                    numbers, l.consents().stream().map(c -> {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("purpose", c.purpose());
                        m.put("givenAt", c.givenAt());
                        m.put("withdrawnAt", c.withdrawnAt());
                        return m;
                    }).toList(), l.createdAt(), l.erasedAt());
        }
    }

    record NotificationView(String id, String kind, Map<String, String> args, Instant createdAt, @Nullable Instant sentAt) {
        static NotificationView of(Notification n) {
            return new NotificationView(n.id(), n.kind(), n.args(), n.createdAt(), n.sentAt());
        }
    }
}
