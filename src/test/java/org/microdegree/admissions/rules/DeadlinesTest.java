package org.microdegree.admissions.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The documented rule: both ends of a round count; local times are read in the round's zone. */
class DeadlinesTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    Instant resolve(String text, ZoneId zone) {
        return Deadlines.resolve(text, zone).instant().orElseThrow();
    }

    @Test
    void anApplicationAtExactlyTheClosingInstantIsAcceptedAndOneANanosecondLaterIsNot() {
        Instant opens = resolve("2025-06-01T00:00", BERLIN);
        Instant closes = resolve("2025-09-11T23:00", ZoneId.of("CET"));
        assertThat(closes).isEqualTo(Instant.parse("2025-09-11T21:00:00Z"));
        assertThat(Deadlines.open(opens, closes, closes)).isTrue();
        assertThat(Deadlines.open(opens, closes, closes.plusNanos(1))).isFalse();
        assertThat(Deadlines.open(opens, closes, opens)).isTrue();
        assertThat(Deadlines.open(opens, closes, opens.minusNanos(1))).isFalse();
    }

    @Test
    void aDeadlineInTheHourThatHappensTwiceWhenClocksGoBackMeansTheEarlierOfTheTwo() {
        // 26 October 2025: at 03:00 CEST the clocks go back to 02:00 CET, so 02:30 happens twice
        Instant closes = resolve("2025-10-26T02:30", BERLIN);
        assertThat(closes).isEqualTo(Instant.parse("2025-10-26T00:30:00Z"));
        Instant opens = resolve("2025-10-20T00:00", BERLIN);
        assertThat(Deadlines.open(opens, closes, Instant.parse("2025-10-26T00:30:00Z"))).isTrue();
        assertThat(Deadlines.open(opens, closes, Instant.parse("2025-10-26T01:30:00Z"))).as("the second 02:30 is too late").isFalse();
    }

    @Test
    void aLocalTimeSkippedWhenClocksGoForwardIsRefusedWithTheReason() {
        Deadlines.Resolved r = Deadlines.resolve("2026-03-29T02:30", BERLIN);
        assertThat(r.instant()).isEmpty();
        assertThat(r.problem()).contains("does not exist in Europe/Berlin").contains("02:00").contains("03:00");
    }

    @Test
    void aRoundAcrossTheChangeToWinterTimeLastsOneHourLongerThanItsWallClockSpan() {
        Instant opens = resolve("2025-10-25T12:00", BERLIN);
        Instant closes = resolve("2025-10-26T12:00", BERLIN);
        assertThat(Duration.between(opens, closes)).isEqualTo(Duration.ofHours(25));
    }

    @Test
    void theSameDeadlineReadInAnotherZoneIsTheSameInstantAndAnOffsetIsTakenAsWritten() {
        Instant berlin = resolve("2025-09-11T23:00", BERLIN);
        Instant tokyo = resolve("2025-09-12T06:00", ZoneId.of("Asia/Tokyo"));
        Instant newYork = resolve("2025-09-11T17:00", ZoneId.of("America/New_York"));
        assertThat(tokyo).isEqualTo(berlin);
        assertThat(newYork).isEqualTo(berlin);
        assertThat(resolve("2025-09-11T23:00+01:00", BERLIN)).as("an explicit offset wins over the zone")
                .isEqualTo(Instant.parse("2025-09-11T22:00:00Z"));
        // a New York applicant at 17:00 local time on the day is exactly on time
        assertThat(Deadlines.open(berlin.minusSeconds(86_400), berlin, newYork)).isTrue();
    }

    @Test
    void anUnreadableTimeOrZoneSaysWhy() {
        assertThat(Deadlines.resolve("11 September", BERLIN).problem()).contains("is not a date and time");
        assertThat(Deadlines.zone("Mars/Olympus")).isEmpty();
        assertThat(Deadlines.zone("CET")).isPresent();
    }
}
