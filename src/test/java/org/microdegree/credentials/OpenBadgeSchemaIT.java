package org.microdegree.credentials;

import org.microdegree.shared.LearnerId;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microdegree.DatabaseIT;
import org.microdegree.admissions.EnrollingLearners;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.Fixtures;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.credentials.model.Certificate;
import org.microdegree.learners.LearnerInput;
import org.microdegree.learners.Learners;
import org.microdegree.results.AchievementInput;
import org.microdegree.results.Achievements;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ItemId;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every kind of certificate as issued is a valid Open Badges 3.0 AchievementCredential by 1EdTech's
 * own JSON Schema: Clara's micro-credentials, her "AI Essentials" beside her Computer Science degree
 * (within it and additional), a confirmation of partial completion of "AI in Production", and Jonas's
 * joint "Sustainable Energy Systems" of LUH and LUT.
 */
class OpenBadgeSchemaIT extends DatabaseIT {

    private static JsonSchema schema;

    @Autowired Catalogue catalogue;
    @Autowired Learners learners;
    @Autowired EnrollingLearners enrolling;
    @Autowired Achievements achievements;
    @Autowired Certificates certificates;
    @Autowired AwardingCertificates awarding;

    private final Actor offices = Actor.operator("examination offices of the alliance");

    @BeforeAll
    static void theSchema() throws Exception {
        try (InputStream in = OpenBadgeSchemaIT.class.getResourceAsStream("/ob3/ob_v3p0_achievementcredential_schema.json")) {
            // formats (date-time, uri) are asserted, as 1EdTech's validator does, not only annotated
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909).getSchema(in,
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        }
    }

    private LearnerId learner(String name, String number) {
        return learners.create(new LearnerInput(name, number.toLowerCase() + "@luh.example", null, "student", "luh", number, List.of()), offices).id();
    }

    private void passes(LearnerId learner, String... credentials) {
        for (String mc : credentials) {
            achievements.record(new AchievementInput(learner.value(), null, null, mc, "2026-06-30", "de", "1.7", "5", "project", true, true,
                    "R-" + learner.value().substring(learner.value().length() - 8) + "-" + mc.replace(':', '-')), offices, "api");
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(this::eventsHandled);
    }

    @Test
    void everyKindOfCertificateIsAValidAchievementCredential() throws Exception {
        catalogue.importBundle("example.yaml", Fixtures.workedExampleYaml(), BundleSyntax.YAML, "test");
        LearnerId clara = learner("Clara Informatik", "CS-1");
        enrolling.enrolDirectly(ItemKind.STUDY_PROGRAMME, ItemId.of("luh:bsc-computer-science"), clara, offices);
        enrolling.enrolDirectly(ItemKind.MICRO_DEGREE, ItemId.of("luh:md-ai-essentials"), clara, offices);
        enrolling.enrolDirectly(ItemKind.MICRO_DEGREE, ItemId.of("luh:md-ai-in-production"), clara, offices);
        passes(clara, "luh:mc-machine-learning", "luh:mc-ai-ethics", "luh:mc-ml-manufacturing");
        awarding.confirmPartial(clara, ItemId.of("luh:md-ai-in-production"), offices);

        LearnerId jonas = learner("Jonas Joint", "SE-1");
        enrolling.enrolDirectly(ItemKind.MICRO_DEGREE, ItemId.of("luh:md-se-energy-systems"), jonas, offices);
        passes(jonas, "luh:mc-se-energy-data", "lut:mc-se-solar-economy", "lut:mc-se-energy-transition");
        awarding.awardAll(offices);
        awarding.approve(jonas, ItemId.of("luh:md-se-energy-systems"), "luh", offices);
        awarding.approve(jonas, ItemId.of("luh:md-se-energy-systems"), "lut", offices);

        List<Certificate> all = List.of(clara, jonas).stream().flatMap(l -> certificates.ofLearner(l, offices).stream()).toList();
        assertThat(all).extracting(c -> c.kind().code()).contains("micro-credential", "micro-degree", "partial-completion", "joint-degree");
        ObjectMapper json = new ObjectMapper();
        Map<String, List<String>> invalid = all.stream().collect(Collectors.toMap(c -> c.kind().code() + " " + c.item(),
                c -> {
                    try {
                        return schema.validate(json.readTree(c.credential())).stream().map(Object::toString).toList();
                    } catch (Exception e) {
                        return List.of(e.toString());
                    }
                }, (a, b) -> a));
        assertThat(invalid).allSatisfy((certificate, errors) -> assertThat(errors).as(certificate).isEmpty());

        // machine-readable: skills by their ESCO labels, assessment and participation as Europass concepts in words
        JsonNode alignments = json.readTree(all.getFirst().credential()).at("/credentialSubject/achievement/alignment");
        assertThat(alignments).anySatisfy(a -> {
            assertThat(a.get("targetType").asText()).isEqualTo("ext:LearningMode");
            assertThat(a.get("targetUrl").asText()).startsWith("http://data.europa.eu/snb/learning-assessment/");
            assertThat(a.get("targetName").asText()).isIn("on-site", "online", "blended (online and on-site)");
        });
        assertThat(alignments).filteredOn(a -> a.get("targetFramework").asText().equals("ESCO"))
                .allSatisfy(a -> assertThat(a.get("targetName").asText()).doesNotMatch("[0-9a-f-]{36}"));

        // the schema bites: what the first release issued (a date, a proof object, "studentId") is refused
        var first = (ObjectNode) json.readTree(all.getFirst().credential());
        ((ObjectNode) first.get("credentialSubject")).put("activityEndDate", "2026-06-30");
        first.set("proof", first.get("proof").get(0));
        assertThat(schema.validate(first)).extracting(Object::toString)
                .anySatisfy(e -> assertThat(e).contains("activityEndDate"))
                .anySatisfy(e -> assertThat(e).contains("proof"));
    }
}
