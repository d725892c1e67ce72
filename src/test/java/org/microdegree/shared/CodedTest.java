package org.microdegree.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.microdegree.catalog.model.Offering;
import org.microdegree.learners.model.LearnerStatus;
import org.microdegree.results.model.RecognitionStatus;

/** Codes are what stored rows and bundles say: derived from a value's name unless the enumeration keeps its own. */
class CodedTest {

    @Test
    void aValuesCodeIsItsNameInLowerCaseWithHyphens() {
        assertThat(LearnerStatus.DOCTORAL_CANDIDATE.code()).isEqualTo("doctoral-candidate");
        assertThat(RecognitionStatus.PARTIALLY_GRANTED.code()).isEqualTo("partially-granted");
        assertThat(Coded.codes(LearnerStatus.class)).isEqualTo("student, alumnus, professional, doctoral-candidate, postdoc, external");
    }

    @Test
    void anEnumerationWithItsOwnCodesKeepsThem() {
        assertThat(Offering.WINTER.code()).isEqualTo("winter-semester");
        assertThat(Coded.fromCode(Offering.class, "winter-semester")).contains(Offering.WINTER);
        assertThat(Coded.fromCode(Offering.class, "winter")).isEmpty();
    }

    @Test
    void everyDerivedCodeReadsBackToItsValue() {
        for (RecognitionStatus s : RecognitionStatus.values()) {
            assertThat(Coded.fromCode(RecognitionStatus.class, s.code())).contains(s);
        }
    }
}
