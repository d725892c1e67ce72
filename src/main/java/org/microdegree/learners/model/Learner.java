package org.microdegree.learners.model;

import org.microdegree.shared.LearnerId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.microdegree.shared.InstitutionId;

/**
 * A learner: only what running their studies needs. After erasure name, e-mail, birth date,
 * student numbers and consents are gone; the id stays so that assessment records and issued
 * certificates keep their meaning without naming a person.
 */
public record Learner(LearnerId id, @Nullable String accountId, @Nullable String name, @Nullable String email,
        @Nullable LocalDate birthDate, LearnerStatus status, Map<InstitutionId, String> studentNumbers,
        List<Consent> consents, Instant createdAt, @Nullable Instant erasedAt) {

    public Learner {
        studentNumbers = Map.copyOf(studentNumbers);
        consents = List.copyOf(consents);
    }

    public boolean erased() {
        return erasedAt != null;
    }

    public boolean consents(String purpose) {
        return consents.stream().anyMatch(c -> c.purpose().equals(purpose) && c.active());
    }
}
