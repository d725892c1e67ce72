package org.microdegree.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.conformance.Conformance;
import org.microdegree.conformance.ConformanceView;
import org.microdegree.policy.model.ConformanceReport;
import org.microdegree.policy.model.Finding;
import org.microdegree.policy.model.Outcome;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

@Command(name = "validate", mixinStandardHelpOptions = true, description = {"Check micro-credentials and micro-degree programmes against rule profiles.",
        "Without --profile each programme is checked against its own ruleProfiles (else its institution's adopted"
                + " profiles, else eu-2022), each micro-credential against its institution's and those of the programmes that name it.",
        "Exit 0 when it conforms (warnings allowed), 1 when a rule fails with an error, 2 for unreadable input or an unknown profile."})
class ValidateCommand implements Callable<Integer> {

    @Mixin DataOptions data;

    @ArgGroup(multiplicity = "1") Target target;

    static class Target {
        @Parameters(paramLabel = "FILE", description = "A catalogue bundle (.yaml, .yml, .json); names outside it resolve in the stored catalogue.")
        @Nullable Path file;

        @Option(names = "--all", description = "Check the current version of every stored micro-credential and programme.") boolean all;
    }

    @Option(names = "--profile", paramLabel = "ID", description = "Check against this profile (repeatable), e.g. luh-2023, luh-2025, eu-2022.") List<String> profiles = new ArrayList<>();

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "Output format (default: ${DEFAULT-VALUE}).") String format;

    @Option(names = "--lang", paramLabel = "en|de", description = "Language of the messages (default: from LANG, else en).")
    @Nullable String lang;

    @Option(names = {"-v", "--verbose"}, description = "Also list the rules that passed or do not apply.") boolean verbose;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("--format: expected text or json, got '" + format + "'");
        }
        String language = language();
        byte[] content = null;
        BundleSyntax syntax = null;
        if (target.file != null) {
            content = ImportCommand.read(target.file);
            syntax = BundleSyntax.ofFileName(target.file.getFileName().toString())
                    .orElseThrow(() -> new UsageException(target.file + ": unknown file type; use .yaml, .yml or .json (catalogue bundle)"));
        }
        try (ConfigurableApplicationContext ctx = Runtime.start(data.data, false, Map.of(), List.of())) {
            Conformance conformance = ctx.getBean(Conformance.class);
            long started = System.nanoTime();
            ConformanceReport report = target.file != null
                    ? conformance.checkBundle(target.file.toString(), content, syntax, profiles)
                    : conformance.checkAll(profiles);
            long millis = (System.nanoTime() - started) / 1_000_000;
            PrintWriter out = Cli.stdout();
            if (format.equals("json")) {
                out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                        .writeValueAsString(ConformanceView.of(report, !verbose)));
            } else {
                printText(report, language, millis, out);
            }
            out.flush();
            return report.conforms() ? Cli.OK : Cli.FINDINGS;
        }
    }

    private void printText(ConformanceReport report, String language, long millis, PrintWriter out) {
        for (Finding f : report.findings()) {
            if (!verbose && !f.isProblem()) {
                continue;
            }
            String label = switch (f.outcome()) {
                case FAIL -> "error";
                case WARNING -> "warning";
                case PASS -> "pass";
                case NOT_APPLICABLE -> "n/a";
            };
            out.printf("%-8s %s  %s%n", label, f.rule(), f.path());
            out.printf("         %s%n", f.message().in(language));
            if (f.suggestion() != null) {
                out.printf("         %s %s%n", language.equals("de") ? "Vorschlag:" : "Suggestion:", f.suggestion().in(language));
            }
        }
        Map<Outcome, Integer> c = report.counts();
        String profiles = report.profiles().isEmpty() ? "-" : String.join(", ", report.profiles());
        if (language.equals("de")) {
            out.printf("%d Micro-Credentials und Micro-Degrees geprüft gegen %s: %d Fehler, %d Warnungen, %d erfüllt, %d nicht anwendbar (%d ms). %s%n",
                    report.items(), profiles, c.get(Outcome.FAIL), c.get(Outcome.WARNING), c.get(Outcome.PASS), c.get(Outcome.NOT_APPLICABLE),
                    millis, report.conforms() ? "Konform." : "Nicht konform.");
        } else {
            out.printf("Checked %d micro-credentials and micro-degrees against %s: %d error(s), %d warning(s), %d passed, %d not applicable (%d ms). %s%n",
                    report.items(), profiles, c.get(Outcome.FAIL), c.get(Outcome.WARNING), c.get(Outcome.PASS), c.get(Outcome.NOT_APPLICABLE),
                    millis, report.conforms() ? "Conforms." : "Does not conform.");
        }
    }

    private String language() {
        return Cli.language(lang);
    }
}
