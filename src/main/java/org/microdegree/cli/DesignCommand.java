package org.microdegree.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.design.DesignView;
import org.microdegree.design.ProgrammeDesigner;
import org.microdegree.design.building.Note;
import org.microdegree.design.building.Pattern;
import org.microdegree.policy.model.Finding;
import org.microdegree.shared.Actor;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "design", mixinStandardHelpOptions = true, description = {
        "Build a micro-degree programme by one of the seven patterns of the LUH model, from the published catalogue.",
        "PATTERN: update, gap-filler, elective-extension, interconnected, admission-bridge, power-programme, joint-master.",
        "The draft (new micro-credentials and programmes, all drafts) is written as an importable catalogue bundle and"
                + " checked against its rule profiles. Examples: examples/design/<pattern>.yaml.",
        "Exit 0 when built and conforming, 1 when it cannot be built (the reason is printed) or does not conform, 2 for bad input."})
class DesignCommand implements Callable<Integer> {

    @Mixin DataOptions data;

    @Parameters(index = "0", paramLabel = "PATTERN", description = "update, gap-filler, elective-extension, interconnected, admission-bridge, power-programme or joint-master") String pattern;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "The pattern's parameters (.yaml, .yml or .json).") Path input;

    @Option(names = "--out", paramLabel = "DRAFT.json", description = "Where to write the draft bundle (.json or .yaml); nothing is written when it cannot be built.")
    @Nullable Path out;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the pattern's report (matrix, composition, ...) as JSON.")
    @Nullable Path report;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "Output on the terminal (default: ${DEFAULT-VALUE}).") String format;

    @Option(names = "--lang", paramLabel = "en|de", description = "Language of the messages (default: from LANG, else en).")
    @Nullable String lang;

    @Override
    public Integer call() {
        Pattern p = Pattern.fromCode(pattern).orElseThrow(() -> new UsageException("unknown pattern '" + pattern + "'; one of: " + Pattern.codes()));
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("--format: expected text or json, got '" + format + "'");
        }
        String language = Cli.language(lang);
        byte[] content = ImportCommand.read(input);
        BundleSyntax syntax = BundleSyntax.ofFileName(input.getFileName().toString())
                .orElseThrow(() -> new UsageException(input + ": unknown file type; use .yaml, .yml or .json"));
        BundleSyntax outSyntax = out == null
                ? BundleSyntax.JSON
                : BundleSyntax.ofFileName(out.getFileName().toString())
                        .orElseThrow(() -> new UsageException(out + ": write the draft as .json, .yaml or .yml"));
        try (ConfigurableApplicationContext ctx = Runtime.start(data.data, false, Map.of(), List.of())) {
            ProgrammeDesigner designer = ctx.getBean(ProgrammeDesigner.class);
            MessageSource messages = ctx.getBean(MessageSource.class);
            ProgrammeDesigner.Result result = designer.design(p, input.toString(), content, syntax, Actor.operator("cli"));
            PrintWriter o = Cli.stdout();
            Locale locale = Locale.forLanguageTag(language);
            if (result.draft().feasible() && out != null) {
                write(out, designer.write(result.draft(), outSyntax));
            }
            if (report != null) {
                write(report, designer.json(result.draft().report()));
            }
            if (format.equals("json")) {
                o.println(new String(designer.json(DesignView.of(result, n -> text(messages, n, locale), language)),
                        StandardCharsets.UTF_8));
            } else {
                printText(o, result, messages, locale, language);
            }
            o.flush();
            return result.ready() ? Cli.OK : Cli.FINDINGS;
        }
    }

    private void printText(PrintWriter o, ProgrammeDesigner.Result result, MessageSource messages, Locale locale, String language) {
        var draft = result.draft();
        for (Note n : draft.notes()) {
            o.println("note     " + text(messages, n, locale));
        }
        for (Note n : draft.reasons()) {
            o.println("cannot   " + text(messages, n, locale) + (n.path().isEmpty() ? "" : "  (" + n.path() + ")"));
        }
        if (!draft.feasible()) {
            o.println(messages.getMessage("design.cli.infeasible", new Object[]{draft.pattern().code()}, locale));
            return;
        }
        var bundle = draft.bundle();
        bundle.microCredentials().forEach(mc -> o.printf("draft    micro-credential %s  %s (%s CP)%n", mc.id(), mc.title().in(language), mc.creditPoints()));
        bundle.microDegrees().forEach(md -> o.printf("draft    micro-degree     %s  %s (%s CP)%n", md.id(), md.title().in(language), md.creditPoints()));
        for (Finding f : result.conformance().findings()) {
            if (f.isProblem()) {
                o.printf("%-8s %s  %s: %s%n", f.outcome().name().toLowerCase(Locale.ROOT), f.rule(), f.path(), f.message().in(language));
            }
        }
        String key = result.ready() ? "design.cli.ready" : "design.cli.not-conforming";
        o.println(messages.getMessage(out == null ? key + "-unwritten" : key, new Object[]{out == null ? "" : out.toString()}, locale));
    }

    static String text(MessageSource messages, Note n, Locale locale) {
        return messages.getMessage("design.note." + n.code(), n.args().toArray(), n.code() + " " + n.args(), locale);
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UsageException(file + ": cannot write (" + e.getMessage() + ")");
        }
    }
}
