package org.microdegree.admissions.rules;

import org.microdegree.shared.ApplicationId;
import org.microdegree.shared.RoundId;
import org.microdegree.shared.LearnerId;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.microdegree.admissions.model.ApplicantProfile;
import org.microdegree.admissions.model.Application;
import org.microdegree.admissions.model.ApplicationRound;
import org.microdegree.admissions.model.ApplicationStatus;
import org.microdegree.admissions.model.Ranking;
import org.microdegree.admissions.model.SelectionMode;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.ItemId;

/** Ranking, quotas and the waitlist, without a database. */
class SelectionTest {

    static final Instant T = Instant.parse("2025-09-01T10:00:00Z");

    static ApplicationRound round(int capacity, Integer perInstitution) {
        return new ApplicationRound(RoundId.of("luh:r"), InstitutionId.of("luh"), ItemKind.MICRO_DEGREE, ItemId.of("luh:md"), T, T.plusSeconds(3600),
                ZoneId.of("CET"), SelectionMode.RANKED, capacity, perInstitution, List.of(), List.of(), Ranking.GRADE_ONLY, null, T);
    }

    static Application app(String id, String uni, String grade, int secondsLate, ApplicationStatus status, Integer rank) {
        return new Application(ApplicationId.of(id), RoundId.of("luh:r"), LearnerId.of("l-" + id), InstitutionId.of(uni), T.plusSeconds(secondsLate), status,
                new ApplicantProfile(InstitutionId.of(uni), 7, 6, new BigDecimal(grade), Map.of()), List.of(), Set.of(), null, rank, null, null);
    }

    @Test
    void theQuotaOfAUniversityPassesItsPlaceToTheNextBestOfAnother() {
        List<Application> apps = List.of(app("a", "luh", "1.0", 0, ApplicationStatus.SUBMITTED, null),
                app("b", "luh", "1.3", 0, ApplicationStatus.SUBMITTED, null), app("c", "lut", "2.0", 0, ApplicationStatus.SUBMITTED, null),
                app("d", "luh", "1.3", 5, ApplicationStatus.SUBMITTED, null));
        var decisions = Selection.select(round(3, 2), apps);
        assertThat(decisions).extracting(d -> d.applicationId().value(), Selection.Decision::status, Selection.Decision::rank)
                .containsExactly(Tuple.tuple("a", ApplicationStatus.SELECTED, 1),
                        Tuple.tuple("b", ApplicationStatus.SELECTED, 2),
                        // d has b's grade but applied later: the tie goes to the earlier application
                        Tuple.tuple("d", ApplicationStatus.WAITLISTED, 3),
                        Tuple.tuple("c", ApplicationStatus.SELECTED, 4));
    }

    @Test
    void eachDecisionSaysWhyEvenWhenAHigherRankWaitsWhileALowerOneHasAPlace() {
        List<Application> apps = List.of(app("a", "luh", "1.0", 0, ApplicationStatus.SUBMITTED, null),
                app("b", "luh", "1.3", 0, ApplicationStatus.SUBMITTED, null), app("c", "lut", "2.0", 0, ApplicationStatus.SUBMITTED, null),
                app("d", "luh", "1.3", 5, ApplicationStatus.SUBMITTED, null), app("e", "lut", "2.3", 0, ApplicationStatus.SUBMITTED, null));
        var decisions = Selection.select(round(3, 2), apps);
        assertThat(decisions).extracting(d -> d.applicationId().value(), Selection.Decision::reason)
                .containsExactly(Tuple.tuple("a", "place 1 of 3, 1 of 2 for luh"),
                        Tuple.tuple("b", "place 2 of 3, 2 of 2 for luh"),
                        // rank 3 waits while rank 4 has a place: luh's two places are taken
                        Tuple.tuple("d", "the 2 places for luh are taken by higher ranks"),
                        Tuple.tuple("c", "place 3 of 3, 1 of 2 for lut"),
                        Tuple.tuple("e", "all 3 places are taken by higher ranks"));
    }

    @Test
    void whenAPlaceComesFreeTheBestWaitlistedWhoseUniversityHasRoomMovesUp() {
        List<Application> after = new ArrayList<>(List.of(app("a", "luh", "1.0", 0, ApplicationStatus.WITHDRAWN, 1),
                app("b", "luh", "1.3", 0, ApplicationStatus.SELECTED, 2), app("x", "lut", "1.3", 0, ApplicationStatus.SELECTED, 3),
                app("z", "lut", "1.3", 9, ApplicationStatus.ENROLLED, 3),
                app("y", "lut", "1.7", 0, ApplicationStatus.WAITLISTED, 4), app("d", "luh", "2.0", 0, ApplicationStatus.WAITLISTED, 5)));
        assertThat(Selection.moveUp(round(4, 2), after)).as("lut is full, so luh's d moves up").extracting(a -> a.id().value()).containsExactly("d");
        assertThat(Selection.moveUp(round(4, null), after)).as("without quotas the best waitlisted moves up").extracting(a -> a.id().value())
                .containsExactly("y");
    }
}
