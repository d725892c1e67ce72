package org.microdegree.jobs.internal;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.microdegree.results.Achievements;
import org.microdegree.admissions.EnrollingLearners;
import org.microdegree.learners.ImportSummary;
import org.microdegree.learners.Learners;
import org.microdegree.shared.Actor;
import org.microdegree.shared.InvalidInputException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What an import would do, without doing it: the part is imported in a transaction that is rolled
 * back. Every error is found as the real import finds it, and the counts (new, changed, unchanged)
 * are the real ones.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ImportPreview {

    private final Learners learners;
    private final EnrollingLearners enrollingLearners;
    private final Achievements achievements;
    private final TransactionTemplate tx;

    public ImportSummary preview(String part, byte[] content, String source, Actor actor) {
        return tx.execute(status -> {
            status.setRollbackOnly();
            return switch (part) {
                case "learners.csv" -> learners.importCsv(source, content, actor);
                case "enrolments.csv" -> enrollingLearners.importEnrolmentsForJob(source, content, actor);
                case "achievements.csv" -> achievements.importForJob(source, content, actor);
                default -> throw InvalidInputException.of("file", "not a part that is imported from the browser: " + part);
            };
        });
    }
}
