package org.microdegree.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.microdegree.policy.model.Check;
import org.microdegree.policy.model.Rule;
import org.microdegree.policy.model.RuleMessages;
import org.microdegree.policy.model.RuleProfile;
import org.microdegree.shared.CreditPoints;
import org.microdegree.shared.Text;

/** English and German messages stay in step, and every shipped rule can say what it asks. */
class RuleMessagesTest {

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = RuleMessagesTest.class.getResourceAsStream("/policy/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyEnglishMessageHasAGermanOneWithTheSamePlaceholders() throws IOException {
        Properties en = bundle("messages.properties");
        Properties de = bundle("messages_de.properties");

        assertThat(de.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            assertThat(placeholders(de.getProperty(key))).as(key).isEqualTo(placeholders(en.getProperty(key)));
        }
    }

    @Test
    void everyCheckHasAStatementAFailureAndASuggestion() throws IOException {
        Properties en = bundle("messages.properties");
        for (Check check : Check.values()) {
            if (check == Check.EU_ELEMENT) {
                for (Check.EuElement e : Check.EuElement.values()) {
                    assertThat(en).containsKeys("eu-element." + e.code() + ".title", "eu-element." + e.code() + ".fail",
                            "eu-element." + e.code() + ".suggestion");
                }
            } else {
                assertThat(en).containsKeys(check.code() + ".title", check.code() + ".fail", check.code() + ".suggestion");
            }
        }
    }

    @Test
    void numbersAreWrittenAsEachLanguageWritesThem() {
        Text t = RuleMessages.render("mc-credits-range.fail", Map.of("cp", CreditPoints.parse("7.5"),
                "min", CreditPoints.of(1), "max", CreditPoints.of(10)));

        assertThat(t.en()).isEqualTo("The micro-credential has 7.5 CP; the profile allows 1 to 10 CP.");
        assertThat(t.de()).isEqualTo("Das Micro-Credential hat 7,5 LP; das Profil erlaubt 1 bis 10 LP.");
        assertThat(RuleMessages.render("eqf-levels.title", Map.of("levels", List.of(6, 7))).de()).isEqualTo("Die EQR-Stufe ist 6 oder 7.");
    }

    @Test
    void everyShippedRuleStatesWhatItAsksWithItsValuesFilledIn() {
        for (RuleProfile p : Profiles.shipped().values()) {
            for (Rule r : p.rules()) {
                Text title = RuleMessages.title(r);
                assertThat(title.en()).as(p.ruleId(r)).doesNotContain("{");
                assertThat(title.de()).as(p.ruleId(r)).isNotNull().doesNotContain("{");
            }
        }
    }

    private static List<String> placeholders(String s) {
        return Pattern.compile("\\{[a-z]+}").matcher(s).results().map(m -> m.group()).sorted().toList();
    }
}
