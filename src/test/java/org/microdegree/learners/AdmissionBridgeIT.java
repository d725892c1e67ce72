package org.microdegree.learners;

import org.microdegree.results.RecognitionDecisionInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microdegree.DatabaseIT;
import org.microdegree.admissions.EnrollingLearners;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.Fixtures;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.learners.model.Learner;
import org.microdegree.results.AchievementInput;
import org.microdegree.results.Achievements;
import org.microdegree.results.LearnerEvidence;
import org.microdegree.results.RecognitionInput;
import org.microdegree.results.Recognitions;
import org.microdegree.results.model.Achievement;
import org.microdegree.results.model.RecognitionCase;
import org.microdegree.results.model.RecognitionStatus;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ConflictException;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.Grant;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Pattern 5, the admission bridge: Amira, an applicant from abroad to the M.Sc. Mechatronics, lacks
 * 10 CP of mathematics. She is enrolled in the 10 CP micro-degree "Mathematics Bridge", passes its
 * three micro-credentials, and afterwards asks that the two small ones (3 and 2 CP) be recognised
 * for her Master's. The examination office reviews and grants; the recognitions count as evidence.
 */
class AdmissionBridgeIT extends DatabaseIT {

    @Autowired Catalogue catalogue;
    @Autowired Learners learners;
    @Autowired LearnerEvidence evidence;
    @Autowired EnrollingLearners enrollingLearners;
    @Autowired Achievements achievements;
    @Autowired Recognitions recognitions;

    final Actor registrar = Actor.person("robin", "Robin Registrar", Set.of(Grant.of(Role.REGISTRAR, "luh")));
    final Actor otherRegistrar = Actor.person("rita", "Rita of LUT", Set.of(Grant.of(Role.REGISTRAR, "lut")));

    @BeforeEach
    void theWorkedExampleWithTheBridge() throws IOException {
        catalogue.importBundle("example.yaml", Fixtures.workedExampleYaml(), BundleSyntax.YAML, "test");
        try (var in = getClass().getResourceAsStream("/learners/admission-bridge.yaml")) {
            catalogue.importBundle("admission-bridge.yaml", in.readAllBytes(), BundleSyntax.YAML, "test");
        }
    }

    Achievement passed(Learner amira, String mc, String grade, String cp, String reference) {
        return achievements.record(new AchievementInput(amira.id().value(), null, null, mc, "2025-02-14", "de", grade, cp, "written-exam", true, true,
                reference), registrar, "api");
    }

    @Test
    void theMissingMathematicsIsBridgedAndTheSmallCredentialsAreLaterRecognisedForTheMaster() {
        Learner amira = learners.create(new LearnerInput("Amira Haddad", "amira@example.org", "1999-04-02", "external", "luh", "A-2025-17",
                List.of("notifications-by-email")), registrar);
        enrollingLearners.enrolDirectly(ItemKind.MICRO_DEGREE, ItemId.of("luh:md-math-bridge"), amira.id(), registrar);
        assertThatThrownBy(() -> enrollingLearners.enrolDirectly(ItemKind.MICRO_DEGREE, ItemId.of("luh:md-math-bridge"), amira.id(), registrar))
                .isInstanceOf(ConflictException.class);

        Achievement linearAlgebra = passed(amira, "luh:mc-math-linear-algebra", "1,7", "3", "EX-2025-0001");
        Achievement numerics = passed(amira, "luh:mc-math-numerics", "2.3", "2", "EX-2025-0002");
        passed(amira, "luh:mc-math-statistics", "1.3", "5", "EX-2025-0003");
        assertThat(evidence.of(amira.id())).hasSize(3).extracting(e -> e.creditPoints().intValue()).containsExactlyInAnyOrder(3, 2, 5);

        // later, admitted to the Master's, she asks that the two small credentials count there
        RecognitionCase forLinearAlgebra = recognitions.request(new RecognitionInput(amira.id().value(), linearAlgebra.id(), null, null, null, null,
                "study-programme", "luh:msc-mechatronics", null, null), registrar);
        RecognitionCase forNumerics = recognitions.request(new RecognitionInput(amira.id().value(), numerics.id(), null, null, null, null,
                "study-programme", "luh:msc-mechatronics", null, null), registrar);
        assertThat(forLinearAlgebra.requestedCreditPoints()).isEqualByComparingTo("3");
        assertThat(forLinearAlgebra.status()).isEqualTo(RecognitionStatus.REQUESTED);

        assertThatThrownBy(() -> recognitions.decide(forLinearAlgebra.id(), new RecognitionDecisionInput("granted", null, "equivalent"), registrar))
                .as("only a case under review is decided").isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> recognitions.startReview(forLinearAlgebra.id(), otherRegistrar))
                .as("a registrar of another university does not decide for LUH").isInstanceOf(ForbiddenException.class);
        recognitions.startReview(forLinearAlgebra.id(), registrar);
        recognitions.startReview(forNumerics.id(), registrar);
        assertThatThrownBy(() -> recognitions.decide(forNumerics.id(), new RecognitionDecisionInput("granted", null, " "), registrar))
                .as("a decision states its reasons").isInstanceOf(InvalidInputException.class);
        RecognitionCase granted = recognitions.decide(forLinearAlgebra.id(),
                new RecognitionDecisionInput("granted", null, "Same learning outcomes as the compulsory module MATH-LA of the M.Sc."), registrar);
        RecognitionCase partly = recognitions.decide(forNumerics.id(),
                new RecognitionDecisionInput("partially-granted", "1.5", "Covers the numerics part of MATH-NUM; the lab part is still to be taken."),
                registrar);

        assertThat(granted.status()).isEqualTo(RecognitionStatus.GRANTED);
        assertThat(granted.creditedCreditPoints()).isEqualByComparingTo("3");
        assertThat(granted.decidedBy()).isEqualTo("Robin Registrar");
        assertThat(partly.creditedCreditPoints()).isEqualByComparingTo("1.5");
        assertThat(recognitions.journal(granted.id(), registrar)).extracting("action")
                .containsExactly("requested", "under review", "granted");
        assertThat(evidence.of(amira.id())).filteredOn(e -> e.source().equals("recognition"))
                .extracting(e -> e.item().value(), e -> e.creditPoints())
                .containsExactlyInAnyOrder(Tuple.tuple("luh:msc-mechatronics", new BigDecimal("3.0")),
                        Tuple.tuple("luh:msc-mechatronics", new BigDecimal("1.5")));
        assertThat(learners.records(amira.id(), registrar).notifications()).extracting(n -> n.kind())
                .contains("enrolled", "recognition-granted", "recognition-partially-granted");
    }
}
