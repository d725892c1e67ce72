package org.microdegree.demo;

import org.microdegree.results.RecognitionDecisionInput;
import org.microdegree.shared.RoundId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.results.AchievementInput;
import org.microdegree.results.Achievements;
import org.microdegree.admissions.ApplicationInput;
import org.microdegree.admissions.ApplicationRounds;
import org.microdegree.admissions.EnrollingLearners;
import org.microdegree.learners.LearnerInput;
import org.microdegree.learners.Learners;
import org.microdegree.admissions.PlacingApplications;
import org.microdegree.results.RecognitionInput;
import org.microdegree.results.Recognitions;
import org.microdegree.admissions.RoundInput;
import org.microdegree.admissions.SelectingApplicants;
import org.microdegree.admissions.model.Application;
import org.microdegree.admissions.model.ApplicationStatus;
import org.microdegree.learners.model.Learner;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.NotFoundException;

/**
 * The learners of the worked example, for the demo: the power programme "Sustainable Energy
 * Systems" selected from Master's students of LUH, LUT and BUT (pattern 6), two open rounds to
 * apply to, results of learners who completed micro-credentials and the programme "AI Essentials",
 * and recognition cases. Lea (learner@luh.example) is among them.
 */
final class DemoLearners {

    static final RoundId POWER_ROUND = RoundId.of("luh:power-energy-2025");

    private DemoLearners() {
    }

    record Person(String name, String email, String institution, String number, String grade, String english) {}

    static final List<Person> APPLICANTS = List.of(
            new Person("Lea Learner", "learner@luh.example", "luh", "2025-0001", "1.3", "C1"),
            new Person("Jonas Weber", "jonas.weber@luh.example", "luh", "2025-0002", "1.7", "C1"),
            new Person("Mia Schulz", "mia.schulz@luh.example", "luh", "2025-0003", "1.0", "C2"),
            new Person("Paul Krüger", "paul.krueger@luh.example", "luh", "2025-0004", "2.3", "B2"),
            new Person("Aino Virtanen", "aino.virtanen@lut.example", "lut", "0456781", "1.3", "C1"),
            new Person("Eero Mäkinen", "eero.makinen@lut.example", "lut", "0456782", "2.0", "C1"),
            new Person("Sanna Korhonen", "sanna.korhonen@lut.example", "lut", "0456783", "1.7", "B1"),
            new Person("Jakub Novák", "jakub.novak@but.example", "but", "xnovak01", "1.0", "C1"),
            new Person("Tereza Dvořáková", "tereza.dvorakova@but.example", "but", "xdvora02", "1.7", "B2"),
            new Person("Ondřej Svoboda", "ondrej.svoboda@but.example", "but", "xsvobo03", "2.7", "C1"));

    static void load(Learners learners, ApplicationRounds applicationRounds, PlacingApplications placingApplications, SelectingApplicants selectingApplicants,
            EnrollingLearners enrollingLearners, Achievements achievements, Recognitions recognitions) {
        try {
            applicationRounds.round(POWER_ROUND);
            return;
        } catch (NotFoundException firstStart) {
            // the demo's learners are made once per data directory
        }
        Actor registrar = Actor.operator("demo registrar");
        List<Learner> people = new ArrayList<>();
        for (Person p : APPLICANTS) {
            people.add(learners.create(new LearnerInput(p.name(), p.email(), null, "student", p.institution(), p.number(),
                    List.of("notifications-by-email")), registrar));
        }
        // pattern 6: the power programme, announced "11 September 2025, 23:00 CET", decided after the deadline
        applicationRounds.createRound(new RoundInput(POWER_ROUND.value(), "micro-degree", "luh:md-se-energy-systems", "2025-06-01T00:00",
                "2025-09-11T23:00", "CET", "ranked", 6, 2,
                List.of(RoundInput.Criterion.enrolledInMasterAt(List.of("luh", "lut", "but")),
                        RoundInput.Criterion.languageAtLeast("en", "B2")),
                List.of(), new RoundInput.Weights(1.0, 1.0)), registrar);
        Instant received = Instant.parse("2025-09-01T09:00:00Z");
        List<Application> applications = new ArrayList<>();
        for (int i = 0; i < APPLICANTS.size(); i++) {
            Person p = APPLICANTS.get(i);
            applications.add(placingApplications.enterReceived(POWER_ROUND, new ApplicationInput(people.get(i).id().value(), p.institution(), 7, 6, p.grade(),
                    Map.of("en", p.english())), received.plusSeconds(3600L * i), registrar));
        }
        for (int i = 0; i < applications.size(); i++) {
            if (!APPLICANTS.get(i).english().equals("B1")) {
                placingApplications.review(applications.get(i).id(), BigDecimal.valueOf(95 - 4L * i), Actor.operator("Prof. Dr. Review"));
            }
        }
        selectingApplicants.select(POWER_ROUND, registrar);
        // the selected take their places; one withdraws, and the waitlist moves up within her university
        List<Application> decided = applicationRounds.applications(POWER_ROUND, registrar);
        Application leaving = decided.stream().filter(a -> a.status() == ApplicationStatus.SELECTED && a.institution().value().equals("but"))
                .findFirst().orElseThrow();
        placingApplications.withdraw(leaving.id(), registrar);
        applicationRounds.applications(POWER_ROUND, registrar).stream().filter(a -> a.status() == ApplicationStatus.SELECTED)
                .forEach(a -> placingApplications.accept(a.id(), registrar));

        // rounds open now, to apply to in the demo
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        applicationRounds.createRound(new RoundInput("luh:ai-production-" + today.getYear(), "micro-degree", "luh:md-ai-in-production",
                today.minusDays(7) + "T00:00", today.plusDays(30) + "T23:00", "Europe/Berlin", "ranked", 20, null,
                List.of(new RoundInput.Criterion("prior-degree-at-least", null, 6, null, null)), List.of("cv"), new RoundInput.Weights(1.0, null)), registrar);
        applicationRounds.createRound(new RoundInput("luh:machine-learning-on-demand", "micro-credential", "luh:mc-machine-learning",
                today.minusDays(7) + "T00:00", today.plusDays(60) + "T23:59", "Europe/Berlin", "first-come", 25, null, List.of(), List.of(),
                null), registrar);

        // results: Lea completed "AI Essentials" (two of its three parts and the third); Jonas two parts of "AI in Production"
        String day = today.minus(40, ChronoUnit.DAYS).toString();
        record Result(int learner, String item, String grade, String reference) {}
        for (Result r : List.of(new Result(0, "luh:mc-machine-learning", "1.3", "DEMO-0001"), new Result(0, "luh:mc-data-engineering", "1.7", "DEMO-0002"),
                new Result(0, "luh:mc-ai-ethics", "2.0", "DEMO-0003"), new Result(1, "luh:mc-ml-manufacturing", "1.7", "DEMO-0004"),
                new Result(1, "luh:mc-predictive-maintenance", "2.3", "DEMO-0005"), new Result(3, "luh:mc-machine-learning", "5.0", "DEMO-0006"))) {
            achievements.record(new AchievementInput(people.get(r.learner()).id().value(), null, null, r.item(), day, "de", r.grade(),
                    r.grade().equals("5.0") ? "0" : "5", "written-exam", true, true, r.reference()), registrar, "web");
        }
        // Lea studies "AI Essentials" (and has met it), Jonas "AI in Production" (two of three parts so far)
        enrollingLearners.enrolDirectly(ItemKind.MICRO_DEGREE, ItemId.of("luh:md-ai-essentials"),
                people.get(0).id(), registrar);
        enrollingLearners.enrolDirectly(ItemKind.MICRO_DEGREE, ItemId.of("luh:md-ai-in-production"),
                people.get(1).id(), registrar);
        // recognition: Jonas's external micro-credential from TU Wien is granted; Mia's request waits for the examination office
        var jonasCase = recognitions.request(new RecognitionInput(people.get(1).id().value(), null, "TU Wien", "Computer Vision for Quality Control", "5",
                "1.7", "micro-credential", "luh:mc-vision-quality", null, null), registrar);
        recognitions.startReview(jonasCase.id(), registrar);
        recognitions.decide(jonasCase.id(),
                new RecognitionDecisionInput("granted", null, "Same learning outcomes at EQF 7, supervised written exam with identity check."), registrar);
        recognitions.request(new RecognitionInput(people.get(2).id().value(), null, "LUT University", "Energy Data Analytics", "3", "A",
                "micro-credential", "luh:mc-se-energy-data", null, null), registrar);
    }
}
