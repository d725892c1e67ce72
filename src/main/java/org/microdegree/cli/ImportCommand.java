package org.microdegree.cli;

import org.microdegree.credentials.AwardingCertificates;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.CatalogueImports;
import org.microdegree.catalog.ImportResult;
import org.microdegree.credentials.SigningKeys;
import org.microdegree.jobs.JobFailedException;
import org.microdegree.jobs.JobView;
import org.microdegree.jobs.Jobs;
import org.microdegree.learners.ImportSummary;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import org.microdegree.catalog.model.LifecycleStatus;
import org.microdegree.credentials.LearningOpportunities;
import org.microdegree.shared.Coded;
import org.microdegree.shared.InstitutionId;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true, description = {
        "Import a catalogue bundle (.yaml, .yml, .json), modules from an exam office CSV (.csv), Europass learning",
        "opportunities (ELM 3 JSON-LD, .jsonld: as export --format europass writes them or a partner publishes them), or a ZIP bundle (.zip)",
        "with catalogue.json, learners.csv, enrolments.csv and achievements.csv (as generate --preset luh writes it).",
        "All or nothing: on any error nothing is written (exit 2). Importing the same file again changes nothing.",
        "A ZIP bundle runs as a job: its data, then the learners it touched audited and their certificates issued;",
        "if that stops (exit 1, e.g. no key password), fix the cause and run jobs restart ID."})
class ImportCommand implements Callable<Integer> {

    @Mixin DataOptions data;

    @Parameters(paramLabel = "FILE", description = "The file to import.") Path file;

    @picocli.CommandLine.Option(names = "--max-part-size", paramLabel = "SIZE", defaultValue = "1GB", description = "ZIP bundles: the largest part once unpacked (default: ${DEFAULT-VALUE}).") String maxPart;

    @picocli.CommandLine.Option(names = "--max-total-size", paramLabel = "SIZE", defaultValue = "2GB", description = "ZIP bundles: all parts together once unpacked (default: ${DEFAULT-VALUE}).") String maxTotal;

    @picocli.CommandLine.Option(names = "--accept-findings", description = "Import items that come in review, approved or published although their rule profiles find errors;"
            + " the journal records who accepted which findings.") boolean acceptFindings;

    @picocli.CommandLine.Option(names = "--status", paramLabel = "STATUS", defaultValue = "draft", description = "Learning opportunities:"
            + " the status the items come in with: draft (default), in-review, approved, announced or published.") String status;

    @picocli.CommandLine.Option(names = "--institution", paramLabel = "ID", description = "Learning opportunities of another provider:"
            + " the institution (id) their items come in under.") String institution;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        String name = file.getFileName().toString();
        if (name.toLowerCase().endsWith(".zip")) {
            return importZip();
        }
        byte[] content = read(file);
        if (name.toLowerCase().endsWith(".jsonld")) {
            return importLearningOpportunities(content);
        }
        boolean csv = name.toLowerCase().endsWith(".csv");
        BundleSyntax syntax = csv
                ? null
                : BundleSyntax.ofFileName(name)
                        .orElseThrow(() -> new UsageException(file + ": unknown file type; use .yaml, .yml, .json (catalogue bundle) or .csv (modules)"));
        try (ConfigurableApplicationContext ctx = Runtime.start(data.data, false, Map.of(), List.of())) {
            Catalogue catalogue = ctx.getBean(Catalogue.class);
            long started = System.nanoTime();
            String actor = "cli:" + System.getProperty("user.name", "unknown");
            ImportResult result = csv
                    ? ctx.getBean(CatalogueImports.class).importModulesCsv(file.toString(), content, actor)
                    : catalogue.importBundle(file.toString(), content, syntax, actor, acceptFindings);
            var out = Cli.stdout();
            out.printf("%s (%d ms)%n", result.summary(), (System.nanoTime() - started) / 1_000_000);
            out.flush();
        }
        return Cli.OK;
    }

    private Integer importLearningOpportunities(byte[] content) {
        LifecycleStatus into = Coded.fromCode(LifecycleStatus.class, status).filter(s -> s != LifecycleStatus.RETIRED)
                .orElseThrow(() -> new UsageException("--status: '" + status + "' is not one of draft, in-review, approved, announced, published"));
        if (institution != null && !InstitutionId.isValid(institution)) {
            throw new UsageException("--institution: '" + institution + "' is not an institution id (lower-case letters, digits, -, ., _)");
        }
        try (ConfigurableApplicationContext ctx = Runtime.start(data.data, false, Map.of(), List.of())) {
            long started = System.nanoTime();
            ImportResult result = ctx.getBean(LearningOpportunities.class).importOpportunities(file.toString(), content, into, institution,
                    "cli:" + System.getProperty("user.name", "unknown"), acceptFindings);
            var out = Cli.stdout();
            out.printf("%s (%d ms)%n", result.summary(), (System.nanoTime() - started) / 1_000_000);
            out.flush();
        }
        return Cli.OK;
    }

    /** The parts of a ZIP bundle in the order they are imported: later parts refer to earlier ones. */
    private static final List<String> PARTS = List.of("catalogue.json", "catalogue.yaml", "learners.csv", "enrolments.csv", "achievements.csv");

    /**
     * A whole installation's data (as {@code generate --preset luh} writes it), as a job: the data in
     * one transaction (an error in the last row of the results leaves the catalogue and the learners
     * unwritten too), then the learners whose results it wrote are audited and their certificates
     * issued, a chunk at a time. A failure there leaves a job to restart ({@code jobs restart ID}).
     */
    private Integer importZip() {
        Map<String, byte[]> parts = ZipBundle.read(file, PARTS, ZipBundle.parseSize("--max-part-size", maxPart),
                ZipBundle.parseSize("--max-total-size", maxTotal));
        try (ConfigurableApplicationContext ctx = Runtime.start(data.data, false, Map.of(), List.of())) {
            var out = Cli.stdout();
            long started = System.nanoTime();
            JobView job;
            try {
                job = importJob(ctx, data.data, parts, file.toString());
            } catch (JobFailedException e) {
                e.view().summary().forEach(out::println);
                throw e;
            }
            job.summary().forEach(out::println);
            out.printf("imported %s as job %d (%d ms): %s%n", file, job.id(), (System.nanoTime() - started) / 1_000_000, JobsCommand.awards(job));
            if (!awaitReaudits(ctx, out)) {
                return Cli.FINDINGS;
            }
        }
        return Cli.OK;
    }

    /**
     * Runs the import job over these parts (named as in a bundle: learners.csv, achievements.csv,
     * ...), with its progress on standard error. The parts are kept beside the data while the job
     * may still be restarted, and removed once it completed or its data was refused.
     */
    static JobView importJob(ConfigurableApplicationContext ctx, Path dataDir, Map<String, byte[]> parts, String source) {
        Path work = dataDir.resolve("jobs").resolve("import-" + LocalDateTime.now().toString().replace(':', '-')
                + "-" + UUID.randomUUID().toString().substring(0, 8));
        unpack(parts, work);
        boolean keep = false;
        try (JobProgress progress = new JobProgress(System.err)) {
            String user = "cli:" + System.getProperty("user.name", "unknown");
            return ctx.getBean(Jobs.class).importData(work, source, user, progress);
        } catch (JobFailedException e) {
            keep = true;
            throw e;
        } finally {
            if (!keep) {
                delete(work);
            }
        }
    }

    private static void unpack(Map<String, byte[]> parts, Path dir) {
        try {
            Files.createDirectories(dir);
            for (var part : parts.entrySet()) {
                Files.write(dir.resolve(part.getKey()), part.getValue());
            }
        } catch (IOException e) {
            delete(dir);
            throw new UsageException("cannot write the bundle's parts to " + dir + ": " + e.getMessage());
        }
    }

    static void delete(Path dir) {
        try {
            FileSystemUtils.deleteRecursively(dir);
        } catch (IOException e) {
            // nothing there, or gone already
        }
    }

    /**
     * New results re-audit their learners after the commit, in the background: a command waits for
     * that before it ends, so that what it imported is fully audited when it returns.
     */
    /** @return false when re-audits are still open after 30 minutes; throws when some failed (exit 1, with the likely cause) */
    /** Publications not completed: the failed ones, or those still waiting or running. */
    private static long incomplete(EventPublicationRegistry registry, boolean failed) {
        return registry.findIncompletePublications().stream().filter(p -> (p.getStatus() == EventPublication.Status.FAILED) == failed).count();
    }

    static boolean awaitReaudits(ConfigurableApplicationContext ctx, PrintWriter out) {
        // Modulith's own registry, not its table: which publications are open, which failed
        EventPublicationRegistry registry = ctx.getBean(EventPublicationRegistry.class);
        long started = System.nanoTime();
        boolean said = false;
        // a re-audit or award that failed on a passing conflict (H2 waits 1 s for a lock) is sent again, at most twice:
        // both are idempotent, and a failure that persists is reported below
        for (int round = 0; round < 3; round++) {
            if (round > 0) {
                if (incomplete(registry, true) == 0) {
                    break;
                }
                ctx.getBean(IncompleteEventPublications.class)
                        .resubmitIncompletePublications(p -> p.getStatus() == EventPublication.Status.FAILED);
            }
            while (true) {
                // a publication that failed stays for the next start; one still running or waiting is awaited
                long open = incomplete(registry, false);
                if (open == 0) {
                    break;
                }
                if (System.nanoTime() - started > TimeUnit.MINUTES.toNanos(30)) {
                    out.printf("re-audits still open (%d); they resume when microdegree next starts%n", open);
                    return false;
                }
                if (!said) {
                    out.printf("re-auditing the learners with new results ...%n");
                    said = true;
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        if (said) {
            out.printf("re-audited (%d ms)%n", (System.nanoTime() - started) / 1_000_000);
        }
        long failed = registry.findIncompletePublications().size();
        // awards that could not be signed leave their met credentials recorded: say so first, and how to issue them
        String cause = ctx.getBean(SigningKeys.class).signingProblem();
        int unawarded = cause == null ? 0 : ctx.getBean(AwardingCertificates.class).unawarded();
        if (unawarded > 0) {
            throw new IllegalStateException(unawarded + " met credential(s) have no certificate: awarding certificates needs the key password ("
                    + cause + "); set it and run ./microdegree award --all"
                    + (failed > 0 ? "; besides, " + failed + " re-audits failed (see the log)" : ""));
        }
        if (failed > 0) {
            throw new IllegalStateException(failed + " re-audits failed (see the log); they are tried again when microdegree serve next starts");
        }
        return true;
    }

    private static String rows(ImportSummary s, String what) {
        return String.format("%d %s: %d new, %d changed, %d unchanged", s.rows(), what, s.inserted(), s.updated(), s.unchanged());
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UsageException(file + ": no such file");
        } catch (IOException e) {
            throw new UsageException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }
}
