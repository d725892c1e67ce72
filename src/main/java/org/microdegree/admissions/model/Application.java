package org.microdegree.admissions.model;

import org.microdegree.shared.RoundId;
import org.microdegree.shared.ApplicationId;
import org.microdegree.shared.LearnerId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.microdegree.shared.InstitutionId;

/** An application of a learner to a round, with the reviews and documents it has, and the decision. */
public record Application(ApplicationId id, RoundId roundId, LearnerId learnerId, InstitutionId institution, Instant submittedAt,
        ApplicationStatus status, ApplicantProfile profile, List<Review> reviews, Set<String> documents,
        @Nullable BigDecimal score, @Nullable Integer rank, @Nullable String reason, @Nullable Instant decidedAt) {

    public Application {
        reviews = List.copyOf(reviews);
        documents = Set.copyOf(documents);
    }
}
