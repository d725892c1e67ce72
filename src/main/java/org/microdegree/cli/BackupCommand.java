package org.microdegree.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.microdegree.backup.Backups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** A whole installation to one archive, and back: also from H2 (the data directory) to PostgreSQL (MICRODEGREE_DB_URL). */
final class BackupCommand {

    private BackupCommand() {
    }

    @Command(name = "backup", mixinStandardHelpOptions = true, description = {
            "Write the whole installation to one ZIP: catalogue, rule profiles, accounts, learners, results,",
            "certificates, signing keys (sealed with the key password, as stored) and journals, in one consistent read."})
    static final class Backup implements Callable<Integer> {
        @Mixin DataOptions data;
        @Option(names = "--out", required = true, paramLabel = "FILE.zip", description = "The archive to write (not overwritten).") Path out;

        @Override
        public Integer call() {
            if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                throw new UsageException("--out: the archive's name ends in .zip");
            }
            if (Files.exists(out)) {
                throw new UsageException("--out: " + out + " exists; name a new file");
            }
            Runtime.inContext(data, ctx -> {
                long started = System.nanoTime();
                Backups.Summary s;
                try {
                    s = ctx.getBean(Backups.class).write(out);
                } catch (RuntimeException e) {
                    ImportCommand.delete(out);
                    throw e;
                }
                Cli.stdout().printf("wrote %s: %d tables, %d rows (%d ms)%n", out, s.rows().size(), s.total(), (System.nanoTime() - started) / 1_000_000);
            });
            return Cli.OK;
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true, description = {
            "Read a backup into a new, empty installation (the data directory, or the database MICRODEGREE_DB_URL names),",
            "in one transaction. Certificates verify as before when the same key password is set."})
    static final class Restore implements Callable<Integer> {
        @Mixin DataOptions data;
        @Parameters(paramLabel = "FILE.zip", description = "The archive backup wrote.") Path archive;

        @Override
        public Integer call() {
            if (!Files.isRegularFile(archive)) {
                throw new UsageException(archive + ": no such file");
            }
            Runtime.inContext(data, ctx -> {
                long started = System.nanoTime();
                Backups.Summary s = ctx.getBean(Backups.class).restore(archive);
                Cli.stdout().printf("restored %s: %d tables, %d rows (%d ms)%n", archive, s.rows().size(), s.total(),
                        (System.nanoTime() - started) / 1_000_000);
            });
            return Cli.OK;
        }
    }
}
