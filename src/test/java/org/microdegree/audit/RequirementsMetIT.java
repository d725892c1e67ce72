package org.microdegree.audit;

import org.microdegree.shared.LearnerId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microdegree.DatabaseIT;
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
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A new result re-audits its learner after the commit. Clara, enrolled in "AI Essentials" (two of
 * three parts), earns the Machine Learning MC first, then with Data Engineering the programme; a
 * third part, a correction and a repeated import change nothing for the programme: each credential
 * version is announced once.
 */
@Import(RequirementsMetIT.Heard.class)
class RequirementsMetIT extends DatabaseIT {

    /** What the certificates module would hear: events of committed re-audits only. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Heard {
        private final List<RequirementsMet> events = new CopyOnWriteArrayList<>();

        List<RequirementsMet> events() {
            return events;
        }

        @TransactionalEventListener
        void on(RequirementsMet e) {
            events.add(e);
        }
    }

    @Autowired Heard heard;
    @Autowired Catalogue catalogue;
    @Autowired Learners learners;
    @Autowired EnrollingLearners enrollingLearners;
    @Autowired Achievements achievements;
    @Autowired Audits audits;
    @Autowired Reaudits reaudits;

    private final Actor registrar = Actor.person("robin", "Robin Registrar", Set.of(Grant.of(Role.REGISTRAR, "luh")));
    private LearnerId clara;

    @BeforeEach
    void claraIsEnrolledInAiEssentials() {
        heard.events().clear();
        catalogue.importBundle("example.yaml", Fixtures.workedExampleYaml(), BundleSyntax.YAML, "test");
        clara = learners.create(new LearnerInput("Clara Informatik", "clara@luh.example", null, "student", "luh", "CS-1", List.of()), registrar).id();
        enrollingLearners.enrolDirectly(ItemKind.MICRO_DEGREE, ItemId.of("luh:md-ai-essentials"), clara, registrar);
    }

    private void passes(String mc, String grade, String reference) {
        achievements.record(new AchievementInput(clara.value(), null, null, mc, "2025-02-14", "de", grade, "5", "project", true, true, reference),
                registrar, "api");
        // the re-audit runs after the commit; it is done when the registry holds no open publication
        await().atMost(Duration.ofSeconds(30)).until(this::eventsHandled);
    }

    private List<String> heardFor() {
        return heard.events().stream().filter(e -> e.learnerId().equals(clara)).map(e -> e.kind().code() + " " + e.credential() + " v" + e.version())
                .toList();
    }

    @Test
    void eachCredentialVersionIsAnnouncedOnceWhateverFollows() {
        passes("luh:mc-machine-learning", "1.3", "CS-ML-1");
        assertThat(heardFor()).containsExactly("micro-credential luh:mc-machine-learning v1");

        passes("luh:mc-data-engineering", "2.0", "CS-DE-1");
        assertThat(heardFor()).containsExactlyInAnyOrder("micro-credential luh:mc-machine-learning v1",
                "micro-degree luh:md-ai-essentials v1", "micro-credential luh:mc-data-engineering v1");

        passes("luh:mc-ai-ethics", "1.7", "CS-AE-1");
        passes("luh:mc-data-engineering", "1.7", "CS-DE-1"); // a correction of the same result
        passes("luh:mc-data-engineering", "1.7", "CS-DE-1"); // sent again: nothing changes, no re-audit
        assertThat(heardFor()).as("the programme is announced once; the third part earns its own MC")
                .containsExactlyInAnyOrder("micro-credential luh:mc-machine-learning v1", "micro-degree luh:md-ai-essentials v1",
                        "micro-credential luh:mc-data-engineering v1", "micro-credential luh:mc-ai-ethics v1");
        assertThat(count("audit_requirements_met")).isEqualTo(4);
    }

    @Test
    void anExamOfficesImportReauditsItsLearnersInBulkAndEachIsAnnouncedOnce() {
        StringBuilder people = new StringBuilder("institution;student_number;name;email;status\n");
        StringBuilder enrolled = new StringBuilder("institution;student_number;kind;item\n");
        StringBuilder results = new StringBuilder(
                "institution;student_number;item;date;scale;grade;credit_points;assessment;supervised;identity_verified;reference\n");
        for (int i = 0; i < 120; i++) {
            people.append("luh;B-").append(i).append(";Student ").append(i).append(";s").append(i).append("@luh.example;student\n");
            enrolled.append("luh;B-").append(i).append(";micro-degree;luh:md-ai-essentials\n");
            results.append("luh;B-").append(i).append(";luh:mc-machine-learning;2025-02-14;de;2.0;5;project;yes;yes;BULK-ML-").append(i).append('\n');
            if (i % 2 == 0) { // half of them also pass Data Engineering, and so the programme
                results.append("luh;B-").append(i).append(";luh:mc-data-engineering;2025-02-20;de;2.3;5;project;yes;yes;BULK-DE-").append(i).append('\n');
            }
        }
        learners.importCsv("people.csv", people.toString().getBytes(StandardCharsets.UTF_8), registrar);
        enrollingLearners.importEnrolments("enrolled.csv", enrolled.toString().getBytes(StandardCharsets.UTF_8), registrar);
        byte[] csv = results.toString().getBytes(StandardCharsets.UTF_8);
        achievements.importCsv("results.csv", csv, registrar);
        await().atMost(Duration.ofSeconds(60)).until(this::eventsHandled);
        achievements.importCsv("results.csv", csv, registrar); // again: nothing new, nothing announced
        await().atMost(Duration.ofSeconds(60)).until(this::eventsHandled);

        long programmes = heard.events().stream().filter(e -> e.credential().value().equals("luh:md-ai-essentials")).count();
        assertThat(programmes).as("the 60 who passed both parts").isEqualTo(60);
        assertThat(heard.events()).as("120 Machine Learning, 60 Data Engineering, 60 programmes").hasSize(240);
        assertThat(count("audit_requirements_met")).isEqualTo(240);

        // the batch audit reads the same results a chunk at a time, and agrees (Clara, enrolled, has no result yet)
        List<LearnerId> all = enrollingLearners.enrolledLearners();
        var first = reaudits.audit("", all.get(49));
        var rest = reaudits.audit(all.get(49).value(), all.getLast());
        assertThat(first.learners() + rest.learners()).isEqualTo(121);
        assertThat(first.credentials() + rest.credentials()).isEqualTo(121);
        assertThat(first.complete() + rest.complete()).isEqualTo(60);
    }
}
