package org.microdegree.audit;

import org.microdegree.credentials.AwardingCertificates;
import org.microdegree.shared.LearnerId;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.microdegree.DatabaseIT;
import org.microdegree.audit.engine.AuditResult;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.Fixtures;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.credentials.CertificateForms;
import org.microdegree.credentials.Certificates;
import org.microdegree.credentials.Verification;
import org.microdegree.results.AchievementInput;
import org.microdegree.results.Achievements;
import org.microdegree.admissions.EnrollingLearners;
import org.microdegree.learners.LearnerInput;
import org.microdegree.learners.Learners;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.Grant;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Pattern 7, the joint Master "Sustainable Engineering" of the worked example: four joint
 * programmes of 15 CP, and the quota negotiated among five universities (3 LUH, 2 LUT, 2 BUT,
 * 3 TU Wien, 2 UPM), marked shared so that the same micro-credentials count for both.
 */
class JointMasterIT extends DatabaseIT {

    static final List<String> TWELVE = List.of("luh:mc-se-life-cycle", "luh:mc-se-energy-data", "luh:mc-se-sustainable-geodata",
            "lut:mc-se-solar-economy", "lut:mc-se-energy-transition", "but:mc-se-circular-manufacturing", "but:mc-se-lean-production",
            "tuw:mc-se-building-physics", "tuw:mc-se-environmental-engineering", "tuw:mc-se-digital-twins", "upm:mc-se-industrial-ecology",
            "upm:mc-se-sustainable-process");

    @Autowired Catalogue catalogue;
    @Autowired Learners learners;
    @Autowired EnrollingLearners enrollingLearners;
    @Autowired Achievements achievements;
    @Autowired Audits audits;

    final Actor offices = Actor.operator("examination offices of the alliance");

    LearnerId studentWith(String name, List<String> passed) {
        LearnerId id = learners.create(new LearnerInput(name, name.toLowerCase().replace(' ', '.') + "@luh.example", null, "student", "luh", name,
                List.of()), offices).id();
        enrollingLearners.enrolDirectly(ItemKind.MICRO_DEGREE, ItemId.of("luh:jm-sustainable-engineering"), id, offices);
        for (String mc : passed) {
            achievements.record(new AchievementInput(id.value(), null, null, mc, "2025-06-30", "ects", "B", "5", "project", true, true,
                    name.replace(' ', '-') + "-" + mc.replace(':', '-')), offices, "api");
        }
        return id;
    }

    @Test
    void allTwelveMicroCredentialsEarnTheJointMasterAndAMissingTuWienOneBreaksItsQuota() {
        catalogue.importBundle("example.yaml", Fixtures.workedExampleYaml(), BundleSyntax.YAML, "test");
        LearnerId complete = studentWith("Elena Complete", TWELVE);
        AuditResult done = audits.audit(complete, null, List.of(), offices).getFirst();
        assertThat(done.complete()).isTrue();
        assertThat(done.reachedTenths()).isEqualTo(600);
        assertThat(done.used()).as("each result once, though counted in a programme and in the shared quota").hasSize(12);

        LearnerId missing = studentWith("Tomas Missing", TWELVE.stream().filter(mc -> !mc.equals("tuw:mc-se-digital-twins")).toList());
        AuditResult open = audits.audit(missing, null, List.of(), offices).getFirst();
        assertThat(open.complete()).isFalse();
        assertThat(open.nodes()).filteredOn(n -> "quota".equals(n.type())).singleElement()
                .satisfies(q -> assertThat(q.satisfied()).isFalse());
        assertThat(open.nodes()).filteredOn(n -> n.unit() != null && n.unit().value().equals("tuw:mc-se-digital-twins"))
                .allSatisfy(n -> assertThat(n.satisfied()).isFalse());
        assertThat(open.completedMicroCredentials()).hasSize(11);
        assertThat(open.share()).isLessThan(1.0);
    }

    @Autowired Certificates certificates;

    @Autowired AwardingCertificates awarding;
    @Autowired Verification verification;

    @Test
    void theJointMasterIsIssuedOnlyWhenEveryPartnerHasApprovedAndNamesAllFiveAwardingBodies() {
        catalogue.importBundle("example.yaml", Fixtures.workedExampleYaml(), BundleSyntax.YAML, "test");
        LearnerId elena = studentWith("Elena Complete", TWELVE);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(this::eventsHandled);
        assertThat(certificates.ofLearner(elena, offices)).extracting(c -> c.item())
                .as("her twelve micro-credentials and the joint programmes, but not yet the joint Master").doesNotContain("luh:jm-sustainable-engineering")
                .contains("tuw:mc-se-digital-twins");

        ItemId master = ItemId.of("luh:jm-sustainable-engineering");
        Actor tuWienRegistrar = Actor.person("tuw-reg", "TU Wien registrar", Set.of(Grant.of(Role.REGISTRAR, "tuw")));
        Assertions.assertThatThrownBy(() -> awarding.approve(elena, master, "luh", tuWienRegistrar))
                .as("a registrar approves for their own institution only").isInstanceOf(ForbiddenException.class);
        for (String partner : List.of("luh", "lut", "but", "tuw")) {
            var step = awarding.approve(elena, master, partner, offices);
            assertThat(step.result()).isEqualTo(AwardingCertificates.Result.AWAITING_APPROVAL);
        }
        var missingOne = awarding.awardAll(offices);
        assertThat(missingOne.awaitingApproval()).isGreaterThanOrEqualTo(1);
        var last = awarding.approve(elena, master, "upm", offices);
        assertThat(last.result()).isEqualTo(AwardingCertificates.Result.ISSUED);
        var vc = Verification.parse(last.certificate().credential());
        assertThat(verification.verify(vc).valid()).isTrue();
        assertThat(last.certificate().kind().code()).isEqualTo("joint-degree");
        assertThat(vc.getJsonObject("credentialSubject").getJsonObject("achievement").getJsonObject("criteria").getString("narrative"))
                .startsWith("Awarded jointly by: ");
        assertThat(jdbc.queryForObject("select count(*) from certificate_approval", Integer.class)).isEqualTo(5);
        assertThat(certificates.content(last.certificate()).awardingBodies()).extracting(b -> b.id()).containsExactly("luh", "lut", "but", "tuw", "upm");

        // in its ELM, the Master is awarded by all five, each component only by the institution that awarded it
        var elm = Verification.parse(forms.elm(last.certificate())).getJsonObject("credentialSubject")
                .getJsonObject("hasClaim");
        assertThat(elm.getJsonObject("awardedBy").getJsonArray("awardingBody")).hasSize(5);
        assertThat(elm.getJsonArray("hasPart")).hasSize(12).allSatisfy(part -> {
            var bodies = part.asJsonObject().getJsonObject("awardedBy").getJsonArray("awardingBody");
            assertThat(bodies).hasSize(1);
            String institution = bodies.getJsonObject(0).getString("id").replaceAll(".*:institutions:", "");
            String title = part.asJsonObject().getJsonObject("title").getString("en");
            assertThat(TWELVE).as(title + " awarded by " + institution).anyMatch(mc -> mc.startsWith(institution + ":"));
        });
    }

    @Autowired CertificateForms forms;

    /** A programme of LUH awarded jointly with one partner: with a single partner named, it waits for both all the same. */
    static final String DUO = """
            format: microdegree-catalogue
            formatVersion: 1
            microDegrees:
              - id: luh:md-duo-energy
                version: 1
                status: published
                title: {en: Energy Data and Solar Economy}
                requirements:
                  allOf:
                    - microCredential: luh:mc-se-energy-data
                    - microCredential: lut:mc-se-solar-economy
                creditPoints: 10
                eqfLevel: 7
                participatingInstitutions: [lut]
                jointAward: true
                languages: [en]
            """;

    @Test
    void everyJointProgrammeWaitsForEveryAwardingInstitutionEvenWithOnePartnerNamed() {
        catalogue.importBundle("example.yaml", Fixtures.workedExampleYaml(), BundleSyntax.YAML, "test");
        catalogue.importBundle("duo.yaml", DUO.getBytes(StandardCharsets.UTF_8), BundleSyntax.YAML, "test");
        LearnerId id = learners.create(new LearnerInput("Dana Duo", "dana.duo@luh.example", null, "student", "luh", "DUO-1", List.of()), offices).id();
        enrollingLearners.enrolDirectly(ItemKind.MICRO_DEGREE, ItemId.of("luh:md-duo-energy"), id, offices);
        for (String mc : List.of("luh:mc-se-energy-data", "lut:mc-se-solar-economy")) {
            achievements.record(new AchievementInput(id.value(), null, null, mc, "2025-06-30", "ects", "B", "5", "project", true, true,
                    "DUO-" + mc.replace(':', '-')), offices, "api");
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(this::eventsHandled);
        assertThat(certificates.ofLearner(id, offices)).extracting(c -> c.item()).as("the micro-credentials, not the joint programme")
                .containsExactlyInAnyOrder("luh:mc-se-energy-data", "lut:mc-se-solar-economy");
        assertThat(awarding.awardAll(offices).awaitingApproval()).isEqualTo(1);
        ItemId duo = ItemId.of("luh:md-duo-energy");
        assertThat(awarding.approve(id, duo, "luh", offices).approvalsMissing()).containsExactly("lut");
        var issued = awarding.approve(id, duo, "lut", offices);
        assertThat(issued.result()).isEqualTo(AwardingCertificates.Result.ISSUED);
        assertThat(issued.certificate().kind().code()).isEqualTo("joint-degree");
    }
}
