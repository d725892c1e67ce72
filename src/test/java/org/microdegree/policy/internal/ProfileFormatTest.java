package org.microdegree.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.microdegree.policy.Profiles;
import org.microdegree.policy.model.RuleProfile;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.Violation;

/** Profile documents: every problem named by its path, and stored profiles read back unchanged. */
class ProfileFormatTest {

    @Test
    void aBrokenProfileIsRefusedWithEveryProblemAndItsPath() {
        String yaml = """
                id: my-profile
                title: {en: Mine}
                document: Our senate's decision
                rules:
                  - name: md-credits-range
                    parameters: {min: 10, max: ten}
                    source: point 1
                  - name: no-such-check
                    source: point 2
                  - name: eqf-levels
                    severity: fatal
                    parameters: {levels: [6, 9]}
                    source: point 3
                  - name: mc-credits-range
                    parameters: {min: 1, colour: blue}
                """;
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> ProfileFormat.readYaml("mine.yaml", yaml.getBytes(StandardCharsets.UTF_8)));

        assertThat(e.violations()).extracting(Violation::path).containsExactlyInAnyOrder(
                "rules[0].parameters.max", "rules[1].name", "rules[2].severity", "rules[2].parameters.levels",
                "rules[3].parameters.colour", "rules[3].source");
        assertThat(e.violations()).extracting(Violation::reason).anyMatch(r -> r.contains("expected a number, got 'ten'"))
                .anyMatch(r -> r.startsWith("unknown check 'no-such-check'"));
    }

    @Test
    void aStoredProfileReadsBackAsItWasWritten() {
        for (RuleProfile p : Profiles.shipped().values()) {
            assertThat(ProfileFormat.readJson(ProfileFormat.writeJson(p))).isEqualTo(p);
        }
    }
}
