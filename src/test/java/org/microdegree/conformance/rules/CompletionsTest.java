package org.microdegree.conformance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.microdegree.conformance.rules.DesignEdits.ruleBase;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microdegree.catalog.Fixtures;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.Requirement;
import org.microdegree.catalog.model.Requirement.Options;
import org.microdegree.catalog.model.Sharing;
import org.microdegree.shared.CreditPoints;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.ItemId;

/** What a requirement tree adds up to: only minimal completions, each unit's CP earned once. */
class CompletionsTest {

    private final Design base = Designs.of(DesignEdits.bundle(ruleBase()));

    private static Requirement mc(String id) {
        return new Requirement.Unit(ItemKind.MICRO_CREDENTIAL, ItemId.of(id), Options.DEFAULT);
    }

    private static Requirement module(String id) {
        return new Requirement.Unit(ItemKind.MODULE, ItemId.of(id), Options.DEFAULT);
    }

    private static List<CreditPoints> cp(int... points) {
        List<CreditPoints> out = new ArrayList<>();
        for (int p : points) {
            out.add(CreditPoints.of(p));
        }
        return out;
    }

    @Test
    void twoOfThreeMicroCredentialsGiveTenCreditPointsNotFifteen() {
        Completions.Result r = Completions.of(new Requirement.AtLeast(2, List.of(mc("luh:mc-1"), mc("luh:mc-2"), mc("luh:mc-3")), Options.DEFAULT), false,
                base);

        assertThat(r.totals()).containsExactly(CreditPoints.of(10));
        assertThat(r.fewestMicroCredentials()).isEqualTo(2);
    }

    @Test
    void aMinimumOfCreditsIsMetByMinimalSetsOnly() {
        // 5 + 5 reaches 8; adding a third MC would be more than needed
        Completions.Result r = Completions.of(new Requirement.MinCredits(CreditPoints.of(8),
                List.of(mc("luh:mc-1"), mc("luh:mc-2"), mc("luh:mc-3")), Options.DEFAULT), false, base);

        assertThat(r.totals()).isEqualTo(cp(10));
    }

    @Test
    void aUnitCountedTwiceAtExclusiveNodesIsNoCompletion() {
        Requirement twice = new Requirement.AllOf(List.of(mc("luh:mc-1"), mc("luh:mc-1")), Options.DEFAULT);

        assertThat(Completions.of(twice, false, base).totals()).isEmpty();
    }

    @Test
    void exactSearchFindsWhatFirstFitWouldMiss() {
        // first fit gives mc-1 to the first "one of" and leaves the second without a unit;
        // the exact search gives it mc-2 and the second mc-1
        Requirement tree = new Requirement.AllOf(List.of(
                new Requirement.AtLeast(1, List.of(mc("luh:mc-1"), mc("luh:mc-2")), Options.DEFAULT),
                new Requirement.AtLeast(1, List.of(mc("luh:mc-1")), Options.DEFAULT)), Options.DEFAULT);

        assertThat(Completions.of(tree, false, base).totals()).containsExactly(CreditPoints.of(10));
    }

    @Test
    void aSharedQuotaOverTheSameMicroCredentialsAddsNoCreditPoints() {
        Completions.Result r = Completions.of(Fixtures.sustainableEngineeringJointMaster().requirements(), false,
                Designs.of(Fixtures.workedExample()));

        assertThat(r.totals()).containsExactly(CreditPoints.of(60));
        assertThat(r.fewestMicroCredentials()).isEqualTo(12);
    }

    @Test
    void anExclusiveQuotaOverTheSameMicroCredentialsCannotBeMet() {
        Requirement units = new Requirement.AllOf(List.of(mc("luh:mc-j1"), mc("lut:mc-d")), Options.DEFAULT);
        Requirement quota = new Requirement.Quota(List.of(new Requirement.Share(InstitutionId.of("luh"), 1),
                new Requirement.Share(InstitutionId.of("lut"), 1)), List.of(mc("luh:mc-j1"), mc("lut:mc-d")), Options.DEFAULT);

        assertThat(Completions.of(new Requirement.AllOf(List.of(units, quota), Options.DEFAULT), false, base).totals()).isEmpty();
        Requirement shared = new Requirement.Quota(((Requirement.Quota) quota).shares(), ((Requirement.Quota) quota).from(),
                new Options(null, Sharing.SHARED));
        assertThat(Completions.of(new Requirement.AllOf(List.of(units, shared), Options.DEFAULT), false, base).totals())
                .containsExactly(CreditPoints.of(10));
    }

    @Test
    void modulesCountCreditPointsButAreNoMicroCredentials() {
        Completions.Result r = Completions.of(new Requirement.AllOf(List.of(mc("luh:mc-1"), module("luh:m2")), Options.DEFAULT), false, base);

        assertThat(r.totals()).containsExactly(CreditPoints.of(10));
        assertThat(r.fewestMicroCredentials()).isEqualTo(1);
    }

    @Test
    void aTreeWithTooManyCompletionsIsReportedUndecidedNotGuessed() {
        List<Requirement> many = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            many.add(mc("luh:mc-" + i));
        }
        Requirement shared = new Requirement.AtLeast(4, many, new Options(null, Sharing.SHARED));
        Requirement tree = new Requirement.AllOf(List.of(shared, new Requirement.AtLeast(4, many, Options.DEFAULT),
                new Requirement.AtLeast(4, many, new Options(null, Sharing.SHARED))), Options.DEFAULT);

        Completions.Result r = Completions.of(tree, false, base);

        assertThat(r.decided()).isFalse();
        assertThat(r.reason()).contains("ways");
    }

    @Test
    void anUnknownUnitLeavesTheQuestionUndecided() {
        assertThat(Completions.of(mc("luh:nothing"), false, base).decided()).isFalse();
    }
}
