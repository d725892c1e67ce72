package org.microdegree.search;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.microdegree.shared.Text;

/**
 * A published micro-credential or programme on the way to an occupation, with what it adds: the
 * occupation's essential and optional skills it teaches that the learner does not have yet.
 *
 * @param kind {@code micro-credential} or {@code micro-degree}
 */
public record GoalStep(String kind, String id, Text title, @Nullable BigDecimal creditPoints, @Nullable Integer eqfLevel, String institution,
        List<String> addsEssential, List<String> addsOptional) {}
