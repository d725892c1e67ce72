package org.microdegree.admissions.rules;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneOffsetTransition;
import java.util.Optional;

/**
 * The rule of deadlines (docs/application-rounds.md):
 * <ul>
 * <li>an application is accepted when it arrives at or after the opening instant and at or before
 * the closing instant: both ends count, so one at exactly the closing instant is accepted, and one
 * a nanosecond later is not;</li>
 * <li>a local time is read in the round's zone; one that does not exist there (the hour skipped when
 * clocks go forward) is refused; one that exists twice (when clocks go back) means the earlier of
 * the two instants, so a deadline never falls later than any reading of it;</li>
 * <li>a time with an explicit offset ({@code 2025-09-11T23:00+01:00}) means exactly that instant.</li>
 * </ul>
 */
public final class Deadlines {

    private Deadlines() {
    }

    public static boolean open(Instant opensAt, Instant closesAt, Instant at) {
        return !at.isBefore(opensAt) && !at.isAfter(closesAt);
    }

    /** The instant {@code text} names in {@code zone}, or the reason it names none. */
    public static Resolved resolve(String text, ZoneId zone) {
        String t = text.strip();
        try {
            return new Resolved(Optional.of(OffsetDateTime.parse(t).toInstant()), null);
        } catch (DateTimeParseException notOffset) {
            // a local date-time follows
        }
        try {
            return new Resolved(Optional.of(Instant.parse(t)), null);
        } catch (DateTimeParseException notInstant) {
            // a local date-time follows
        }
        LocalDateTime local;
        try {
            local = LocalDateTime.parse(t);
        } catch (DateTimeParseException e) {
            return new Resolved(Optional.empty(), "'" + t + "' is not a date and time such as 2025-09-11T23:00");
        }
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return new Resolved(Optional.empty(), local + " does not exist in " + zone.getId()
                    + " (the clocks go forward from " + transition.getDateTimeBefore().toLocalTime() + " to "
                    + transition.getDateTimeAfter().toLocalTime() + ")");
        }
        // ofLocal with no preferred offset takes the earlier offset in an overlap, which is the earlier instant
        return new Resolved(Optional.of(ZonedDateTime.ofLocal(local, zone, null).toInstant()), null);
    }

    public static Optional<ZoneId> zone(String id) {
        try {
            return Optional.of(ZoneId.of(id.strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    public record Resolved(Optional<Instant> instant, @org.jspecify.annotations.Nullable String problem) {}
}
