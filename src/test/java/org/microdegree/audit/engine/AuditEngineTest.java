package org.microdegree.audit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.microdegree.audit.engine.SmallCatalogue.allOf;
import static org.microdegree.audit.engine.SmallCatalogue.atLeast;
import static org.microdegree.audit.engine.SmallCatalogue.mc;
import static org.microdegree.audit.engine.SmallCatalogue.md;
import static org.microdegree.audit.engine.SmallCatalogue.minCredits;
import static org.microdegree.audit.engine.SmallCatalogue.passed;
import static org.microdegree.audit.engine.SmallCatalogue.quota;
import static org.microdegree.audit.engine.SmallCatalogue.sharedMc;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.Requirement;
import org.microdegree.shared.ItemId;

/** The engine on small, named cases; AuditEngineProperties checks it against every allocation. */
class AuditEngineTest {

    static final ItemId MD = ItemId.of("luh:md-test");
    static final AuditPolicy TODAY = AuditPolicy.on(LocalDate.of(2026, 1, 1));

    SmallCatalogue catalogue = new SmallCatalogue().mc("luh:mc-a", 5, "luh:m-a").mc("luh:mc-b", 5, "luh:m-b1", "luh:m-b2")
            .mc("lut:mc-c", 5).mc("lut:mc-d", 5).module("luh:m-a", 5).module("luh:m-b1", 3).module("luh:m-b2", 2);

    AuditResult audit(Requirement tree, int cp, Proof... evidence) {
        return AuditEngine.audit(MD, tree, cp * 10, List.of(evidence), catalogue, TODAY);
    }

    @Test
    void firstFitGreedyFailsWhereTheExactAllocationSucceeds() {
        // "one of A or B", then "A": first fit gives A to the first node and has nothing left for the second
        Requirement tree = allOf(atLeast(1, mc("luh:mc-a"), mc("luh:mc-b")), mc("luh:mc-a"));
        AuditResult r = audit(tree, 10, passed("a", ItemKind.MICRO_CREDENTIAL, "luh:mc-a", 5), passed("b", ItemKind.MICRO_CREDENTIAL, "luh:mc-b", 5));
        assertThat(r.complete()).isTrue();
        assertThat(r.nodes()).filteredOn(n -> "luh:mc-b".equals(String.valueOf(n.unit()))).singleElement()
                .satisfies(n -> assertThat(n.proofs()).containsExactly("b"));
        assertThat(r.share()).isEqualTo(1.0);
    }

    @Test
    void oneResultIsNotCountedTwiceAtExclusiveNodesButMayBeAtSharedOnes() {
        Proof a = passed("a", ItemKind.MICRO_CREDENTIAL, "luh:mc-a", 5);
        assertThat(audit(allOf(mc("luh:mc-a"), atLeast(1, mc("luh:mc-a"), mc("lut:mc-c"))), 10, a).complete()).isFalse();
        assertThat(audit(allOf(sharedMc("luh:mc-a"), atLeast(1, sharedMc("luh:mc-a"), mc("lut:mc-c"))), 10, a).complete()).isTrue();
    }

    @Test
    void aMicroCredentialIsMetByAllItsModulesAndTheAllocationUsesAsLittleEvidenceAsPossible() {
        Proof b1 = passed("b1", ItemKind.MODULE, "luh:m-b1", 3);
        Proof b2 = passed("b2", ItemKind.MODULE, "luh:m-b2", 2);
        Proof b = passed("b", ItemKind.MICRO_CREDENTIAL, "luh:mc-b", 5);
        AuditResult viaModules = audit(allOf(mc("luh:mc-b")), 5, b1, b2);
        assertThat(viaModules.complete()).isTrue();
        assertThat(viaModules.used()).containsExactly("b1", "b2");
        AuditResult direct = audit(allOf(mc("luh:mc-b")), 5, b1, b2, b);
        assertThat(direct.used()).as("one result rather than two leaves the modules free").containsExactly("b");
        assertThat(audit(allOf(mc("luh:mc-b")), 5, b1).complete()).isFalse();
    }

    @Test
    void aMicroCredentialBuiltFromSmallerOnesIsMetWhenEachOfThemIsMetInAnyOfItsWays() {
        catalogue.mcOfMcs("luh:mc-ab", 10, "luh:mc-a", "luh:mc-b").mcOfMcs("luh:mc-loop", 5, "luh:mc-loop");
        Proof a = passed("a", ItemKind.MICRO_CREDENTIAL, "luh:mc-a", 5);
        Proof b1 = passed("b1", ItemKind.MODULE, "luh:m-b1", 3);
        Proof b2 = passed("b2", ItemKind.MODULE, "luh:m-b2", 2);
        AuditResult r = audit(allOf(mc("luh:mc-ab")), 10, a, b1, b2);
        assertThat(r.complete()).as("mc-a by its own result, mc-b by its two modules").isTrue();
        assertThat(r.used()).containsExactlyInAnyOrder("a", "b1", "b2");
        assertThat(audit(allOf(mc("luh:mc-ab")), 10, a, b1).complete()).as("mc-b lacks a module").isFalse();
        assertThat(audit(allOf(mc("luh:mc-loop")), 5, a).complete()).as("a catalogue cycle meets nothing and does not loop").isFalse();
    }

    @Test
    void creditsCountPartialRecognitionsAndQuotasCountUnitsPerInstitution() {
        Proof partial = new Proof("r", ItemKind.MICRO_CREDENTIAL, ItemId.of("lut:mc-c"), 30, null, LocalDate.of(2025, 3, 1));
        Proof a = passed("a", ItemKind.MICRO_CREDENTIAL, "luh:mc-a", 5);
        Requirement eight = minCredits(8, mc("luh:mc-a"), mc("lut:mc-c"));
        assertThat(audit(eight, 8, a, partial).complete()).isTrue();
        assertThat(audit(minCredits(10, mc("luh:mc-a"), mc("lut:mc-c")), 10, a, partial).complete()).isFalse();
        AuditResult progress = audit(minCredits(10, mc("luh:mc-a"), mc("lut:mc-c")), 10, a, partial);
        assertThat(progress.reachedTenths()).isEqualTo(80);
        assertThat(progress.share()).isEqualTo(0.8);

        Requirement split = quota(Map.of("luh", 1, "lut", 1), mc("luh:mc-a"), mc("luh:mc-b"), mc("lut:mc-c"), mc("lut:mc-d"));
        Proof b = passed("b", ItemKind.MICRO_CREDENTIAL, "luh:mc-b", 5);
        Proof d = passed("d", ItemKind.MICRO_CREDENTIAL, "lut:mc-d", 5);
        assertThat(audit(split, 10, a, b).complete()).as("two from LUH, none from LUT").isFalse();
        assertThat(audit(split, 10, a, d).complete()).isTrue();
    }

    @Test
    void aNestedProgrammeIsMetByItsOwnTreeAndTooOldOrTooWeakResultsDoNotCount() {
        catalogue.md("luh:md-inner", 10, allOf(mc("luh:mc-a"), mc("lut:mc-c")));
        Requirement outer = allOf(md("luh:md-inner"), mc("lut:mc-d"));
        Proof a = passed("a", ItemKind.MICRO_CREDENTIAL, "luh:mc-a", 5);
        Proof c = passed("c", ItemKind.MICRO_CREDENTIAL, "lut:mc-c", 5);
        Proof d = passed("d", ItemKind.MICRO_CREDENTIAL, "lut:mc-d", 5);
        AuditResult r = audit(outer, 15, a, c, d);
        assertThat(r.complete()).isTrue();
        assertThat(r.completedMicroCredentials()).extracting(ItemId::value).containsExactlyInAnyOrder("luh:mc-a", "lut:mc-c", "lut:mc-d");

        Proof old = new Proof("old", ItemKind.MICRO_CREDENTIAL, ItemId.of("lut:mc-d"), 50, 1.3, LocalDate.of(2018, 1, 1));
        AuditPolicy fiveYears = new AuditPolicy(null, Period.ofYears(5), LocalDate.of(2026, 1, 1));
        assertThat(AuditEngine.audit(MD, outer, 150, List.of(a, c, old), catalogue, fiveYears).complete()).isFalse();
        Proof weak = new Proof("weak", ItemKind.MICRO_CREDENTIAL, ItemId.of("lut:mc-d"), 50, 3.7, LocalDate.of(2025, 1, 1));
        AuditPolicy twoSeven = new AuditPolicy(2.7, null, LocalDate.of(2026, 1, 1));
        assertThat(AuditEngine.audit(MD, outer, 150, List.of(a, c, weak), catalogue, twoSeven).complete()).isFalse();
        assertThat(AuditEngine.audit(MD, outer, 150, List.of(a, c, weak), catalogue, TODAY).complete()).isTrue();
    }

    @Test
    void anUnmetProgrammeSaysWhichUnitsAreMissing() {
        AuditResult r = audit(allOf(mc("luh:mc-a"), mc("lut:mc-c")), 10, passed("a", ItemKind.MICRO_CREDENTIAL, "luh:mc-a", 5));
        assertThat(r.complete()).isFalse();
        assertThat(r.share()).isEqualTo(0.5);
        assertThat(r.nodes()).filteredOn(n -> n.type().equals("unit") && !n.satisfied()).extracting(n -> n.unit().value())
                .containsExactly("lut:mc-c");
        assertThat(r.nodes().getFirst().need()).isEqualTo("all 2");
    }

    @Test
    void aJointMastersQuotaIsAMaximumAsWellAsAMinimumAndProgressIsNeverMadeUp() {
        // 5 partners, 12 units of 5 CP by quota 3/2/2/3/2; one more unit of each offered than the quota takes
        Map<String, Integer> shares = Map.of("luh", 3, "lut", 2, "but", 2, "tuw", 3, "upm", 2);
        List<Requirement> units = new ArrayList<>();
        shares.forEach((inst, n) -> {
            for (int i = 0; i <= n; i++) {
                catalogue.mc(inst + ":mc-" + i, 5);
                units.add(mc(inst + ":mc-" + i));
            }
        });
        Requirement master = quota(shares, units.toArray(Requirement[]::new));
        // evidence: 4 LUH, 2 LUT, 2 BUT, 3 TUW, 1 UPM
        Map<String, Integer> passedPer = Map.of("luh", 4, "lut", 2, "but", 2, "tuw", 3, "upm", 1);
        List<Proof> evidence = new ArrayList<>();
        passedPer.forEach((inst, n) -> {
            for (int i = 0; i < n; i++) {
                evidence.add(passed(inst + "-" + i, ItemKind.MICRO_CREDENTIAL, inst + ":mc-" + i, 5));
            }
        });
        AuditResult r = AuditEngine.audit(MD, master, 600, evidence, catalogue, TODAY);
        assertThat(r.complete()).isFalse();
        assertThat(r.reachedTenths()).as("the fourth LUH unit adds nothing; one UPM unit is missing").isEqualTo(550);
        assertThat(r.nodes()).filteredOn(NodeResult::open).extracting(n -> n.unit().value())
                .containsExactlyInAnyOrder("upm:mc-1", "upm:mc-2");
    }

    @Test
    void aJointMasterOfFourProgrammesWithThreeCompleteNamesOnlyTheFourthsUnitsAsMissing() {
        for (int m = 1; m <= 4; m++) {
            catalogue.mc("luh:mc-" + m + "a", 5).mc("luh:mc-" + m + "b", 5).mc("luh:mc-" + m + "c", 5);
            catalogue.md("luh:md-" + m, 10, atLeast(2, mc("luh:mc-" + m + "a"), mc("luh:mc-" + m + "b"), mc("luh:mc-" + m + "c")));
        }
        Requirement master = allOf(md("luh:md-1"), md("luh:md-2"), md("luh:md-3"), md("luh:md-4"));
        List<Proof> evidence = new ArrayList<>();
        for (int m = 1; m <= 3; m++) {
            evidence.add(passed(m + "a", ItemKind.MICRO_CREDENTIAL, "luh:mc-" + m + "a", 5));
            evidence.add(passed(m + "b", ItemKind.MICRO_CREDENTIAL, "luh:mc-" + m + "b", 5));
        }
        AuditResult r = AuditEngine.audit(MD, master, 400, evidence, catalogue, TODAY);
        assertThat(r.complete()).isFalse();
        assertThat(r.reachedTenths()).isEqualTo(300);
        assertThat(r.nodes()).filteredOn(NodeResult::open).extracting(n -> n.unit().value())
                .containsExactlyInAnyOrder("luh:mc-4a", "luh:mc-4b", "luh:mc-4c");
        assertThat(r.nodes()).filteredOn(n -> "luh:md-1".equals(String.valueOf(n.unit())))
                .as("the completed programme is met, and its recognition route is not missing").noneMatch(NodeResult::open)
                .anyMatch(NodeResult::satisfied);
    }
}
