package org.microdegree.learners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microdegree.DatabaseIT;
import org.microdegree.TestClock;
import org.microdegree.admissions.ApplicationInput;
import org.microdegree.admissions.ApplicationRounds;
import org.microdegree.admissions.PlacingApplications;
import org.microdegree.admissions.RoundInput;
import org.microdegree.admissions.SelectingApplicants;
import org.microdegree.admissions.model.Application;
import org.microdegree.admissions.model.ApplicationRound;
import org.microdegree.admissions.model.ApplicationStatus;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.Fixtures;
import org.microdegree.learners.model.Learner;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ConflictException;
import org.microdegree.shared.Grant;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Pattern 6, the power programme: the best Master's students of LUH, LUT and BUT apply for the
 * joint micro-degree "Sustainable Energy Systems". 60 apply, 15 places, at most 5 per university.
 * Some cannot be considered; the rest are ranked by prior grade and reviewers' marks; when a
 * selected student withdraws, the best waitlisted student of the same university moves up.
 */
class PowerProgrammeIT extends DatabaseIT {

    static final Instant SUMMER = Instant.parse("2025-07-01T10:00:00Z");
    static final Instant AFTER_DEADLINE = Instant.parse("2025-09-12T08:00:00Z");
    static final List<String> UNIVERSITIES = List.of("luh", "lut", "but");

    @Autowired Catalogue catalogue;
    @Autowired Learners learners;
    @Autowired ApplicationRounds applicationRounds;
    @Autowired PlacingApplications placingApplications;
    @Autowired SelectingApplicants selectingApplicants;
    @Autowired TestClock clock;

    final Actor registrars = Actor.person("registrars", "Registrars of the alliance",
            Set.of(Grant.of(Role.REGISTRAR, "luh"), Grant.of(Role.REGISTRAR, "lut"), Grant.of(Role.REGISTRAR, "but")));
    final Actor reviewer = Actor.person("reviewer", "Prof. Review", Set.of(Grant.of(Role.QUALITY, "luh")));

    @BeforeEach
    void theWorkedExample() {
        catalogue.importBundle("example.yaml", Fixtures.workedExampleYaml(), BundleSyntax.YAML, "test");
        at(SUMMER);
    }

    void at(Instant now) {
        clock.set(now);
    }

    @org.junit.jupiter.api.AfterEach
    void backToNow() {
        clock.reset();
    }

    ApplicationRound powerProgrammeRound() {
        return applicationRounds.createRound(new RoundInput("luh:power-energy-2025", "micro-degree", "luh:md-se-energy-systems",
                "2025-06-01T00:00", "2025-09-11T23:00", "CET", "ranked", 15, 5,
                List.of(RoundInput.Criterion.enrolledInMasterAt(UNIVERSITIES),
                        RoundInput.Criterion.languageAtLeast("en", "B2")),
                List.of("cv"), new RoundInput.Weights(1.0, 1.0)), registrars);
    }

    record Applicant(Learner learner, String university, Application application) {}

    /** 20 Master's students per university; grades and marks spread so that ranks differ everywhere. */
    List<Applicant> sixtyApply(ApplicationRound round) {
        List<Applicant> out = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String uni = UNIVERSITIES.get(i % 3);
            Learner l = learners.create(new LearnerInput("Student " + i, "student" + i + "@" + uni + ".example", null, "student", uni,
                    "M" + (1000 + i), List.of()), registrars);
            String grade = List.of("1.0", "1.3", "1.7", "2.0", "2.3", "2.7", "3.0").get(i % 7);
            // applicant 7 speaks English at B1 only; applicants 8 and 9 send no CV
            String english = i == 7 ? "B1" : "C1";
            Application a = placingApplications.apply(round.id(), new ApplicationInput(l.id().value(), uni, 7, 6, grade, Map.of("en", english)), registrars);
            if (i != 8 && i != 9) {
                a = placingApplications.upload(a.id(), "cv", "cv.pdf", "application/pdf", ("CV of student " + i).getBytes(), registrars);
            }
            out.add(new Applicant(l, uni, a));
        }
        return out;
    }

    @Test
    void theBestFivePerUniversityAreSelectedAndTheWaitlistMovesUpWithinTheUniversity() {
        ApplicationRound round = powerProgrammeRound();
        assertThat(round.closesAt()).as("23:00 CET in September is summer time, UTC+2").isEqualTo(Instant.parse("2025-09-11T21:00:00Z"));
        List<Applicant> applicants = sixtyApply(round);

        // reviewers mark every application that can be considered
        for (Applicant a : applicants) {
            if (!List.of(7, 8, 9).contains(applicants.indexOf(a))) {
                placingApplications.review(a.application().id(), BigDecimal.valueOf(40 + (applicants.indexOf(a) * 37) % 60), reviewer);
            }
        }
        assertThatThrownBy(() -> selectingApplicants.select(round.id(), registrars)).as("no selection while the round is open")
                .isInstanceOf(ConflictException.class).hasMessageContaining("11 September 2025, 23:00 CEST");

        at(AFTER_DEADLINE);
        selectingApplicants.select(round.id(), registrars);
        List<Application> decided = applicationRounds.applications(round.id(), registrars);

        Map<ApplicationStatus, Long> byStatus = decided.stream().collect(Collectors.groupingBy(Application::status, Collectors.counting()));
        assertThat(byStatus).containsEntry(ApplicationStatus.SELECTED, 15L).containsEntry(ApplicationStatus.INELIGIBLE, 3L)
                .containsEntry(ApplicationStatus.WAITLISTED, 42L);
        for (String uni : UNIVERSITIES) {
            List<Application> ofUni = decided.stream().filter(a -> a.institution().equals(InstitutionId.of(uni)))
                    .filter(a -> a.status() != ApplicationStatus.INELIGIBLE).sorted(Comparator.comparing(Application::rank)).toList();
            assertThat(ofUni.subList(0, 5)).as("the five best of " + uni).allMatch(a -> a.status() == ApplicationStatus.SELECTED);
            assertThat(ofUni.subList(5, ofUni.size())).allMatch(a -> a.status() == ApplicationStatus.WAITLISTED);
        }
        assertThat(decided.stream().filter(a -> a.status() == ApplicationStatus.INELIGIBLE).map(Application::reason))
                .containsExactlyInAnyOrder("language en below B2", "document 'cv' missing", "document 'cv' missing");
        assertThat(decided).filteredOn(a -> a.status() == ApplicationStatus.SELECTED)
                .allSatisfy(a -> assertThat(a.score()).isGreaterThan(BigDecimal.ZERO));

        // every applicant is told the decision
        for (Applicant a : applicants) {
            String status = decided.stream().filter(d -> d.id().equals(a.application().id())).findFirst().orElseThrow().status().code();
            assertThat(learners.records(a.learner().id(), registrars).notifications()).extracting(n -> n.kind())
                    .containsExactly("application-received", status);
        }

        // a selected LUH student withdraws: the best waitlisted LUH student moves up, not a better one of a full university
        Application leaving = decided.stream().filter(a -> a.institution().value().equals("luh") && a.status() == ApplicationStatus.SELECTED)
                .findFirst().orElseThrow();
        Application nextAtLuh = decided.stream().filter(a -> a.institution().value().equals("luh") && a.status() == ApplicationStatus.WAITLISTED)
                .min(Comparator.comparing(Application::rank)).orElseThrow();
        Application bestWaitlisted = decided.stream().filter(a -> a.status() == ApplicationStatus.WAITLISTED)
                .min(Comparator.comparing(Application::rank)).orElseThrow();
        placingApplications.withdraw(leaving.id(), registrars);
        assertThat(placingApplications.application(nextAtLuh.id(), registrars).status()).isEqualTo(ApplicationStatus.SELECTED);
        if (!bestWaitlisted.id().equals(nextAtLuh.id())) {
            assertThat(placingApplications.application(bestWaitlisted.id(), registrars).status()).isEqualTo(ApplicationStatus.WAITLISTED);
        }
        assertThat(learners.records(nextAtLuh.learnerId(), registrars).notifications()).extracting(n -> n.kind()).contains("moved-up");

        // the selected take their places; the round never holds more than 15
        applicationRounds.applications(round.id(), registrars).stream().filter(a -> a.status() == ApplicationStatus.SELECTED)
                .forEach(a -> placingApplications.accept(a.id(), registrars));
        assertThat(applicationRounds.placesTaken(round.id())).isEqualTo(15);
        assertThat(applicationRounds.applications(round.id(), registrars)).filteredOn(a -> a.status() == ApplicationStatus.ENROLLED).hasSize(15);
        assertThatThrownBy(() -> selectingApplicants.select(round.id(), registrars)).isInstanceOf(ConflictException.class);
    }

    @Test
    void anApplicationAfterTheDeadlineIsRefusedAndOneAtTheDeadlineCounts() {
        ApplicationRound round = powerProgrammeRound();
        Learner early = learners.create(new LearnerInput("On Time", "ontime@luh.example", null, "student", "luh", "M1", List.of()), registrars);
        Learner late = learners.create(new LearnerInput("Too Late", "late@luh.example", null, "student", "luh", "M2", List.of()), registrars);
        at(round.closesAt());
        assertThat(placingApplications.apply(round.id(), new ApplicationInput(early.id().value(), "luh", 7, 6, "1.3", Map.of("en", "C1")), registrars).status())
                .isEqualTo(ApplicationStatus.SUBMITTED);
        at(round.closesAt().plusNanos(1_000));
        assertThatThrownBy(
                () -> placingApplications.apply(round.id(), new ApplicationInput(late.id().value(), "luh", 7, 6, "1.3", Map.of("en", "C1")), registrars))
                .isInstanceOf(ConflictException.class).hasMessageContaining("closed on 11 September 2025, 23:00 CEST");
    }
}
