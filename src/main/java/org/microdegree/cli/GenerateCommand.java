package org.microdegree.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.model.CatalogueBundle;
import org.microdegree.demo.ExamOffice;
import org.microdegree.demo.SyntheticCatalogue;
import org.microdegree.demo.SyntheticInstallation;
import org.microdegree.skills.Skills;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "generate", mixinStandardHelpOptions = true, description = {"Write a synthetic, importable bundle: the same seed gives the same file.",
        "Presets luh and europe write a ZIP with catalogue, learners, enrolments and results (import FILE.zip);",
        "the others a catalogue bundle (.yaml or .json) or exam office CSV files."})
class GenerateCommand implements Callable<Integer> {

    enum Preset {
        catalogue,
        conformance,
        small,
        exam_office,
        luh,
        europe
    }

    @Option(names = "--preset", required = true, description = "catalogue (3,000 modules, 400 MCs, 80 MDs), conformance (20,000 modules, 10,000 MCs, 1,000 MDs)"
            + ", small (300 modules, 40 MCs, 8 MDs), exam_office (learners.csv with 30,000 learners and achievements.csv with 100,000"
            + " results for the catalogue preset of the same seed; --out names a directory), luh (a ZIP: the catalogue preset with 30,000"
            + " learners and about 1,000,000 results) or europe (a ZIP: 50 institutions, 20,000 modules, 4,000 MCs, 800 MDs,"
            + " 1,000,000 learners with about 5 results each).") Preset preset;

    @Option(names = "--learners", paramLabel = "N", description = "For luh and europe: this many learners instead of the preset's,"
            + " with as many results each.")
    @org.jspecify.annotations.Nullable Integer learners;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).") long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file (.yaml or .json).") Path out;

    @Override
    public Integer call() throws IOException {
        if (preset == Preset.exam_office) {
            return examOffice();
        }
        if (preset == Preset.luh || preset == Preset.europe) {
            return population();
        }
        BundleSyntax syntax = BundleSyntax.ofFileName(out.getFileName().toString())
                .orElseThrow(() -> new UsageException("--out must end in .yaml, .yml or .json"));
        try (ConfigurableApplicationContext ctx = Runtime.start(scratch(), false,
                Map.of(), List.of())) {
            SyntheticCatalogue generator = new SyntheticCatalogue(ctx.getBean(Skills.class).skillUris());
            CatalogueBundle bundle = switch (preset) {
                case catalogue -> generator.generate(seed, 3000, 400, 80);
                case conformance -> generator.generate(seed, 20_000, 10_000, 1_000);
                case small, exam_office, luh, europe -> generator.generate(seed, 300, 40, 8);
            };
            ExportCommand.writeAtomically(out, ctx.getBean(Catalogue.class).write(bundle, syntax));
            System.out.printf("%s: %d modules, %d micro-credentials, %d micro-degree programmes%n", out,
                    bundle.modules().size(), bundle.microCredentials().size(), bundle.microDegrees().size());
        }
        return Cli.OK;
    }

    /** Learners and results of an exam office for the catalogue preset of the same seed. */
    private Integer examOffice() throws IOException {
        try (ConfigurableApplicationContext ctx = Runtime.start(scratch(), false,
                Map.of(), List.of())) {
            CatalogueBundle bundle = new SyntheticCatalogue(ctx.getBean(Skills.class).skillUris()).generate(seed, 3000, 400, 80);
            Files.createDirectories(out);
            ExamOffice.Files files = ExamOffice.write(bundle, seed, 30_000, 100_000);
            ExportCommand.writeAtomically(out.resolve("learners.csv"), files.learners());
            ExportCommand.writeAtomically(out.resolve("achievements.csv"), files.achievements());
            ExportCommand.writeAtomically(out.resolve("enrolments.csv"), files.enrolments());
            System.out.printf("%s: learners.csv (30,000 learners), achievements.csv (about 100,000 results), enrolments.csv%n", out);
        }
        return Cli.OK;
    }

    /** A whole installation's data in one ZIP ({@link SyntheticInstallation}). */
    private Integer population() throws IOException {
        if (!out.getFileName().toString().toLowerCase().endsWith(".zip")) {
            throw new UsageException("--out must end in .zip for the preset " + preset);
        }
        if (learners != null && learners < 1) {
            throw new UsageException("--learners must be at least 1");
        }
        boolean luh = preset == Preset.luh;
        int people = learners != null ? learners : luh ? 30_000 : 1_000_000;
        try (ConfigurableApplicationContext ctx = Runtime.start(scratch(), false, Map.of(), List.of())) {
            SyntheticCatalogue generator = new SyntheticCatalogue(ctx.getBean(Skills.class).skillUris());
            CatalogueBundle bundle = luh ? generator.generate(seed, 3000, 400, 80) : generator.generate(seed, 20_000, 4_000, 800, 50);
            SyntheticInstallation.Written written = SyntheticInstallation.writeZip(bundle, ctx.getBean(Catalogue.class).write(bundle, BundleSyntax.JSON),
                    seed, people, luh ? 33 : 5, out);
            System.out.printf("%s: %d institutions, %d modules, %d micro-credentials, %d micro-degree programmes, %d learners, %d results%n", out,
                    bundle.institutions().size(), bundle.modules().size(), bundle.microCredentials().size(), bundle.microDegrees().size(),
                    written.learners(), written.results());
        }
        return Cli.OK;
    }

    /** Generating needs the application (ESCO, the bundle writer) but no data: a fresh scratch database each run. */
    private static Path scratch() throws IOException {
        Path dir = Files.createTempDirectory("microdegree-generate");
        java.lang.Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a scratch directory left in the temporary folder is harmless
            }
        }));
        return dir;
    }
}
