package org.microdegree.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.microdegree.admissions.ApplicationInput;
import org.microdegree.admissions.RoundInput;
import org.microdegree.learners.LearnerInput;
import org.microdegree.results.AchievementInput;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.Violation;
import org.microdegree.shared.csv.CsvRow;

/** What a registrar or a client learns from one request: every mistake at once, named by its field. */
class InputsTest {

    @Test
    void aRoundWithEveryFieldWrongNamesEachFieldInTheOrderTheFormAsksForThem() {
        RoundInput round = new RoundInput("LUH round", "module", "", null, "2025-09-11T23:00", "CET", "lottery", 0, 0,
                List.of(new RoundInput.Criterion("best-grades", List.of("LUH"), 9, "eng", "B3")), List.of("CV"),
                new RoundInput.Weights(101.0, -1.0));

        List<Violation> problems = Inputs.violations(round);

        assertThat(problems).extracting(Violation::path).containsExactly("id", "item", "opens", "selection", "capacity", "perInstitution",
                "eligibility[0].eqf", "eligibility[0].institutions[0].<list element>", "eligibility[0].language", "eligibility[0].level",
                "eligibility[0].type", "documents[0].<list element>", "ranking.priorGrade", "ranking.reviews");
        assertThat(problems).extracting(Violation::reason).contains("'LUH round' is not an id of the form institution:name"
                + " (lower-case letters, digits, '-', '.', '_')", "required", "'lottery' is not one of ranked, first-come", "must be 1 to 100000",
                "an EQF level 1 to 8", "'LUH' is not an institution id", "a CEFR level A1 to C2", "a weight from 0 to 100");
    }

    @Test
    void aWellFormedRoundHasNoProblemsOfItsOwn() {
        RoundInput round = new RoundInput("luh:ai-2025", "micro-degree", "luh:md-ai", "2025-06-01T00:00", "2025-09-11T23:00", "CET", "ranked",
                30, 10, List.of(RoundInput.Criterion.languageAtLeast("en", "B2")), List.of("cv"), new RoundInput.Weights(1.0, 1.0));

        assertThat(Inputs.violations(round)).isEmpty();
        assertThat(Inputs.checked(round)).isSameAs(round);
    }

    @Test
    void aMissingCodeListsTheCodesOneMayChooseFrom() {
        LearnerInput lea = new LearnerInput("Lea Schmidt", "lea@example.org", null, null, "luh", "10001", List.of());

        assertThatThrownBy(() -> Inputs.checked(lea)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations()).containsExactly(
                        Violation.at("status", "required; one of student, alumnus, professional, doctoral-candidate, postdoc, external")));
    }

    @Test
    void whatAClientTypedIsQuotedAsTypedEvenWithBracesAndDollars() {
        ApplicationInput application = new ApplicationInput(null, "{luh}", 9, null, "${1+1}", Map.of());

        assertThat(Inputs.violations(application)).containsExactly(Violation.at("homeInstitution", "'{luh}' is not an institution id"),
                Violation.at("enrolledEqf", "an EQF level 1 to 8"), Violation.at("priorGrade", "'${1+1}' is not a number"));
    }

    @Test
    void anExamOfficeRowIsCheckedLikeTheApiBodyAndItsProblemsNameTheColumns() {
        AchievementInput row = new AchievementInput(null, "10001", "luh", "luh:mod-ml", "31.02.2025", "de", "7,0", "5.55555", "oral", false,
                false, "EX 1");

        assertThat(Inputs.violations(row)).extracting(v -> CsvRow.column(v.path()) + ": " + v.reason()).containsExactly(
                "date: '31.02.2025' is not a date such as 2025-07-14 or 14.07.2025",
                "credit_points: '5.55555' is not a number below 10,000 with at most three decimals",
                "assessment: 'oral' is not one of written-exam, oral-exam, project, portfolio, presentation, practical-work, thesis,"
                        + " continuous-assessment, other",
                "reference: 'EX 1' is not a key of letters, digits and . _ / -");
    }
}
