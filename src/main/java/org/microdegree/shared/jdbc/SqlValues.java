package org.microdegree.shared.jdbc;

import org.microdegree.shared.LearnerId;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.microdegree.shared.Coded;

/** Conversions between Java values and SQL columns, shared by the stores of this package. */
public final class SqlValues {

    private SqlValues() {
    }

    public static @Nullable OffsetDateTime ts(@Nullable Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }

    public static @Nullable Date date(@Nullable LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    public static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    public static <E extends Enum<E> & Coded> E code(Class<E> type, String code) {
        return Coded.fromCode(type, code).orElseThrow(() -> new IllegalStateException("stored " + type.getSimpleName() + " '" + code + "'"));
    }

    /**
     * Learner ids in slices of 1,000, each id once, each slice an array for {@code = any(:ids)}: one
     * parameter however many ids, so the statement is the same text each time. An {@code in (...)}
     * list of a parameter per id made a statement per length, and H2 walks every list entry of each
     * statement a session keeps prepared whenever that session writes a row (ADR 0059).
     */
    public static List<String[]> learnerSlices(Collection<LearnerId> ids) {
        return slices(ids.stream().map(LearnerId::value).toList());
    }

    /** Ids in slices of 1,000, each id once, each an array for {@code = any(:ids)}. */
    public static List<String[]> slices(Collection<String> ids) {
        List<String> all = List.copyOf(new LinkedHashSet<>(ids));
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 1000) {
            out.add(all.subList(i, Math.min(all.size(), i + 1000)).toArray(String[]::new));
        }
        return out;
    }

    /** These ids as one array for {@code = any(:ids)} (see {@link #learnerSlices}). */
    public static String[] anyOf(Collection<LearnerId> ids) {
        return ids.stream().map(LearnerId::value).toArray(String[]::new);
    }
}
