package org.microdegree.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.microdegree.catalog.model.Offering;

/** When a missing unit can next be taken: summer semesters start on 1 April, winter semesters on 1 October. */
class NextOfferingTest {

    @Test
    void theNextSemesterThatOffersTheUnit() {
        LocalDate november = LocalDate.of(2026, 11, 30);
        assertThat(Audits.nextStart(Offering.ON_DEMAND, november)).isEqualTo(november);
        assertThat(Audits.nextStart(Offering.SUMMER_SEMESTER, november)).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(Audits.nextStart(Offering.WINTER_SEMESTER, november)).isEqualTo(LocalDate.of(2027, 10, 1));
        assertThat(Audits.nextStart(Offering.EVERY_SEMESTER, november)).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(Audits.nextStart(Offering.EVERY_SEMESTER, LocalDate.of(2026, 5, 2))).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(Audits.nextStart(Offering.WINTER_SEMESTER, LocalDate.of(2026, 10, 1))).as("the day it starts").isEqualTo(LocalDate.of(2026, 10, 1));
    }
}
