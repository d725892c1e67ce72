package org.microdegree.learners.internal;

import static org.microdegree.shared.PlainValues.map;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.microdegree.learners.model.JournalRow;
import org.microdegree.learners.model.Learner;
import org.microdegree.learners.model.Notification;

/** The learner's data export (GDPR art. 15 and 20) as a structured document: every record kept about her, in plain values. */
public final class ExportDocument {

    private ExportDocument() {
    }

    /** The export of a learner's record, what the other modules keep about her, her notifications and journal, made at {@code now}. */
    public static Map<String, Object> of(Learner l, Map<String, List<Map<String, Object>>> kept, List<Notification> notifications,
            List<JournalRow> journal, Instant now) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("exportedAt", now.toString());
        out.put("format", "microdegree learner export v1");
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("id", l.id());
        person.put("name", l.name());
        person.put("email", l.email());
        person.put("birthDate", l.birthDate() == null ? null : l.birthDate().toString());
        person.put("status", l.status().code());
        Map<String, String> numbers = new LinkedHashMap<>();
        l.studentNumbers().forEach((k, v) -> numbers.put(k.value(), v));
        person.put("studentNumbers", numbers);
        person.put("createdAt", l.createdAt().toString());
        person.put("erasedAt", l.erasedAt() == null ? null : l.erasedAt().toString());
        out.put("learner", person);
        out.put("consents", l.consents().stream().map(c -> map("purpose", c.purpose(), "givenAt", c.givenAt().toString(),
                "withdrawnAt", c.withdrawnAt() == null ? null : c.withdrawnAt().toString())).toList());
        out.putAll(kept);
        out.put("notifications", notifications.stream().map(n -> map("id", n.id(), "kind", n.kind(), "args", n.args(),
                "createdAt", n.createdAt().toString(), "sentAt", n.sentAt() == null ? null : n.sentAt().toString())).toList());
        out.put("journal", journal.stream().map(j -> map("subject", j.subject(), "at", j.at().toString(), "by", j.actor(),
                "action", j.action(), "detail", j.detail())).toList());
        return out;
    }
}
