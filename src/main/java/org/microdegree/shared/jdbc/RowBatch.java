package org.microdegree.shared.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;

/** A JDBC batch over a list of rows: each row sets its statement's parameters; the batch is the list's size. */
public final class RowBatch {

    private RowBatch() {
    }

    /** Sets one row's parameters; {@code i} is its place in the list (for values kept beside the rows). */
    @FunctionalInterface
    public interface RowSetter<T> {
        void set(PreparedStatement ps, T row, int i) throws SQLException;
    }

    public static <T> BatchPreparedStatementSetter of(List<T> rows, RowSetter<T> setter) {
        return new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                setter.set(ps, rows.get(i), i);
            }

            @Override
            public int getBatchSize() {
                return rows.size();
            }
        };
    }
}
