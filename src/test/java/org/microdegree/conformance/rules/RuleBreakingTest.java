package org.microdegree.conformance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.microdegree.conformance.rules.DesignEdits.all;
import static org.microdegree.conformance.rules.DesignEdits.emptyList;
import static org.microdegree.conformance.rules.DesignEdits.remove;
import static org.microdegree.conformance.rules.DesignEdits.ruleBase;
import static org.microdegree.conformance.rules.DesignEdits.set;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.microdegree.policy.Profiles;
import org.microdegree.policy.model.ConformanceReport;
import org.microdegree.policy.model.Finding;
import org.microdegree.policy.model.Outcome;
import org.microdegree.policy.model.RuleProfile;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every rule of every shipped profile, broken alone: a design that breaks exactly that rule, and
 * the smallest change that makes it pass again. The base design meets all three profiles.
 */
class RuleBreakingTest {

    /**
     * @param implied other rules that must break with it, because their parameters make it so
     *                (under luh-2023 an MC below 1 CP is also far below the 5 CP average)
     */
    record Case(String rule, UnaryOperator<ObjectNode> breakIt, UnaryOperator<ObjectNode> fixIt, List<String> implied) {
        @Override
        public String toString() {
            return rule;
        }
    }

    static Case breaks(String rule, UnaryOperator<ObjectNode> breakIt, UnaryOperator<ObjectNode> fixIt, String... implied) {
        return new Case(rule, breakIt, fixIt, List.of(implied));
    }

    static final String SOLO = "microCredentials[luh:mc-solo]";
    static final String SOLO_MODULE = "modules[luh:m-solo]";
    static final String MD_X = "microDegrees[luh:md-x]";
    static final String JOINT = "microDegrees[luh:md-joint]";

    static Stream<Case> cases() {
        return Stream.of(
                // ---- luh-2023 ----
                breaks("luh-2023/mc-credits-range",
                        all(set(SOLO + ".creditPoints", "0.5"), set(SOLO_MODULE + ".creditPoints", "0.5")),
                        all(set(SOLO + ".creditPoints", 1), set(SOLO_MODULE + ".creditPoints", 1)),
                        "luh-2023/mc-credits-average"),
                breaks("luh-2023/mc-credits-average",
                        all(set(SOLO + ".creditPoints", 12), set(SOLO_MODULE + ".creditPoints", 12)),
                        all(set(SOLO + ".creditPoints", 10), set(SOLO_MODULE + ".creditPoints", 10))),
                breaks("luh-2023/mc-credits-sum-of-modules",
                        set(SOLO + ".creditPoints", 6),
                        set(SOLO_MODULE + ".creditPoints", 6)),
                breaks("luh-2023/md-credits-range",
                        all(set("microCredentials[luh:mc-2].creditPoints", 4), set("modules[luh:m2].creditPoints", 4), set(MD_X + ".creditPoints", 9)),
                        all(set(MD_X + ".requirements", "allOf: [{microCredential: 'luh:mc-1'}, {microCredential: 'luh:mc-2'}, {microCredential: 'luh:mc-3'}]"),
                                set(MD_X + ".creditPoints", 14))),
                breaks("luh-2023/md-credits-reachable",
                        all(set(MD_X + ".requirements",
                                "atLeast: 2\nof: [{microCredential: 'luh:mc-1'}, {microCredential: 'luh:mc-2'}, {microCredential: 'luh:mc-3'}]"),
                                set(MD_X + ".creditPoints", 15)),
                        set(MD_X + ".creditPoints", 10)),
                breaks("luh-2023/md-micro-credentials",
                        set(MD_X + ".requirements", "allOf: [{microCredential: 'luh:mc-1'}, {module: 'luh:m2'}]"),
                        set(MD_X + ".requirements", "allOf: [{microCredential: 'luh:mc-1'}, {microCredential: 'luh:mc-2'}]")),
                breaks("luh-2023/md-quota-total",
                        set(JOINT + ".requirements.allOf[1].quota[1].count", 1),
                        set(JOINT + ".requirements.allOf[1].quota[1].count", 2)),
                breaks("luh-2023/md-labour-market-rationale",
                        remove(MD_X + ".labourMarketRationale"),
                        set(MD_X + ".labourMarketRationale", "{en: Regional employers ask for it.}")),
                breaks("luh-2023/eqf-levels",
                        set(SOLO + ".eqfLevel", 5),
                        set(SOLO + ".eqfLevel", 6)),
                breaks("luh-2023/mc-learning-outcomes",
                        emptyList(SOLO + ".learningOutcomes"),
                        set(SOLO + ".learningOutcomes", "[{en: 'Explain the method.'}]")),
                breaks("luh-2023/mc-assessment",
                        remove(SOLO + ".assessment"),
                        set(SOLO + ".assessment", "written-exam")),
                breaks("luh-2023/mc-esco-skills",
                        emptyList(SOLO + ".skills"),
                        set(SOLO + ".skills", "['http://data.europa.eu/esco/skill/e87ec79a-c9ff-46f5-84fa-7a0f394cdf40']")),
                breaks("luh-2023/responsible-institution",
                        remove(SOLO + ".unit"),
                        set(SOLO + ".unit", "luh:zew")),
                breaks("luh-2023/counselling-contact",
                        remove(MD_X + ".counsellingContact"),
                        set(MD_X + ".counsellingContact", "microdegrees@luh.example")),
                // ---- luh-2025 ----
                breaks("luh-2025/mc-credits-range",
                        all(set(SOLO + ".creditPoints", 12), set(SOLO_MODULE + ".creditPoints", 12)),
                        all(set(SOLO + ".creditPoints", 10), set(SOLO_MODULE + ".creditPoints", 10))),
                breaks("luh-2025/mc-credits-sum-of-modules",
                        set(SOLO + ".creditPoints", 6),
                        set(SOLO_MODULE + ".creditPoints", 6)),
                breaks("luh-2025/md-credits-range",
                        all(set(MD_X + ".requirements", "allOf: [" + units(1, 7) + "]"), set(MD_X + ".creditPoints", 35)),
                        all(set(MD_X + ".requirements", "allOf: [" + units(1, 6) + "]"), set(MD_X + ".creditPoints", 30))),
                breaks("luh-2025/md-credits-reachable",
                        all(set(MD_X + ".requirements", "atLeast: 2\nof: [" + units(1, 3) + "]"), set(MD_X + ".creditPoints", 15)),
                        set(MD_X + ".creditPoints", 10)),
                breaks("luh-2025/md-micro-credentials",
                        set(MD_X + ".requirements", "allOf: [{microCredential: 'luh:mc-1'}, {module: 'luh:m2'}]"),
                        set(MD_X + ".requirements", "allOf: [{microCredential: 'luh:mc-1'}, {microCredential: 'luh:mc-2'}]")),
                breaks("luh-2025/eqf-levels",
                        set(SOLO + ".eqfLevel", 8),
                        set(SOLO + ".eqfLevel", 7)),
                breaks("luh-2025/mc-learning-outcomes",
                        emptyList(SOLO + ".learningOutcomes"),
                        set(SOLO + ".learningOutcomes", "[{en: 'Explain the method.'}]")),
                breaks("luh-2025/mc-esco-skills",
                        set(SOLO + ".skills", "['http://data.europa.eu/esco/skill/not-a-skill']"),
                        set(SOLO + ".skills", "['http://data.europa.eu/esco/skill/e87ec79a-c9ff-46f5-84fa-7a0f394cdf40']")),
                // ---- eu-2022 ----
                breaks("eu-2022/title",
                        remove(SOLO + ".title"),
                        set(SOLO + ".title", "{en: Solo micro-credential}")),
                // element 4 names the awarding body by its name and country: a country not given as
                // an ISO code leaves both elements 3 and 4 unstated (the reader requires the name)
                breaks("eu-2022/country-of-issuer",
                        set("institutions[lut].country", "Finland"),
                        set("institutions[lut].country", "FI"),
                        "eu-2022/awarding-body"),
                breaks("eu-2022/awarding-body",
                        set("institutions[lut].country", "Finland"),
                        set("institutions[lut].country", "FI"),
                        "eu-2022/country-of-issuer"),
                breaks("eu-2022/edc-legal-identifier",
                        remove("institutions[lut].legalIdentifier"),
                        set("institutions[lut].legalIdentifier", "SF LAPPEEN01")),
                breaks("eu-2022/learning-outcomes",
                        emptyList("microCredentials[luh:mc-1].learningOutcomes"),
                        set("microCredentials[luh:mc-1].learningOutcomes", "[{en: 'Explain the method.'}]")),
                breaks("eu-2022/workload",
                        remove(SOLO + ".creditPoints"),
                        set(SOLO + ".creditPoints", 5)),
                breaks("eu-2022/level",
                        remove(SOLO + ".eqfLevel"),
                        set(SOLO + ".eqfLevel", 7)),
                breaks("eu-2022/assessment-type",
                        remove("microCredentials[luh:mc-1].assessment"),
                        set("microCredentials[luh:mc-1].assessment", "oral-exam")),
                breaks("eu-2022/form-of-participation",
                        remove(SOLO + ".mode"),
                        set(SOLO + ".mode", "online")),
                breaks("eu-2022/quality-assurance",
                        remove(SOLO + ".qualityAssurance"),
                        set(SOLO + ".qualityAssurance", "Internal quality assurance of LUH")));
    }

    private static String units(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "{microCredential: 'luh:mc-" + i + "'}")
                .collect(Collectors.joining(", "));
    }

    @Test
    void theBaseDesignMeetsEveryRuleOfTheThreeShippedProfiles() {
        ConformanceReport report = Designs.check(DesignEdits.bundle(ruleBase()), "luh-2023", "luh-2025", "eu-2022");

        assertThat(report.problems()).extracting(RuleBreakingTest::describe).isEmpty();
    }

    @Test
    void everyShippedRuleHasACase() {
        Set<String> rules = new TreeSet<>();
        for (RuleProfile p : Profiles.shipped().values()) {
            p.rules().forEach(r -> rules.add(p.ruleId(r)));
        }
        Set<String> covered = cases().map(Case::rule).collect(Collectors.toCollection(TreeSet::new));
        assertThat(covered).isEqualTo(rules);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aDesignBreakingExactlyThisRuleAndTheChangeThatMendsIt(Case c) {
        String profile = c.rule().substring(0, c.rule().indexOf('/'));
        ObjectNode broken = c.breakIt().apply(ruleBase());
        ConformanceReport report = Designs.check(DesignEdits.bundle(broken), profile);

        Set<String> expected = new TreeSet<>(c.implied());
        expected.add(c.rule());
        assertThat(report.problems()).as("problems of the broken design").extracting(Finding::rule)
                .containsOnlyElementsOf(expected).contains(c.rule());
        assertThat(report.problems()).filteredOn(f -> f.rule().equals(c.rule()))
                .allSatisfy(f -> {
                    assertThat(f.outcome()).isEqualTo(f.severity().code().equals("error") ? Outcome.FAIL : Outcome.WARNING);
                    assertThat(f.message().en()).doesNotContain("{");
                    assertThat(f.message().de()).isNotNull().doesNotContain("{");
                    assertThat(f.suggestion()).isNotNull();
                });

        ConformanceReport mended = Designs.check(DesignEdits.bundle(c.fixIt().apply(broken)), profile);
        assertThat(mended.problems()).as("problems after the fix: at most those it implies").extracting(Finding::rule).isSubsetOf(c.implied());
        assertThat(mended.findings()).filteredOn(f -> f.rule().equals(c.rule())).isNotEmpty()
                .allSatisfy(f -> assertThat(f.outcome()).isIn(Outcome.PASS, Outcome.NOT_APPLICABLE));
    }

    private static String describe(Finding f) {
        return f.rule() + " " + f.path() + ": " + f.message().en();
    }
}
