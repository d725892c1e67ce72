package org.microdegree.catalog.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * When an item runs and for how long, as the provider states it; any part may be unknown.
 *
 * @param starts the first day of teaching
 * @param ends the last day (of the final assessment, where it is stated)
 */
public record Schedule(@Nullable StatedDuration duration, @Nullable LocalDate starts, @Nullable LocalDate ends) {

    public Schedule {
        if (starts != null && ends != null && ends.isBefore(starts)) {
            throw new IllegalArgumentException("it ends (" + ends + ") before it starts (" + starts + ")");
        }
    }
}
