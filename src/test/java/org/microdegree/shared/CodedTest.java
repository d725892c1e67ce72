package org.microdegree.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.microdegree.catalog.model.Offering;
import org.microdegree.results.model.GradeScale;
import org.microdegree.learners.model.LearnerStatus;
import org.microdegree.results.model.RecognitionStatus;

/** Codes are what stored rows and bundles say: derived from a value's name unless the enumeration keeps its own. */
class CodedTest {

    @Test
    void aValuesCodeIsItsNameInLowerCaseWithHyphens() {
        assertThat(Offering.WINTER_SEMESTER.code()).isEqualTo("winter-semester");
        assertThat(LearnerStatus.DOCTORAL_CANDIDATE.code()).isEqualTo("doctoral-candidate");
        assertThat(RecognitionStatus.PARTIALLY_GRANTED.code()).isEqualTo("partially-granted");
        assertThat(Coded.codes(LearnerStatus.class)).isEqualTo("student, alumnus, professional, doctoral-candidate, postdoc, external");
    }

    @Test
    void anEnumerationWithItsOwnCodesKeepsThem() {
        assertThat(GradeScale.GERMAN.code()).isEqualTo("de");
        assertThat(Coded.fromCode(GradeScale.class, "de")).contains(GradeScale.GERMAN);
        assertThat(Coded.fromCode(GradeScale.class, "german")).isEmpty();
    }

    @Test
    void everyDerivedCodeReadsBackToItsValue() {
        for (RecognitionStatus s : RecognitionStatus.values()) {
            assertThat(Coded.fromCode(RecognitionStatus.class, s.code())).contains(s);
        }
    }
}
