package org.microdegree.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.microdegree.catalog.model.ItemKind;
import org.springframework.util.LinkedMultiValueMap;

/** The design form's learning outcomes: English and German of one outcome on the same line, either may be missing. */
class DesignFormTest {

    @Test
    void anOutcomeStatedOnlyInGermanKeepsItsLineInTheFormAndInTheDocument() {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("learningOutcomes", "\nCommission a cell.");
        form.add("learningOutcomes.de", "Eine Roboterzelle planen.\nEine Zelle in Betrieb nehmen.");
        Map<String, Object> doc = DesignForm.parse(ItemKind.MICRO_CREDENTIAL, form).document();
        assertThat(doc.get("learningOutcomes")).isEqualTo(List.of(
                Map.of("de", "Eine Roboterzelle planen."), Map.of("en", "Commission a cell.", "de", "Eine Zelle in Betrieb nehmen.")));

        Map<String, String> values = DesignForm.values(ItemKind.MICRO_CREDENTIAL, doc);
        assertThat(values.get("learningOutcomes")).as("HTML drops a textarea's first line break: one more keeps the empty first line")
                .isEqualTo("\n\nCommission a cell.");
        assertThat(values.get("learningOutcomes.de")).isEqualTo("Eine Roboterzelle planen.\nEine Zelle in Betrieb nehmen.");
    }
}
