package org.microdegree.catalog.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.microdegree.shared.CreditPoints;
import org.microdegree.shared.EqfLevel;

/** Sizes and levels as providers state them, and what they are in ECTS and on the EQF. */
class StatedCreditsAndLevelsTest {

    @Test
    void creditsOfOtherSystemsConvertToEctsAndKeepTheirWording() {
        assertThat(StatedCredits.parse("15 UK credits").ects()).isEqualTo(CreditPoints.parse("7.5"));
        assertThat(StatedCredits.parse("15 UK credits")).hasToString("15 UK credits");
        assertThat(StatedCredits.parse("20 SCQF credit points").ects()).isEqualTo(CreditPoints.of(10));
        assertThat(StatedCredits.parse("3 US credit hours").ects()).isEqualTo(CreditPoints.of(6));
        assertThat(StatedCredits.parse("30 CATS points").system()).isEqualTo(CreditSystem.UK_CREDITS);
        assertThat(StatedCredits.parse("6").ects()).isEqualTo(CreditPoints.of(6));
        assertThat(StatedCredits.parse("2,5 ECTS").ects()).isEqualTo(CreditPoints.parse("2.5"));
        assertThat(StatedCredits.parse("5 Leistungspunkte").isPlainEcts()).isTrue();
    }

    @Test
    void aRangeIsVariableCreditWithoutFixedEcts() {
        StatedCredits variable = StatedCredits.parse("1-9 ECTS");
        assertThat(variable.isRange()).isTrue();
        assertThat(variable.ects()).isNull();
        assertThat(variable).hasToString("1-9 ECTS");
        assertThat(StatedCredits.parse("10 to 20 UK credits").to()).isEqualByComparingTo("20");
    }

    @Test
    void anUnknownSystemOrABackwardRangeIsNamed() {
        assertThatThrownBy(() -> StatedCredits.parse("5 furlongs")).hasMessageContaining("'furlongs' is not a credit system")
                .hasMessageContaining("UK credits");
        assertThatThrownBy(() -> StatedCredits.parse("9-1")).hasMessageContaining("from the smaller figure to the larger");
        assertThatThrownBy(() -> StatedCredits.parse("some")).hasMessageContaining("is not a number of credits");
    }

    @Test
    void nationalLevelsAndCyclesMapToTheEqf() {
        assertThat(StatedLevel.parse("DQR 6").eqf()).isEqualTo(EqfLevel.of(6));
        assertThat(StatedLevel.parse("RQF 4").eqf()).isEqualTo(EqfLevel.of(5));
        assertThat(StatedLevel.parse("RQF 7").eqf()).isEqualTo(EqfLevel.of(7));
        assertThat(StatedLevel.parse("SCQF level 11").eqf()).isEqualTo(EqfLevel.of(7));
        assertThat(StatedLevel.parse("SCQF 9").eqf()).isEqualTo(EqfLevel.of(6));
        assertThat(StatedLevel.parse("NLQF 6").eqf()).isEqualTo(EqfLevel.of(6));
        assertThat(StatedLevel.parse("Master level").eqf()).isEqualTo(EqfLevel.of(7));
        assertThat(StatedLevel.parse("Master's level")).hasToString("Master's level");
        assertThat(StatedLevel.parse("Bachelor").eqf()).isEqualTo(EqfLevel.of(6));
        assertThat(StatedLevel.parse("third cycle").eqf()).isEqualTo(EqfLevel.of(8));
        assertThat(StatedLevel.parse("SCQF 11")).hasToString("SCQF 11");
    }

    @Test
    void anAmbiguousOrUnknownLevelIsNamedWithTheFrameworksKnown() {
        assertThatThrownBy(() -> StatedLevel.parse("NQF 7")).hasMessageContaining("'NQF' is not a qualifications framework")
                .hasMessageContaining("DQR").hasMessageContaining("SCQF");
        assertThatThrownBy(() -> StatedLevel.parse("SCQF 13")).hasMessageContaining("SCQF levels run from 1 to 12");
        assertThatThrownBy(() -> StatedLevel.parse("advanced")).hasMessageContaining("is not a level this catalogue reads");
    }
}
