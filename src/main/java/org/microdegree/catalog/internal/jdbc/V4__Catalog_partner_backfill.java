package org.microdegree.catalog.internal.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Fills catalog_partner for the programmes stored before it existed: the partners are in each document. */
@Component
public class V4__Catalog_partner_backfill extends BaseJavaMigration {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement read = c.createStatement();
                ResultSet rs = read.executeQuery("select kind, id, version, document from catalog_item where kind = 'micro-degree'");
                PreparedStatement insert = c.prepareStatement("insert into catalog_partner (kind, id, version, institution_id) values (?, ?, ?, ?)")) {
            while (rs.next()) {
                JsonNode partners = JSON.readTree(rs.getString(4)).path("participatingInstitutions");
                Set<String> seen = new HashSet<>();
                for (JsonNode p : partners) {
                    if (seen.add(p.asString())) {
                        insert.setString(1, rs.getString(1));
                        insert.setString(2, rs.getString(2));
                        insert.setInt(3, rs.getInt(3));
                        insert.setString(4, p.asString());
                        insert.addBatch();
                    }
                }
            }
            insert.executeBatch();
        }
    }
}
