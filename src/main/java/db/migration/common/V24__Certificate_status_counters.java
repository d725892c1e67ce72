package db.migration.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Status list places by counter (ADR 0058): each institution's key and next counter, a counter per
 * certificate, unique per institution, instead of a unique index on the drawn position, into which
 * every new certificate went at a random place. The unique constraint on (institution, position)
 * has a name each database chose itself, so it is looked up. Certificates stored before get their
 * counters when their institution's key is made ({@code StatusCounters}), not here: a restored
 * older backup needs the same.
 *
 * <p>Found by Flyway beside the SQL migrations (the package is their location), not as a Spring
 * bean: a module test whose context leaves the credentials module out still knows it, and so
 * accepts a database another test migrated.
 */
public class V24__Certificate_status_counters extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("""
                    create table certificate_status_list (
                        institution_id  varchar(100) not null primary key,
                        permutation_key bytea        not null,
                        next_counter    int          not null
                    )""");
            s.execute("alter table certificate add column status_counter int");
            s.execute("create unique index certificate_status_counter on certificate (institution_id, status_counter)");
            for (String constraint : uniqueOnPosition(c)) {
                s.execute("alter table certificate drop constraint \"" + constraint + "\"");
            }
        }
    }

    private static List<String> uniqueOnPosition(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("""
                select tc.constraint_name from information_schema.table_constraints tc
                join information_schema.key_column_usage k
                  on k.constraint_name = tc.constraint_name and k.table_schema = tc.table_schema and k.table_name = tc.table_name
                where tc.table_schema = ? and tc.table_name = 'certificate' and tc.constraint_type = 'UNIQUE' and k.column_name = 'status_index'""")) {
            q.setString(1, c.getSchema());
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        if (names.isEmpty()) {
            throw new SQLException("the unique constraint on certificate (institution_id, status_index) was not found in schema " + c.getSchema());
        }
        return names;
    }
}
