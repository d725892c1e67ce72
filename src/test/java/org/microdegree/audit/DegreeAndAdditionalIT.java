package org.microdegree.audit;

import org.microdegree.shared.LearnerId;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microdegree.DatabaseIT;
import org.microdegree.audit.engine.AuditEngine;
import org.microdegree.audit.engine.AuditPolicy;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.Fixtures;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.results.AchievementInput;
import org.microdegree.results.Achievements;
import org.microdegree.admissions.EnrollingLearners;
import org.microdegree.learners.LearnerInput;
import org.microdegree.learners.Learners;
import org.microdegree.shared.Actor;
import org.microdegree.shared.Grant;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/**
 * Patterns 3 and 4 of the LUH model, on the worked example: a programme beside the degree counts
 * only what the degree does not, and a programme that is part of several degrees says which of its
 * sub-areas a student completed within the degree and which as an additional qualification.
 */
class DegreeAndAdditionalIT extends DatabaseIT {

    /** Pattern 4: an AI academy's programme across faculties, part of several degrees at once (shared). */
    private static final String APPLIED_AI = """
            format: microdegree-catalogue
            formatVersion: 1
            microDegrees:
              - id: luh:md-applied-ai
                version: 1
                status: published
                title:
                  en: Applied AI across Faculties
                  de: Angewandte KI über Fakultäten
                requirements:
                  allOf:
                    - microCredential: luh:mc-machine-learning
                    - microCredential: luh:mc-data-engineering
                    - microCredential: luh:mc-ai-ethics
                    - microCredential: luh:mc-ml-manufacturing
                  sharing: shared
                  label: Four sub-areas, within a degree or beside it
                creditPoints: 20
                eqfLevel: 6
                labourMarketRationale:
                  en: Employers need engineers and computer scientists who apply AI in their own field.
                targetGroups: [students, alumni]
                ruleProfiles: [luh-2023]
                jointAward: false
                languages: [en]
                mode: blended
                unit: luh:ai-academy
                counsellingContact: microdegrees@uni-hannover.de
                qualityAssurance: Internal quality assurance of LUH
            """;

    @Autowired Catalogue catalogue;
    @Autowired Learners learners;
    @Autowired EnrollingLearners enrollingLearners;
    @Autowired Achievements achievements;
    @Autowired Audits audits;

    private final Actor registrar = Actor.person("robin", "Robin Registrar", Set.of(Grant.of(Role.REGISTRAR, "luh")));
    private int reference;

    @BeforeEach
    void theWorkedExampleWithTheAiAcademysProgramme() {
        catalogue.importBundle("example.yaml", Fixtures.workedExampleYaml(), BundleSyntax.YAML, "test");
        catalogue.importBundle("applied-ai.yaml", APPLIED_AI.getBytes(StandardCharsets.UTF_8), BundleSyntax.YAML, "test");
    }

    private LearnerId student(String name, String degree, String... programmes) {
        LearnerId id = learners.create(new LearnerInput(name, name.toLowerCase().replace(' ', '.') + "@luh.example", null, "student", "luh",
                "S-" + name.hashCode(), List.of()), registrar).id();
        enrollingLearners.enrolDirectly(ItemKind.STUDY_PROGRAMME, ItemId.of(degree), id, registrar);
        for (String p : programmes) {
            enrollingLearners.enrolDirectly(ItemKind.MICRO_DEGREE, ItemId.of(p), id, registrar);
        }
        return id;
    }

    private void passes(LearnerId learner, String... modules) {
        for (String m : modules) {
            achievements.record(new AchievementInput(learner.value(), null, null, m, "2025-07-15", "de", "2.0", "5", "written-exam", true, true,
                    "R-" + ++reference), registrar, "api");
        }
    }

    private AuditReport report(LearnerId learner, String programme) {
        return audits.reports(learner, ItemId.of(programme), List.of(), registrar).getFirst();
    }

    @Test
    void theGapFillerAsksEachProgrammesStudentsForExactlyThePartsTheirDegreeLacks() {
        // Computer Science teaches Machine Learning, Electrical Engineering teaches Data Engineering
        LearnerId clara = student("Clara Informatik", "luh:bsc-computer-science", "luh:md-ai-essentials");
        LearnerId eva = student("Eva Elektro", "luh:bsc-electrical-engineering", "luh:md-ai-essentials");
        passes(clara, "luh:ml-fundamentals", "luh:data-engineering");
        passes(eva, "luh:ml-fundamentals", "luh:ai-ethics");

        AuditReport forClara = report(clara, "luh:md-ai-essentials");
        assertThat(forClara.complete()).as("her own degree's Machine Learning does not fill her gap").isFalse();
        assertThat(forClara.missing()).extracting(AuditReport.Missing::unit).containsExactly("luh:mc-ai-ethics");
        assertThat(report(eva, "luh:md-ai-essentials").complete()).as("Machine Learning and AI Ethics are what her degree lacks").isTrue();

        passes(clara, "luh:ai-ethics");
        assertThat(report(clara, "luh:md-ai-essentials").complete()).isTrue();
    }

    @Test
    void solarElectivesBeyondWhatTheDegreeNeedsMakeTheSolarProgrammeAndNoneCountsTwice() {
        LearnerId eva = student("Eva Elektro", "luh:bsc-electrical-engineering", "luh:md-solar-energy");
        // three solar electives of 5 CP: the degree needs 10 CP of electives, so only 5 CP are beyond it
        passes(eva, "luh:et-photovoltaics", "luh:et-solar-thermal", "luh:et-pv-power-electronics");
        AuditReport threeElectives = report(eva, "luh:md-solar-energy");
        assertThat(threeElectives.complete()).as("the degree keeps 10 of the 15 elective CP").isFalse();
        assertThat(threeElectives.reachedCreditPoints()).isEqualByComparingTo("5");

        // counting the same modules for the degree and the programme would have called it complete
        var naive = AuditEngine.audit(ItemId.of("luh:md-solar-energy"), catalogue.snapshot().microDegrees().stream()
                .filter(m -> m.id().value().equals("luh:md-solar-energy")).findFirst().orElseThrow().requirements(), 150,
                audits.evidenceOf(eva), audits.units(), AuditPolicy.on(LocalDate.now()));
        assertThat(naive.complete()).isTrue();

        // two more electives, one of them solar: the degree takes energy storage and one solar module, the programme three solar ones
        passes(eva, "luh:et-grid-integration", "luh:et-energy-storage");
        AuditReport fiveElectives = report(eva, "luh:md-solar-energy");
        assertThat(fiveElectives.complete()).isTrue();
        assertThat(fiveElectives.degree()).isEqualTo("luh:bsc-electrical-engineering");
        assertThat(fiveElectives.withinDegree()).as("beside the degree, every sub-area is additional").isEmpty();
        assertThat(fiveElectives.additional()).hasSize(3);
        assertThat(fiveElectives.evidenceUsed()).hasSize(3);
    }

    @Test
    void theAiAcademysProgrammeSaysPerStudentWhichSubAreasLieWithinTheirDegree() {
        LearnerId clara = student("Clara Informatik", "luh:bsc-computer-science", "luh:md-applied-ai");
        LearnerId eva = student("Eva Elektro", "luh:bsc-electrical-engineering", "luh:md-applied-ai");
        passes(clara, "luh:ml-fundamentals", "luh:data-engineering", "luh:ai-ethics", "luh:mb-ml-manufacturing");
        passes(eva, "luh:ml-fundamentals", "luh:data-engineering", "luh:ai-ethics", "luh:mb-ml-manufacturing");

        AuditReport forClara = report(clara, "luh:md-applied-ai");
        assertThat(forClara.complete()).isTrue();
        assertThat(forClara.withinDegree()).as("Machine Learning is compulsory in Computer Science").containsExactly("luh:mc-machine-learning");
        assertThat(forClara.additional()).containsExactlyInAnyOrder("luh:mc-data-engineering", "luh:mc-ai-ethics", "luh:mc-ml-manufacturing");

        AuditReport forEva = report(eva, "luh:md-applied-ai");
        assertThat(forEva.complete()).as("shared with the degree: its modules count for both").isTrue();
        assertThat(forEva.withinDegree()).as("Data Engineering is compulsory in Electrical Engineering").containsExactly("luh:mc-data-engineering");
        assertThat(forEva.additional()).containsExactlyInAnyOrder("luh:mc-machine-learning", "luh:mc-ai-ethics", "luh:mc-ml-manufacturing");
        assertThat(forEva.text()).contains("beside the degree luh:bsc-electrical-engineering: within it luh:mc-data-engineering");
    }

    @org.springframework.beans.factory.annotation.Autowired MockMvc mvc;

    @Test
    void aRegistrarRecordsTheDegreeAStudentStudiesByApiCsvOrFormAndHerAuditShowsTheSplit() throws Exception {
        LearnerId api = learners.create(new LearnerInput("Api Student", "api@luh.example", null, "student", "luh", "SP-1", List.of()), registrar).id();
        learners.create(new LearnerInput("Csv Student", "csv@luh.example", null, "student", "luh", "SP-2", List.of()), registrar);
        learners.create(new LearnerInput("Web Student", "web@luh.example", null, "student", "luh", "SP-3", List.of()), registrar);
        accounts.grant(ADMIN, Grant.of(Role.REGISTRAR, "luh"));
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/enrolments")
                .with(SecurityMockMvcRequestPostProcessors.httpBasic(ADMIN, PASSWORD))
                .contentType("application/json")
                .content("{\"learner\": \"" + api + "\", \"kind\": \"study-programme\", \"item\": \"luh:bsc-computer-science\"}"))
                .andExpect(MockMvcResultMatchers.status().isCreated());
        enrollingLearners.importEnrolments("enrolments.csv", """
                institution;student_number;kind;item
                luh;SP-2;study-programme;luh:bsc-computer-science
                """.getBytes(StandardCharsets.UTF_8), registrar);
        var signedIn = UsernamePasswordAuthenticationToken.authenticated(
                accounts.byEmail(ADMIN).orElseThrow().actor(), null, AuthorityUtils.createAuthorityList("ROLE_USER"));
        mvc.perform(MockMvcRequestBuilders.post("/registrar/enrolments")
                .with(SecurityMockMvcRequestPostProcessors.authentication(signedIn))
                .with(SecurityMockMvcRequestPostProcessors.csrf())
                .contentType("application/x-www-form-urlencoded")
                .content("institution=luh&studentNumber=SP-3&kind=study-programme&item=luh:bsc-computer-science"))
                .andExpect(MockMvcResultMatchers.redirectedUrl("/registrar"));
        for (String number : List.of("SP-1", "SP-2", "SP-3")) {
            LearnerId id = LearnerId.of(jdbc.queryForObject("select learner_id from learners_student_number where number = ?", String.class, number));
            enrollingLearners.enrolDirectly(ItemKind.MICRO_DEGREE, ItemId.of("luh:md-applied-ai"), id, registrar);
            passes(id, "luh:ml-fundamentals", "luh:data-engineering", "luh:ai-ethics", "luh:mb-ml-manufacturing");
            AuditReport r = report(id, "luh:md-applied-ai");
            assertThat(r.degree()).as(number).isEqualTo("luh:bsc-computer-science");
            assertThat(r.withinDegree()).as(number).containsExactly("luh:mc-machine-learning");
        }
    }

    /** A programme that takes results of grade 2.0 or better, from the last three years. */
    private static final String STRICT = """
            format: microdegree-catalogue
            formatVersion: 1
            microDegrees:
              - id: luh:md-ai-essentials-strict
                version: 1
                status: published
                title:
                  en: AI Essentials with Distinction
                requirements:
                  atLeast: 2
                  of:
                    - microCredential: luh:mc-machine-learning
                    - microCredential: luh:mc-data-engineering
                    - microCredential: luh:mc-ai-ethics
                creditPoints: 10
                eqfLevel: 6
                labourMarketRationale:
                  en: Employers ask for recent and good results.
                targetGroups: [alumni]
                ruleProfiles: [luh-2023]
                jointAward: false
                languages: [en]
                unit: luh:ai-academy
                counsellingContact: microdegrees@uni-hannover.de
                qualityAssurance: Internal quality assurance of LUH
                minimumGrade: 2.0
                resultsValidFor: P3Y
            """;

    @Test
    void aProgrammeCountsOnlyResultsGoodAndRecentEnough() {
        catalogue.importBundle("strict.yaml", STRICT.getBytes(StandardCharsets.UTF_8), BundleSyntax.YAML, "test");
        LearnerId id = learners.create(new LearnerInput("Alex Alumna", "alex@luh.example", null, "alumnus", "luh", "A-1", List.of()), registrar).id();
        enrollingLearners.enrolDirectly(ItemKind.MICRO_DEGREE, ItemId.of("luh:md-ai-essentials-strict"), id, registrar);
        String recent = LocalDate.now().minusMonths(6).toString();
        result(id, "luh:mc-machine-learning", recent, "1.3");
        result(id, "luh:mc-data-engineering", recent, "2.7"); // passed, but worse than 2.0
        result(id, "luh:mc-ai-ethics", LocalDate.now().minusYears(4).toString(), "1.0"); // good, but four years old
        AuditReport report = report(id, "luh:md-ai-essentials-strict");
        assertThat(report.complete()).isFalse();
        assertThat(report.evidenceUsed()).hasSize(1);

        result(id, "luh:mc-ai-ethics", recent, "1.7");
        assertThat(report(id, "luh:md-ai-essentials-strict").complete()).isTrue();
        assertThat(report(id, "luh:md-ai-essentials").complete()).as("the ordinary programme counts all three").isTrue();
    }

    private void result(LearnerId learner, String item, String date, String grade) {
        achievements.record(new AchievementInput(learner.value(), null, null, item, date, "de", grade, "5", "written-exam", true, true,
                "R-" + ++reference), registrar, "api");
    }
}
