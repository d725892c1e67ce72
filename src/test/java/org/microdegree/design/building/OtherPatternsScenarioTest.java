package org.microdegree.design.building;

import static org.assertj.core.api.Assertions.assertThat;
import static org.microdegree.design.building.DesignTesting.WORKED_EXAMPLE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.microdegree.shared.CreditPoints;
import org.microdegree.catalog.Fixtures;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.catalog.format.BundleFormat;
import org.microdegree.catalog.model.CatalogueBundle;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.ItemId;

/** Patterns 1, 3, 4, 5 and 6 on the worked example, each told from the designer's input to a learner's audit. */
class OtherPatternsScenarioTest {

    static void conforms(Draft draft) {
        assertThat(draft.reasons()).isEmpty();
        assertThat(DesignTesting.conformance(draft, "luh-2023", "eu-2022").errors())
                .extracting(f -> f.rule() + " " + f.path() + " " + f.message().en()).isEmpty();
    }

    @Nested
    class UpdateForGraduates {

        Draft build(List<ItemId> rejected) {
            return Update.build(WORKED_EXAMPLE, new Update.Input(DesignTesting.settings("luh:md-ai-update", "AI Update"),
                    new Topic(List.of("production", "machine-learning", "computer-vision"), null), LocalDate.of(2024, 1, 1),
                    CreditPoints.of(15), 7, null, rejected), id -> Optional.of(LocalDate.of(2025, 4, 1)));
        }

        @Test
        void aGraduateGetsFifteenCreditPointsOfNewMasterModulesEachCertifiableOnItsOwn() {
            Draft draft = build(List.of());
            conforms(draft);
            Update.Report report = (Update.Report) draft.report();
            assertThat(report.proposals()).extracting(p -> p.module().value())
                    .containsExactly("luh:mb-ml-manufacturing", "luh:mb-vision-quality", "luh:mb-predictive-maintenance");

            DesignTesting world = new DesignTesting(draft);
            var graduate = world.graduate().passedMicroCredential(ItemId.of("luh:mc-ml-manufacturing"));
            assertThat(graduate.audit(ItemId.of("luh:md-ai-update")).complete()).isFalse();
            assertThat(graduate.audit(ItemId.of("luh:md-ai-update")).completedMicroCredentials())
                    .as("one course alone still earns its micro-credential").contains(ItemId.of("luh:mc-ml-manufacturing"));
            graduate.passedMicroCredential(ItemId.of("luh:mc-vision-quality")).passedMicroCredential(ItemId.of("luh:mc-predictive-maintenance"));
            assertThat(graduate.audit(ItemId.of("luh:md-ai-update")).complete()).isTrue();
        }

        @Test
        void aRejectedProposalIsNotReplacedWhenNothingElseIsNewInTheField() {
            Draft draft = build(List.of(ItemId.of("luh:mb-vision-quality")));
            assertThat(draft.feasible()).isFalse();
            assertThat(draft.reasons()).extracting(Note::code).containsExactly("update.short");
        }
    }

    @Nested
    class ElectiveExtensionOfElectricalEngineering {

        Draft build() {
            return ElectiveExtension.build(WORKED_EXAMPLE, new ElectiveExtension.Input(DesignTesting.settings("luh:md-solar-plus", "Solar Plus"),
                    ItemId.of("luh:bsc-electrical-engineering"), new Topic(List.of("solar-energy"), null), CreditPoints.of(15), false));
        }

        @Test
        void electivesTheDegreeCountsDoNotCountAgain() {
            Draft draft = build();
            conforms(draft);
            DesignTesting world = new DesignTesting(draft);
            ItemId md = ItemId.of("luh:md-solar-plus");

            var sophie = world.studentOf("luh:bsc-electrical-engineering").withHerDegreesCompulsoryModules()
                    .passedModule("luh:et-photovoltaics").passedModule("luh:et-solar-thermal").passedModule("luh:et-pv-power-electronics");
            assertThat(sophie.audit(md).complete()).as("10 of her 15 solar CP are the degree's electives").isFalse();

            sophie.passedModule("luh:et-energy-storage").passedModule("luh:et-high-voltage");
            assertThat(sophie.audit(md).complete()).as("the degree takes two other electives; all solar ones are free").isTrue();
        }

        @Test
        void theReportSaysHowManyElectivesAStudentTakesInAll() {
            ElectiveExtension.Report report = (ElectiveExtension.Report) build().report();
            assertThat(report.electivesNeeded().toString()).isEqualTo("25");
            assertThat(report.onTopic()).hasSize(4);
        }
    }

    @Nested
    class InterconnectedAiAcrossFaculties {

        Draft build() {
            return Interconnected.build(WORKED_EXAMPLE, new Interconnected.Input(DesignTesting.settings("luh:md-ai-across", "AI Across"),
                    List.of(ItemId.of("luh:bsc-computer-science"), ItemId.of("luh:bsc-electrical-engineering"), ItemId.of("luh:bsc-geodesy")),
                    new Topic(List.of("machine-learning", "data-engineering", "ai-ethics", "computer-vision"), null), List.of(20, 25)));
        }

        @Test
        void twentyAndTwentyFiveCreditPointsWithWhatFallsInsideEachDegree() {
            Draft draft = build();
            conforms(draft);
            Interconnected.Report report = (Interconnected.Report) draft.report();
            assertThat(report.variants()).extracting(v -> v.credits().toString()).containsExactly("20", "25");
            Map<String, String> cs = report.variants().getFirst().perStudyProgramme().get("luh:bsc-computer-science");
            assertThat(cs).containsEntry("luh:mc-machine-learning", "within-degree").containsEntry("luh:mc-ai-ethics", "additional");
        }

        @Test
        void aComputerScienceStudentsMachineLearningCountsForBothAndIsListedAsWithinTheDegree() {
            Draft draft = build();
            DesignTesting world = new DesignTesting(draft);
            ItemId md = ItemId.of("luh:md-ai-across-20");
            var variant = ((Interconnected.Report) draft.report()).variants().getFirst();

            var clara = world.studentOf("luh:bsc-computer-science").withHerDegreesCompulsoryModules();
            variant.microCredentials().stream().filter(mc -> !mc.value().equals("luh:mc-machine-learning")).forEach(clara::passedMicroCredential);
            assertThat(clara.audit(md).complete()).isTrue();
            assertThat(clara.withinDegree(md)).containsEntry(ItemId.of("luh:mc-machine-learning"), true)
                    .containsEntry(ItemId.of("luh:mc-ai-ethics"), false);
        }
    }

    @Nested
    class AdmissionBridgeForAGeodesyGraduate {

        Draft build(int mlCredits) {
            return AdmissionBridge.build(WORKED_EXAMPLE, new AdmissionBridge.Input(DesignTesting.settings("luh:md-bridge", "Bridge"),
                    new AdmissionBridge.Requirements(null, List.of(new AdmissionBridge.Credits("machine-learning", CreditPoints.of(mlCredits)),
                            new AdmissionBridge.Credits("data-engineering", CreditPoints.of(5)), new AdmissionBridge.Credits("ai-ethics", CreditPoints.of(5))),
                            6, List.of(new AdmissionBridge.Language("en", "B2"))),
                    new AdmissionBridge.Record(6, List.of(new AdmissionBridge.Credits("ai-ethics", CreditPoints.of(5))),
                            List.of(new AdmissionBridge.Language("en", "B1"))),
                    null));
        }

        @Test
        void theSmallestSetOfMicroCredentialsClosesTheGapAsAnMdOfTenCreditPoints() {
            Draft draft = build(5);
            conforms(draft);
            AdmissionBridge.Report report = (AdmissionBridge.Report) draft.report();
            assertThat(report.gaps()).extracting(AdmissionBridge.Gap::subject).containsExactly("machine-learning", "data-engineering");
            assertThat(report.bridge()).extracting(ItemId::value).containsExactly("luh:mc-data-engineering", "luh:mc-machine-learning");
            assertThat(report.bridgeCredits().toString()).isEqualTo("10");
            assertThat(report.openLanguages()).containsExactly("en B2");

            var applicant = new DesignTesting(draft).graduate();
            report.bridge().forEach(applicant::passedMicroCredential);
            assertThat(applicant.audit(ItemId.of("luh:md-bridge")).complete()).isTrue();
        }

        @Test
        void aGapBeyondFifteenCreditPointsIsNamed() {
            Draft draft = build(15);
            assertThat(draft.feasible()).isFalse();
            assertThat(draft.reasons()).extracting(Note::code).containsAnyOf("admission-bridge.cannot-close", "admission-bridge.too-large");
        }
    }

    @Nested
    class PowerProgrammeOfThreeUniversities {

        Draft build(String zone) {
            return PowerProgramme.build(WORKED_EXAMPLE, new PowerProgramme.Input(DesignTesting.settings("luh:md-power", "Power"),
                    List.of("luh", "lut", "tuw"), new Topic(List.of("sustainable-engineering"), null), CreditPoints.of(15), 7,
                    new PowerProgramme.Round(Map.of("luh", 5, "lut", 5, "tuw", 4), 0.6, 0.4, null,
                            LocalDateTime.of(2027, 3, 15, 23, 0), zone)));
        }

        @Test
        void oneMicroCredentialFromEachPartnerAndTheRoundPreset() {
            Draft draft = build("Europe/Berlin");
            conforms(draft);
            PowerProgramme.Report report = (PowerProgramme.Report) draft.report();
            assertThat(report.perPartner()).containsEntry("luh", 1).containsEntry("lut", 1).containsEntry("tuw", 1);
            assertThat(report.applicationRound().capacity()).isEqualTo(14);
            assertThat(report.applicationRound().closesAt()).isEqualTo("2027-03-15T23:00+01:00");
            var md = draft.bundle().microDegrees().getFirst();
            assertThat(md.jointAward()).isTrue();
            assertThat(md.participatingInstitutions()).extracting(Object::toString).containsExactly("lut", "tuw");
        }

        @Test
        void anAllianceWhoseUnitsAreOfOneToThreeEctsGetsItsProgrammeFromThem() {
            // the partners offer only small units on the topic: 3, 2 and 1 ECTS, made from their modules
            CatalogueBundle example = Fixtures.workedExample();
            StringBuilder yaml = new StringBuilder("format: microdegree-catalogue\nformatVersion: 1\nmicroCredentials:\n");
            Map<String, String> modules = Map.of("luh", "luh:se-life-cycle", "lut", "lut:se-energy-transition", "tuw", "tuw:se-digital-twins");
            for (String partner : List.of("luh", "lut", "tuw")) {
                for (int cp : List.of(3, 2, 1)) {
                    yaml.append("  - id: ").append(partner).append(":mc-small-").append(cp).append("\n    status: published\n    title: {en: Unit ")
                            .append(cp).append("}\n    modules: [").append(modules.get(partner)).append("]\n    creditPoints: ").append(cp)
                            .append("\n    eqfLevel: 7\n");
                }
            }
            CatalogueBundle small = new BundleFormat().read("small.yaml", yaml.toString().getBytes(StandardCharsets.UTF_8), BundleSyntax.YAML).bundle();
            Offer alliance = new Offer(new CatalogueBundle(example.format(), example.formatVersion(), example.institutions(), example.studyProgrammes(),
                    example.modules(), small.microCredentials(), List.of()));
            Draft draft = PowerProgramme.build(alliance, new PowerProgramme.Input(DesignTesting.settings("luh:md-power-small", "Power"),
                    List.of("luh", "lut", "tuw"), new Topic(List.of("sustainable-engineering"), null), CreditPoints.of(15), 7,
                    new PowerProgramme.Round(Map.of("luh", 5, "lut", 5, "tuw", 4), 0.6, 0.4, null, LocalDateTime.of(2027, 3, 15, 23, 0),
                            "Europe/Berlin")));
            assertThat(draft.feasible()).as(draft.reasons().toString()).isTrue();
            PowerProgramme.Report report = (PowerProgramme.Report) draft.report();
            assertThat(report.microCredentials()).as("3 + 3 + 3 + 2 + 2 + 2 = 15, each partner's largest first")
                    .containsExactly("luh:mc-small-3", "lut:mc-small-3", "tuw:mc-small-3", "luh:mc-small-2", "lut:mc-small-2", "tuw:mc-small-2");
            assertThat(report.perPartner()).containsEntry("luh", 2).containsEntry("lut", 2).containsEntry("tuw", 2);
            assertThat(draft.notes()).extracting(Note::code).contains("power-programme.credited");

            Draft tooFew = PowerProgramme.build(alliance, new PowerProgramme.Input(DesignTesting.settings("luh:md-power-small", "Power"),
                    List.of("luh", "lut"), new Topic(List.of("sustainable-engineering"), null), CreditPoints.of(15), 7,
                    new PowerProgramme.Round(Map.of("luh", 5, "lut", 5), 0.6, 0.4, null, LocalDateTime.of(2027, 3, 15, 23, 0), "Europe/Berlin")));
            assertThat(tooFew.feasible()).as("two partners' 12 ECTS do not make 15").isFalse();
            assertThat(tooFew.reasons()).extracting(Note::code).containsExactly("power-programme.short");
        }

        @Test
        void anUnknownTimeZoneIsBadInput() {
            Assertions.assertThatThrownBy(() -> build("Mars/Olympus"))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("applicationRound.zone");
        }
    }
}
