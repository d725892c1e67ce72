package org.microdegree.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CreditPointsTest {

    @Test
    void addsHalfPointsExactly() {
        assertThat(CreditPoints.parse("2.5").plus(CreditPoints.parse("2.5"))).isEqualTo(CreditPoints.of(5));
    }

    @Test
    void printsWholePointsWithoutDecimals() {
        assertThat(CreditPoints.of(10)).hasToString("10");
        assertThat(CreditPoints.parse("7.5")).hasToString("7.5");
        assertThat(CreditPoints.of(10).toBigDecimal().toString()).isEqualTo("10");
    }

    @Test
    void refusesMoreThanOneDecimalInsteadOfRounding() {
        assertThatThrownBy(() -> CreditPoints.of(new BigDecimal("2.55"))).hasMessageContaining("one decimal");
    }

    @Test
    void refusesNegativeCredits() {
        assertThatThrownBy(() -> CreditPoints.parse("-1")).hasMessageContaining("negative");
    }

    @Test
    void idsAreScopedByInstitution() {
        assertThat(ItemId.of("luh:md-ai-production").institution()).isEqualTo("luh");
        assertThat(ItemId.isValid("LUH:x")).isFalse();
        assertThat(ItemId.isValid("luh")).isFalse();
        assertThatThrownBy(() -> EqfLevel.of(9)).hasMessageContaining("1 to 8");
    }
}
