package org.microdegree.web;

import org.microdegree.shared.LearnerId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.awaitility.Awaitility;
import org.microdegree.admissions.EnrollingLearners;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.credentials.Certificates;
import org.microdegree.credentials.model.Certificate;
import org.microdegree.learners.LearnerInput;
import org.microdegree.learners.Learners;
import org.microdegree.results.AchievementInput;
import org.microdegree.results.Achievements;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ItemId;

/**
 * Lea Learner (L-0001, LUH), enrolled in "AI Essentials", passed Machine Learning and AI Ethics; the
 * AI Ethics certificate was revoked after an appeal. The journeys of her certificates start here.
 */
record LeasCertificates(LearnerId learner, Certificate machineLearning, Certificate aiEthics) {

    static LeasCertificates issued(Learners learners, EnrollingLearners enrolling, Achievements achievements, Certificates certificates,
            Actor registrar) {
        LearnerId id = learners.create(new LearnerInput("Lea Learner", "lea@luh.example", null, "student", "luh", "L-0001", List.of()),
                registrar).id();
        enrolling.enrolDirectly(ItemKind.MICRO_DEGREE, ItemId.of("luh:md-ai-essentials"), id, registrar);
        achievements.record(new AchievementInput(id.value(), null, null, "luh:mc-machine-learning", "2025-02-14", "de", "1.3", "5", "project",
                true, true, "ML-1"), registrar, "api");
        achievements.record(new AchievementInput(id.value(), null, null, "luh:mc-ai-ethics", "2025-03-03", "de", "2.0", "5", "written-exam",
                true, true, "ETH-1"), registrar, "api");
        Certificate machineLearning = certificateOf(certificates, id, "luh:mc-machine-learning", registrar);
        Certificate aiEthics = certificateOf(certificates, id, "luh:mc-ai-ethics", registrar);
        certificates.revoke(aiEthics.id(), "grade corrected after appeal", registrar);
        return new LeasCertificates(id, machineLearning, aiEthics);
    }

    /** Her certificate of this credential, once the award after the commit has issued it. */
    static Certificate certificateOf(Certificates certificates, LearnerId learner, String item, Actor registrar) {
        return Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> certificates.ofLearner(learner, registrar).stream().filter(c -> c.item().equals(item)).findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }
}
