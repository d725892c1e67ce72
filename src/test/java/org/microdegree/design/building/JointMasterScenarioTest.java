package org.microdegree.design.building;

import static org.assertj.core.api.Assertions.assertThat;
import static org.microdegree.design.building.DesignTesting.WORKED_EXAMPLE;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.microdegree.catalog.model.MicroCredential;
import org.microdegree.catalog.model.MicroDegreeProgramme;
import org.microdegree.catalog.model.Requirement;
import org.microdegree.design.internal.solver.CpSatComposer;
import org.microdegree.shared.ItemId;

/**
 * Pattern 7 on the worked example: five universities negotiate 3/2/2/3/2 micro-credentials of 5 CP
 * at EQF 7 for a joint Master in Sustainable Engineering; LUH also offers AI micro-credentials at
 * EQF 7, which the composer must leave out because they teach none of the target skills.
 */
class JointMasterScenarioTest {

    static final Composer SOLVER = new CpSatComposer(1);

    static Map<String, Integer> quotas(int luh, int lut, int but, int tuw, int upm) {
        Map<String, Integer> q = new LinkedHashMap<>();
        q.put("luh", luh);
        q.put("lut", lut);
        q.put("but", but);
        q.put("tuw", tuw);
        q.put("upm", upm);
        return q;
    }

    /** The skills of the twelve sustainable-engineering micro-credentials: what the partners want taught. */
    static List<String> sustainabilitySkills() {
        return WORKED_EXAMPLE.microCredentials().stream().filter(mc -> mc.id().value().contains(":mc-se-"))
                .flatMap(mc -> mc.skills().stream()).distinct().toList();
    }

    static JointMaster.Input input(Map<String, Integer> quotas, List<JointMaster.Prerequisite> prerequisites) {
        return new JointMaster.Input(DesignTesting.settings("luh:jm-green-engineering", "Green Engineering"), quotas, null, null, null, 7,
                List.of(15), new JointMaster.Targets(sustainabilitySkills(), List.of()), prerequisites, 5_000L);
    }

    @Test
    void theComposerChoosesTheTwelveSustainabilityMicroCredentialsAndProvesItOptimal() {
        Draft draft = JointMaster.build(WORKED_EXAMPLE, input(quotas(3, 2, 2, 3, 2), List.of()), SOLVER);

        assertThat(draft.feasible()).isTrue();
        JointMaster.Report report = (JointMaster.Report) draft.report();
        assertThat(report.status()).isEqualTo("optimal");
        assertThat(report.coverage()).isEqualTo(report.targets()).isEqualTo(sustainabilitySkills().size());
        assertThat(report.chosen()).hasSize(12).allSatisfy(c -> assertThat(c.microCredential().value()).contains(":mc-se-"));
        assertThat(report.candidates()).as("LUH's AI micro-credentials at EQF 7 were candidates too").isEqualTo(15);
    }

    @Test
    void theChoiceIsOrganisedAsFourJointMicroDegreesOfFifteenCreditPointsUnderTheJointMaster() {
        Draft draft = JointMaster.build(WORKED_EXAMPLE, input(quotas(3, 2, 2, 3, 2), List.of()), SOLVER);

        List<MicroDegreeProgramme> mds = draft.bundle().microDegrees();
        assertThat(mds).hasSize(5);
        assertThat(mds.subList(0, 4)).allSatisfy(md -> {
            assertThat(md.creditPoints().toString()).isEqualTo("15");
            assertThat(md.jointAward()).isTrue();
            assertThat(md.microCredentials()).hasSize(3);
            assertThat(md.microCredentials().stream().map(ItemId::institution).distinct().count()).as("each joint MD has at least two partners")
                    .isGreaterThanOrEqualTo(2);
        });
        MicroDegreeProgramme master = mds.get(4);
        assertThat(master.id().value()).isEqualTo("luh:jm-green-engineering");
        assertThat(master.creditPoints().toString()).isEqualTo("60");
        assertThat(master.participatingInstitutions()).extracting(Object::toString).containsExactly("lut", "but", "tuw", "upm");
        var conformance = DesignTesting.conformance(draft, "luh-2023", "eu-2022");
        assertThat(conformance.errors()).extracting(f -> f.rule() + " " + f.path() + " " + f.message().en()).isEmpty();
    }

    @Test
    void aLearnerWhoCompletesAllTwelveEarnsTheJointMaster() {
        Draft draft = JointMaster.build(WORKED_EXAMPLE, input(quotas(3, 2, 2, 3, 2), List.of()), SOLVER);
        DesignTesting world = new DesignTesting(draft);
        ItemId master = ItemId.of("luh:jm-green-engineering");
        List<ItemId> chosen = ((JointMaster.Report) draft.report()).chosen().stream().map(JointMaster.Chosen::microCredential).toList();

        var ana = world.graduate();
        chosen.subList(0, 11).forEach(ana::passedMicroCredential);
        assertThat(ana.audit(master).complete()).isFalse();
        ana.passedMicroCredential(chosen.get(11));
        assertThat(ana.audit(master).complete()).isTrue();
    }

    @Test
    void aQuotaAboveWhatAPartnerOffersIsNamed() {
        Draft draft = JointMaster.build(WORKED_EXAMPLE, input(quotas(3, 2, 2, 4, 1), List.of()), SOLVER);

        assertThat(draft.feasible()).isFalse();
        assertThat(draft.reasons()).singleElement().satisfies(n -> {
            assertThat(n.code()).isEqualTo("joint-master.quota-exceeds-offer");
            assertThat(n.path()).isEqualTo("quotas.tuw");
            assertThat(n.args()).containsExactly("tuw", "4", "3", "5", "7");
        });
    }

    @Test
    void prerequisitesThatNeedMoreOfAPartnerThanItsQuotaAreNamedWithThatQuota() {
        // all three TU Wien micro-credentials are needed, and two of them build on LUH's, but LUH contributes one
        List<JointMaster.Prerequisite> prerequisites = List.of(
                new JointMaster.Prerequisite(ItemId.of("tuw:mc-se-digital-twins"), List.of(ItemId.of("luh:mc-se-energy-data"))),
                new JointMaster.Prerequisite(ItemId.of("tuw:mc-se-building-physics"), List.of(ItemId.of("luh:mc-se-life-cycle"))));
        Map<String, Integer> quotas = quotas(1, 2, 2, 3, 2);
        Draft draft = JointMaster.build(WORKED_EXAMPLE, new JointMaster.Input(
                DesignTesting.settings("luh:jm-green-engineering", "Green Engineering"), quotas, null, null, null, 7, List.of(10),
                null, prerequisites, 5_000L), SOLVER);

        assertThat(draft.feasible()).isFalse();
        assertThat(draft.reasons()).extracting(Note::path).contains("quotas.luh", "quotas.tuw");
        assertThat(draft.reasons()).extracting(Note::code).contains("joint-master.quota-conflict", "joint-master.prerequisite-conflict");
    }

    @Test
    void theSolverBeatsOrMatchesTheGreedyBaselineAndRespectsEveryConstraint() {
        var generated = JointMasterInstances.generate(5, 100, 3);
        Composer.Composition exact = SOLVER.compose(generated, 10_000);
        Composer.Composition greedy = new GreedyComposer().compose(generated, 10_000);

        assertThat(exact.status()).isEqualTo(Composer.Status.OPTIMAL);
        assertThat(exact.coverage()).isEqualTo(exact.bound()).isGreaterThanOrEqualTo(greedy.coverage());
        JointMasterInstances.assertRespected(generated, exact.chosen());
        JointMasterInstances.assertRespected(generated, greedy.chosen());
    }

    @Test
    void inALargeAllianceSomePartnersContributeUpToALimitAndTheTotalIsKept() {
        var alliance = JointMasterInstances.generate(12, 60, 5, true);
        Composer.Composition exact = SOLVER.compose(alliance, 30_000);
        Composer.Composition greedy = new GreedyComposer().compose(alliance, 30_000);

        assertThat(exact.status()).isEqualTo(Composer.Status.OPTIMAL);
        assertThat(exact.chosen()).hasSize(24);
        assertThat(exact.coverage()).isGreaterThanOrEqualTo(greedy.coverage());
        JointMasterInstances.assertRespected(alliance, exact.chosen());
        JointMasterInstances.assertRespected(alliance, greedy.chosen());
    }

    @Test
    void partnersWhoContributeUpToALimitAreChosenForCoverage() {
        Map<String, Integer> hosts = new LinkedHashMap<>();
        hosts.put("luh", 3);
        Map<String, Integer> others = new LinkedHashMap<>();
        others.put("lut", 2);
        others.put("but", 2);
        others.put("tuw", 3);
        others.put("upm", 2);
        Draft draft = JointMaster.build(WORKED_EXAMPLE, new JointMaster.Input(DesignTesting.settings("luh:jm-flexible", "Flexible"),
                hosts, others, 9, null, 7, List.of(15), new JointMaster.Targets(sustainabilitySkills(), List.of()), List.of(), 5_000L), SOLVER);

        assertThat(draft.feasible()).isTrue();
        JointMaster.Report report = (JointMaster.Report) draft.report();
        assertThat(report.chosen()).hasSize(9);
        assertThat(report.chosen().stream().filter(c -> c.institution().equals("luh"))).hasSize(3);
        var quota = (Requirement.Quota) ((Requirement.AllOf) draft.bundle().microDegrees().getLast().requirements()).of().getLast();
        assertThat(quota.total()).isEqualTo(9);
    }

    static MicroCredential mc(String id) {
        return WORKED_EXAMPLE.microCredential(ItemId.of(id)).orElseThrow();
    }
}
