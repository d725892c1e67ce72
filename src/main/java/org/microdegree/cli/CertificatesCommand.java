package org.microdegree.cli;

import org.microdegree.credentials.AwardingCertificates;
import org.microdegree.shared.CertificateId;
import org.microdegree.shared.LearnerId;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Consumer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.microdegree.shared.Coded;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.credentials.CertificateForms;
import org.microdegree.credentials.Certificates;
import org.microdegree.credentials.model.Certificate;
import org.microdegree.jobs.Jobs;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ItemId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

@Command(name = "certificates", mixinStandardHelpOptions = true, description = "Issued certificates: list them, export one as VC, ELM or PDF, revoke one, confirm partial completion, approve a joint award.", subcommands = {
        CertificatesCommand.ListCertificates.class, CertificatesCommand.Export.class, CertificatesCommand.Revoke.class,
        CertificatesCommand.Partial.class, CertificatesCommand.Approve.class, CertificatesCommand.Awarding.class,
        CertificatesCommand.ExportZip.class})
final class CertificatesCommand extends CommandGroup {

    static Actor operator() {
        return Actor.operator("cli:" + System.getProperty("user.name", "unknown"));
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List certificates, all or one learner's.")
    static final class ListCertificates implements Callable<Integer> {
        private static final int PAGE = 1000;
        @Mixin DataOptions data;
        @Option(names = "--learner", paramLabel = "ID", description = "Only this learner's.")
        @Nullable String learner;
        @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).") String format;

        @Override
        public Integer call() {
            if (!format.equals("text") && !format.equals("json")) {
                throw new UsageException("--format: '" + format + "' is not text or json");
            }
            Runtime.inContext(data, ctx -> {
                Certificates certificates = ctx.getBean(Certificates.class);
                var json = JsonMapper.builder().build().writerWithDefaultPrettyPrinter();
                long[] listed = {0};
                Consumer<Certificate> print = c -> {
                    if (format.equals("json")) {
                        Cli.stdout().println((listed[0] == 0 ? "[ " : ", ") + json.writeValueAsString(row(c)));
                    } else {
                        Cli.stdout().printf("%s  %-8s %-18s %-40s %s  %s%n", c.id(), c.status(), c.kind().code(), c.item(), c.learner().value(), c.title());
                    }
                    listed[0]++;
                };
                if (learner != null) {
                    certificates.ofLearner(LearnerId.parse("--learner", learner), operator()).forEach(print);
                } else {
                    // a page at a time: an installation holds millions of certificates, more than a JVM's memory
                    String after = "";
                    for (List<Certificate> page; !(page = certificates.page(null, after, PAGE, operator())).isEmpty(); after = page.getLast().id().value()) {
                        page.forEach(print);
                    }
                }
                if (format.equals("json")) {
                    Cli.stdout().println(listed[0] == 0 ? "[ ]" : "]");
                } else {
                    Cli.stdout().printf("%d certificate(s)%n", listed[0]);
                }
            });
            return Cli.OK;
        }
    }

    /** A catalogue id from the command line, or bad input naming the option. */
    static ItemId itemId(String option, String value) {
        if (!ItemId.isValid(value)) {
            throw new UsageException(option + ": '" + value + "' is not a catalogue id");
        }
        return ItemId.of(value);
    }

    static Map<String, Object> row(Certificate c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id().value());
        m.put("learner", c.learner().value());
        m.put("title", c.title());
        m.put("kind", c.kind().code());
        m.put("status", c.status());
        m.put("credential", c.item());
        m.put("version", c.version());
        m.put("institution", c.institution());
        m.put("issued", c.issued().toString());
        if (c.revokedReason() != null) {
            m.put("revokedReason", c.revokedReason());
        }
        return m;
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write one certificate as the signed VC, the ELM/EDC JSON-LD, or a PDF.")
    static final class Export implements Callable<Integer> {
        @Mixin DataOptions data;
        @Parameters(paramLabel = "ID", description = "The certificate's id.") String id;
        @Option(names = "--format", required = true, description = "vc, elm or pdf.") String format;
        @Option(names = "--lang", defaultValue = "en", description = "The PDF's language: en or de (default: ${DEFAULT-VALUE}).") String lang;
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write it; - for standard output.") String out;

        @Override
        public Integer call() {
            if (!List.of("vc", "elm", "pdf").contains(format)) {
                throw new UsageException("--format: '" + format + "' is not vc, elm or pdf");
            }
            if (!lang.equals("en") && !lang.equals("de")) {
                throw new UsageException("--lang: '" + lang + "' is not en or de");
            }
            Runtime.inContext(data, ctx -> {
                Certificate c = ctx.getBean(Certificates.class).get(CertificateId.parse("ID", id), operator());
                CertificateForms forms = ctx.getBean(CertificateForms.class);
                byte[] bytes = switch (format) {
                    case "vc" -> forms.vc(c).getBytes(StandardCharsets.UTF_8);
                    case "elm" -> forms.elm(c).getBytes(StandardCharsets.UTF_8);
                    default -> forms.pdf(c, lang);
                };
                write(bytes, out);
            });
            return Cli.OK;
        }
    }

    static void write(byte[] bytes, String out) {
        try {
            if (out.equals("-")) {
                OutputStream stdout = System.out;
                stdout.write(bytes);
                stdout.flush();
            } else {
                Files.write(Path.of(out), bytes);
            }
        } catch (IOException e) {
            throw new UsageException("--out: cannot write " + out + ": " + e.getMessage());
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = {"Revoke a certificate; its status list shows it to every verifier.",
            "With --file, revoke every certificate a CSV lists (columns certificate and reason, header row; ',' or ';') as a",
            "job: the whole list is checked first and refused with every error named (exit 2), then revoked 500 at a time;",
            "if it stops, 'jobs restart ID' goes on where it stopped. Certificates revoked before are skipped."})
    static final class Revoke implements Callable<Integer> {
        @Mixin DataOptions data;
        @Parameters(paramLabel = "ID", arity = "0..1", description = "The certificate's id.")
        @Nullable String id;
        @Option(names = "--reason", paramLabel = "TEXT", description = "Why it is revoked (recorded).")
        @Nullable String reason;
        @Option(names = "--file", paramLabel = "FILE.csv", description = "A list of certificates to revoke, each with its reason.")
        @Nullable Path file;

        @Override
        public Integer call() {
            if ((id == null) == (file == null)) {
                throw new UsageException("name either a certificate ID (with --reason) or --file FILE.csv");
            }
            if (file != null) {
                if (reason != null) {
                    throw new UsageException("--reason: each row of --file gives its own reason");
                }
                if (!Files.isRegularFile(file)) {
                    throw new UsageException("--file: " + file + " is not a readable file");
                }
                return revokeAll(file);
            }
            if (reason == null) {
                throw new UsageException("--reason: a revocation needs a reason");
            }
            Runtime.inContext(data, ctx -> {
                Certificate c = ctx.getBean(Certificates.class).revoke(CertificateId.parse("ID", id), reason, operator());
                Cli.stdout().printf("revoked %s (%s): %s%n", c.id(), c.title(), c.revokedReason());
            });
            return Cli.OK;
        }

        private Integer revokeAll(Path list) {
            Runtime.inContext(data, ctx -> {
                try (JobProgress progress = new JobProgress(System.err)) {
                    var job = ctx.getBean(Jobs.class).revoke(list, list.toString(), operator().name(), progress);
                    Cli.stdout().printf("job %d: revoked %d certificate(s); %d revoked before%n", job.id(), job.count("revoked"),
                            job.count("revokedBefore"));
                }
            });
            return Cli.OK;
        }
    }

    @Command(name = "export-zip", mixinStandardHelpOptions = true, description = {
            "Write every certificate (or one institution's) into a ZIP as a job: ID.json (the signed VC), ID.pdf with",
            "--pdf, and certificates.csv listing them. If it stops, 'jobs restart ID' goes on where it stopped."})
    static final class ExportZip implements Callable<Integer> {
        @Mixin DataOptions data;
        @Option(names = "--out", required = true, paramLabel = "FILE.zip", description = "The ZIP to write.") Path out;
        @Option(names = "--institution", paramLabel = "ID", description = "Only this institution's certificates.")
        @Nullable String institution;
        @Option(names = "--pdf", paramLabel = "LANG", description = "Also each certificate's PDF, in en or de (slower: about 80 a second).")
        @Nullable String pdf;

        @Override
        public Integer call() {
            if (pdf != null && !pdf.equals("en") && !pdf.equals("de")) {
                throw new UsageException("--pdf: '" + pdf + "' is not en or de");
            }
            if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                throw new UsageException("--out: " + out + " does not end in .zip");
            }
            Path parent = out.toAbsolutePath().getParent();
            if (parent == null || !Files.isDirectory(parent) || !Files.isWritable(parent)) {
                throw new UsageException("--out: the folder of " + out + " does not exist or cannot be written");
            }
            if (institution != null && !institution.matches("[a-z0-9-]{1,50}")) {
                throw new UsageException("--institution: '" + institution + "' is not an institution id");
            }
            Runtime.inContext(data, ctx -> {
                try (JobProgress progress = new JobProgress(System.err)) {
                    var job = ctx.getBean(Jobs.class).exportCertificates(out, institution, pdf, operator().name(), progress);
                    Cli.stdout().printf("job %d: wrote %d certificate(s) to %s%n", job.id(), job.count("exported"), out);
                }
            });
            return Cli.OK;
        }
    }

    @Command(name = "partial", mixinStandardHelpOptions = true, description = "Confirm the micro-credentials a learner completed so far in a programme.")
    static final class Partial implements Callable<Integer> {
        @Mixin DataOptions data;
        @Option(names = "--learner", required = true, paramLabel = "ID") String learner;
        @Option(names = "--programme", required = true, paramLabel = "ID") String programme;

        @Override
        public Integer call() {
            ItemId id = itemId("--programme", programme);
            Runtime.inContext(data, ctx -> {
                Certificate c = ctx.getBean(AwardingCertificates.class).confirmPartial(LearnerId.parse("--learner", learner), id, operator());
                Cli.stdout().printf("issued %s: %s%n", c.id(), c.title());
            });
            return Cli.OK;
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true, description = "Record a partner institution's approval of a joint award; the last approval issues the certificate.")
    static final class Approve implements Callable<Integer> {
        @Mixin DataOptions data;
        @Option(names = "--learner", required = true, paramLabel = "ID") String learner;
        @Option(names = "--programme", required = true, paramLabel = "ID") String programme;
        @Option(names = "--institution", required = true, paramLabel = "ID", description = "The approving institution.") String institution;

        @Override
        public Integer call() {
            ItemId id = itemId("--programme", programme);
            Runtime.inContext(data, ctx -> {
                AwardingCertificates.Award a = ctx.getBean(AwardingCertificates.class).approve(LearnerId.parse("--learner", learner), id, institution,
                        operator());
                Cli.stdout().println(a.certificate() != null
                        ? "issued " + a.certificate().id() + ": " + a.certificate().title()
                        : "approved; still awaiting " + String.join(", ", a.approvalsMissing()));
            });
            return Cli.OK;
        }
    }

    @Command(name = "awarding", mixinStandardHelpOptions = true, description = "Whether a credential's certificates are issued when met (automatic) or after a registrar confirms (award --all --confirm).")
    static final class Awarding implements Callable<Integer> {
        @Mixin DataOptions data;
        @Parameters(paramLabel = "ID", description = "The micro-credential or programme.") String item;
        @Option(names = "--kind", defaultValue = "micro-degree", description = "micro-credential or micro-degree (default: ${DEFAULT-VALUE}).") String kind;
        @Option(names = "--mode", required = true, description = "automatic or confirmation.") String mode;

        @Override
        public Integer call() {
            if (!mode.equals("automatic") && !mode.equals("confirmation")) {
                throw new UsageException("--mode: '" + mode + "' is not automatic or confirmation");
            }
            var k = Coded.fromCode(ItemKind.class, kind)
                    .orElseThrow(() -> new UsageException("--kind: '" + kind + "' is not micro-credential or micro-degree"));
            ItemId id = itemId("ID", item);
            Runtime.inContext(data, ctx -> {
                ctx.getBean(AwardingCertificates.class).setConfirmation(k, id, mode.equals("confirmation"), operator());
                Cli.stdout().printf("%s: certificates are issued %s%n", item, mode.equals("confirmation") ? "after a registrar's confirmation" : "when met");
            });
            return Cli.OK;
        }
    }
}
