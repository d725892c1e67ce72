package org.microdegree.backup;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.microdegree.shared.ConflictException;
import org.microdegree.shared.InvalidInputException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Backup and restore of an installation: each table of the application as JSON lines in a ZIP,
 * with a manifest naming the tables, their columns and kinds of value. The tables are found in the
 * database (a new table is backed up without a change here) and restored parents first. What is
 * transient or rebuilt is left out: the event publications in flight, the job repository, Flyway's
 * history (the target's own migrations made its tables).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Backups {

    static final String FORMAT = "microdegree-backup";
    static final int VERSION = 1;
    private static final Set<String> LEFT_OUT_PREFIXES = Set.of("flyway_", "event_publication", "batch_", "jobs_");

    private final DataSource dataSource;
    private final TransactionTemplate tx;
    private final JsonMapper json = JsonMapper.builder().build();

    /** What a backup or restore handled: rows per table. */
    public record Summary(Map<String, Long> rows) {

        public long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Writes the installation to {@code out} (a new ZIP file), in one read-only transaction: a consistent picture. */
    public Summary write(Path out) {
        return tx.execute(status -> {
            Connection c = DataSourceUtils.getConnection(dataSource);
            try (OutputStream file = Files.newOutputStream(out); ZipOutputStream zip = new ZipOutputStream(file)) {
                List<String> tables = tablesInOrder(c);
                Map<String, Object> manifest = new LinkedHashMap<>();
                Map<String, Object> described = new LinkedHashMap<>();
                Map<String, Long> counts = new LinkedHashMap<>();
                for (String table : tables) {
                    zip.putNextEntry(new ZipEntry("tables/" + table + ".jsonl"));
                    Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
                    long n = 0;
                    try (Statement s = c.createStatement()) {
                        s.setFetchSize(1000);
                        try (ResultSet rs = s.executeQuery("select * from " + table)) {
                            ResultSetMetaData md = rs.getMetaData();
                            List<String> columns = new ArrayList<>();
                            List<String> kinds = new ArrayList<>();
                            for (int i = 1; i <= md.getColumnCount(); i++) {
                                columns.add(md.getColumnName(i).toLowerCase(Locale.ROOT));
                                kinds.add(kind(md.getColumnType(i), md.getColumnTypeName(i)));
                            }
                            described.put(table, Map.of("columns", columns, "kinds", kinds));
                            while (rs.next()) {
                                List<Object> row = new ArrayList<>(columns.size());
                                for (int i = 1; i <= columns.size(); i++) {
                                    row.add(read(rs, i, kinds.get(i - 1)));
                                }
                                w.write(json.writeValueAsString(row));
                                w.write('\n');
                                n++;
                            }
                        }
                    }
                    w.flush();
                    zip.closeEntry();
                    counts.put(table, n);
                }
                manifest.put("format", FORMAT);
                manifest.put("version", VERSION);
                manifest.put("created", Instant.now().toString());
                manifest.put("tables", tables);
                manifest.put("rows", counts);
                manifest.put("columns", described);
                zip.putNextEntry(new ZipEntry("manifest.json"));
                zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
                zip.closeEntry();
                return new Summary(counts);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the database: " + e.getMessage(), e);
            }
        });
    }

    /**
     * Reads a backup into this database, which must hold no data yet (its tables made by the
     * migrations): all in one transaction, so that a failure leaves it empty.
     */
    @SuppressWarnings("unchecked")
    public Summary restore(Path archive) {
        Map<String, Object> manifest;
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            ZipEntry m = zip.getEntry("manifest.json");
            if (m == null) {
                throw InvalidInputException.of(archive.toString(), "not a microdegree backup (no manifest.json)");
            }
            manifest = json.readValue(zip.getInputStream(m).readAllBytes(), Map.class);
            if (!FORMAT.equals(manifest.get("format")) || !Integer.valueOf(VERSION).equals(manifest.get("version"))) {
                throw InvalidInputException.of(archive.toString(), "not a microdegree backup of version " + VERSION);
            }
            Map<String, Object> manifestOf = manifest;
            return tx.execute(status -> {
                Connection c = DataSourceUtils.getConnection(dataSource);
                try {
                    Set<String> here = new LinkedHashSet<>(tablesInOrder(c));
                    for (String table : here) {
                        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from " + table)) {
                            rs.next();
                            if (rs.getLong(1) > 0) {
                                throw new ConflictException("this database holds data (" + table + " has " + rs.getLong(1)
                                        + " rows); restore into a new, empty database");
                            }
                        }
                    }
                    Map<String, Long> counts = new LinkedHashMap<>();
                    Map<String, Object> columns = (Map<String, Object>) manifestOf.get("columns");
                    for (String table : (List<String>) manifestOf.get("tables")) {
                        if (!here.contains(table)) {
                            throw InvalidInputException.of(archive + "!/tables/" + table + ".jsonl", "this installation has no table " + table
                                    + " (a backup of a newer version?)");
                        }
                        Map<String, Object> d = (Map<String, Object>) columns.get(table);
                        counts.put(table, insert(c, zip, table, (List<String>) d.get("columns"), (List<String>) d.get("kinds")));
                        restartIdentities(c, table);
                    }
                    return new Summary(counts);
                } catch (SQLException | IOException e) {
                    throw new IllegalStateException("the backup could not be restored, nothing was written: " + e.getMessage(), e);
                }
            });
        } catch (IOException e) {
            throw InvalidInputException.of(archive.toString(), "not a readable ZIP file (" + e.getMessage() + ")");
        }
    }

    private long insert(Connection c, ZipFile zip, String table, List<String> columns, List<String> kinds) throws SQLException, IOException {
        ZipEntry entry = zip.getEntry("tables/" + table + ".jsonl");
        if (entry == null) {
            throw InvalidInputException.of("tables/" + table + ".jsonl", "missing from the backup");
        }
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values (" + "?, ".repeat(columns.size() - 1) + "?)";
        long n = 0;
        try (PreparedStatement p = c.prepareStatement(sql);
                BufferedReader in = new BufferedReader(new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                List<Object> row = json.readValue(line, List.class);
                for (int i = 0; i < columns.size(); i++) {
                    write(p, i + 1, kinds.get(i), row.get(i));
                }
                p.addBatch();
                if (++n % 1000 == 0) {
                    p.executeBatch();
                }
            }
            p.executeBatch();
        }
        return n;
    }

    /** Identity columns (the journals' sequence numbers) go on after the highest restored value. */
    private static void restartIdentities(Connection c, String table) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        try (ResultSet cols = md.getColumns(null, c.getSchema(), table, "%")) {
            while (cols.next()) {
                if ("YES".equalsIgnoreCase(cols.getString("IS_AUTOINCREMENT"))) {
                    String column = cols.getString("COLUMN_NAME");
                    long next;
                    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select coalesce(max(" + column + "), 0) + 1 from " + table)) {
                        rs.next();
                        next = rs.getLong(1);
                    }
                    try (Statement s = c.createStatement()) {
                        s.execute("alter table " + table + " alter column " + column + " restart with " + next);
                    }
                }
            }
        }
    }

    /** The application's tables, each after the tables it refers to. */
    static List<String> tablesInOrder(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        String schema = c.getSchema();
        List<String> all = new ArrayList<>();
        try (ResultSet rs = md.getTables(null, schema, "%", new String[]{"TABLE", "BASE TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (LEFT_OUT_PREFIXES.stream().noneMatch(name::startsWith)) {
                    all.add(name);
                }
            }
        }
        Collections.sort(all);
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        for (String t : all) {
            Set<String> p = new LinkedHashSet<>();
            try (ResultSet rs = md.getImportedKeys(null, schema, t)) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(t) && all.contains(parent)) {
                        p.add(parent);
                    }
                }
            }
            parents.put(t, p);
        }
        List<String> ordered = new ArrayList<>();
        while (ordered.size() < all.size()) {
            boolean moved = false;
            for (String t : all) {
                if (!ordered.contains(t) && ordered.containsAll(parents.get(t))) {
                    ordered.add(t);
                    moved = true;
                }
            }
            if (!moved) {
                throw new IllegalStateException("the tables refer to each other in a cycle: " + parents);
            }
        }
        return ordered;
    }

    private static String kind(int type, String typeName) {
        String name = typeName.toLowerCase(Locale.ROOT);
        if (name.contains("uuid")) {
            return "uuid";
        }
        return switch (type) {
            case Types.BOOLEAN, Types.BIT -> "bool";
            case Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.TINYINT -> "int";
            case Types.DECIMAL, Types.NUMERIC, Types.DOUBLE, Types.FLOAT, Types.REAL -> "decimal";
            case Types.DATE -> "date";
            case Types.TIMESTAMP -> name.contains("zone") || name.contains("tz") ? "tstz" : "ts";
            case Types.TIMESTAMP_WITH_TIMEZONE -> "tstz";
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> "bytes";
            default -> "text";
        };
    }

    private static Object read(ResultSet rs, int i, String kind) throws SQLException {
        Object v = switch (kind) {
            case "bool" -> rs.getBoolean(i);
            case "int" -> rs.getLong(i);
            case "decimal" -> rs.getBigDecimal(i);
            case "date" -> rs.getObject(i, LocalDate.class);
            case "ts" -> rs.getObject(i, LocalDateTime.class);
            case "tstz" -> rs.getObject(i, OffsetDateTime.class);
            case "bytes" -> rs.getBytes(i);
            default -> rs.getString(i);
        };
        if (rs.wasNull() || v == null) {
            return null;
        }
        return switch (kind) {
            case "date", "ts", "tstz", "decimal" -> v.toString();
            case "bytes" -> Base64.getEncoder().encodeToString((byte[]) v);
            default -> v;
        };
    }

    private static void write(PreparedStatement p, int i, String kind, Object value) throws SQLException {
        if (value == null) {
            p.setObject(i, null);
            return;
        }
        String s = value.toString();
        switch (kind) {
            case "bool" -> p.setBoolean(i, (Boolean) value);
            case "int" -> p.setLong(i, ((Number) value).longValue());
            case "decimal" -> p.setBigDecimal(i, new BigDecimal(s));
            case "date" -> p.setObject(i, LocalDate.parse(s));
            case "ts" -> p.setObject(i, LocalDateTime.parse(s));
            case "tstz" -> p.setObject(i, OffsetDateTime.parse(s));
            case "bytes" -> p.setBytes(i, Base64.getDecoder().decode(s));
            case "uuid" -> p.setObject(i, UUID.fromString(s));
            default -> p.setString(i, s);
        }
    }
}
