package org.microdegree.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.microdegree.MicrodegreeApplication;

/**
 * A user's data directory as the tests see it: its H2 file database (opened beside a running
 * command through H2's server), counts read from it, and commands run in a JVM of their own so that
 * they can be killed.
 */
record DataDirectory(Path dir) {

    Connection connect() throws Exception {
        System.setProperty("h2.bindAddress", "127.0.0.1");
        String secret = Files.readString(dir.resolve(".db-secret")).strip();
        return DriverManager.getConnection("jdbc:h2:file:" + dir.toAbsolutePath().resolve("microdegree")
                + ";AUTO_SERVER=TRUE;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "microdegree", secret);
    }

    /** The one number the query answers; 0 while the database or its tables are not there yet. */
    long count(String sql) throws Exception {
        if (!Files.exists(dir.resolve(".db-secret"))) {
            return 0;
        }
        try (Connection db = connect(); ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            return 0;
        }
    }

    /** Why the job's failed steps failed, as Spring Batch kept it: for the message of a failing test. */
    String failedSteps() {
        StringBuilder out = new StringBuilder();
        try (Connection db = connect();
                ResultSet rs = db.createStatement().executeQuery(
                        "select step_name, exit_message from batch_step_execution where status = 'FAILED' order by step_execution_id")) {
            while (rs.next()) {
                String message = rs.getString(2);
                out.append("\n").append(rs.getString(1)).append(": ").append(message == null ? "" : message.substring(0, Math.min(3000, message.length())));
            }
        } catch (Exception e) {
            out.append("\n(failed steps not readable: ").append(e.getMessage()).append(")");
        }
        return out.toString();
    }

    /** Waits until a command owns the database file (had this JVM opened it first, the command could not). */
    void awaitOpenedBy(Process command, Instant deadline) throws InterruptedException {
        while (!Files.exists(lock()) && command.isAlive() && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
    }

    /** H2 refuses to open a file whose lock was released a moment ago: the next process waits until it is gone. */
    void awaitUnlocked() throws InterruptedException {
        Instant until = Instant.now().plusSeconds(30);
        while (Files.exists(lock()) && Instant.now().isBefore(until)) {
            Thread.sleep(100);
        }
        Thread.sleep(1500);
    }

    private Path lock() {
        return dir.resolve("microdegree.lock.db");
    }

    /** The real command in its own JVM, with the key password, on H2 whatever the build's database. */
    static Process command(String keyPassword, String... args) throws Exception {
        return command(keyPassword, List.of(), args);
    }

    /** The same with system properties ({@code -Dname=value}) for the command's JVM. */
    static Process command(String keyPassword, List<String> properties, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(properties);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), MicrodegreeApplication.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.PIPE);
        pb.environment().put("MICRODEGREE_KEY_PASSWORD", keyPassword);
        pb.environment().remove("MICRODEGREE_DB_URL");
        return pb.start();
    }
}
