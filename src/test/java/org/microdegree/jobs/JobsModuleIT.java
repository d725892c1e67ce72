package org.microdegree.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microdegree.ModuleIT;
import org.microdegree.credentials.Certificates;
import org.microdegree.shared.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * The jobs module with everything a bulk import touches: the exam office's three files for Clara come in
 * as one job that also audits and awards what she met, so no event is left behind for later commands.
 */
// the job steps take the audit and the awarding as @Bean method parameters, which Modulith does not count as dependencies
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"audit", "credentials"})
class JobsModuleIT extends ModuleIT {

    @Autowired Jobs jobs;
    @Autowired Certificates certificates;
    @Autowired EventPublicationRegistry registry;
    @TempDir Path dir;

    @Test
    void anExamOfficesFilesComeInAsOneJobThatAwardsWhatClaraMet() throws Exception {
        Files.writeString(dir.resolve("learners.csv"), """
                institution,student_number,name,email,status
                luh,CS-1,Clara Informatik,clara@luh.example,student
                """);
        Files.writeString(dir.resolve("enrolments.csv"), """
                institution,student_number,kind,item
                luh,CS-1,micro-degree,luh:md-ai-essentials
                """);
        Files.writeString(dir.resolve("achievements.csv"), """
                institution,student_number,item,date,scale,grade,credit_points,assessment,supervised,identity_verified,reference
                luh,CS-1,luh:mc-machine-learning,2025-02-14,de,1.3,5,project,yes,yes,CS-ML-1
                """);
        List<JobView> seen = new ArrayList<>();

        JobView job = jobs.importData(dir, "exam-office.zip", "robin", seen::add);

        assertThat(job.status()).isEqualTo("COMPLETED");
        assertThat(seen).as("progress was reported").isNotEmpty();
        assertThat(certificates.all(Actor.operator("test"))).extracting(c -> c.item()).containsExactly("luh:mc-machine-learning");
        assertThat(registry.findIncompletePublications()).as("nothing left for a later command").isEmpty();
    }
}
