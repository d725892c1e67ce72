package org.microdegree.results.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.microdegree.results.model.GradeScale;

/** The conversion table of docs/grades.md. */
class GradeConversionTest {

    @Test
    void germanGradesPassUpToFourAndTakeGermanDecimalCommas() {
        assertThat(GradeConversion.parse(GradeScale.GERMAN, "1,7")).get().satisfies(g -> {
            assertThat(g.value()).isEqualTo("1.7");
            assertThat(g.passed()).isTrue();
        });
        assertThat(GradeConversion.parse(GradeScale.GERMAN, "4")).get().extracting(g -> g.passed()).isEqualTo(true);
        assertThat(GradeConversion.parse(GradeScale.GERMAN, "5.0")).get().extracting(g -> g.passed()).isEqualTo(false);
        assertThat(GradeConversion.parse(GradeScale.GERMAN, "1.5")).as("not a step of the regulations").isEmpty();
        assertThat(GradeConversion.parse(GradeScale.GERMAN, "0.7")).isEmpty();
    }

    @Test
    void ectsGradesConvertToTheGermanStepOfTheirBandAndBack() {
        for (String ects : GradeConversion.ECTS_GRADES) {
            var g = GradeConversion.parse(GradeScale.ECTS, ects.toLowerCase()).orElseThrow();
            assertThat(g.passed()).isEqualTo(!ects.startsWith("F"));
            String back = GradeConversion.toEcts(g.german());
            assertThat(back).isEqualTo(ects.equals("FX") ? "F" : ects);
        }
        assertThat(GradeConversion.toEcts(new BigDecimal("1.0"))).isEqualTo("A");
        assertThat(GradeConversion.toEcts(new BigDecimal("1.7"))).isEqualTo("B");
        assertThat(GradeConversion.toEcts(new BigDecimal("3.0"))).isEqualTo("C");
        assertThat(GradeConversion.toEcts(new BigDecimal("3.3"))).isEqualTo("D");
        assertThat(GradeConversion.toEcts(new BigDecimal("3.7"))).isEqualTo("E");
    }

    @Test
    void passFailHasNoGermanEquivalent() {
        var pass = GradeConversion.parse(GradeScale.PASS_FAIL, "bestanden").orElseThrow();
        assertThat(pass.passed()).isTrue();
        assertThat(pass.german()).isNull();
        assertThat(GradeConversion.ectsOf(pass)).isNull();
        assertThat(GradeConversion.parse(GradeScale.PASS_FAIL, "good")).isEmpty();
    }
}
