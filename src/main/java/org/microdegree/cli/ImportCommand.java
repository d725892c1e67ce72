package org.microdegree.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.ImportResult;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import a catalogue bundle (.yaml, .yml, .json) or modules from an exam office CSV (.csv).",
                "All or nothing: on any error nothing is written (exit 2). Importing the same file again changes nothing."})
class ImportCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Parameters(paramLabel = "FILE", description = "The file to import.")
    Path file;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        byte[] content = read(file);
        String name = file.getFileName().toString();
        boolean csv = name.toLowerCase().endsWith(".csv");
        BundleSyntax syntax = csv ? null : BundleSyntax.ofFileName(name).orElseThrow(() ->
                new UsageException(file + ": unknown file type; use .yaml, .yml, .json (catalogue bundle) or .csv (modules)"));
        try (ConfigurableApplicationContext ctx = Runtime.start(data.data, false, Map.of(), List.of())) {
            Catalogue catalogue = ctx.getBean(Catalogue.class);
            long started = System.nanoTime();
            String actor = "cli:" + System.getProperty("user.name", "unknown");
            ImportResult result = csv ? catalogue.importModulesCsv(file.toString(), content, actor)
                    : catalogue.importBundle(file.toString(), content, syntax, actor);
            spec.commandLine().getOut().printf("%s (%d ms)%n", result.summary(), (System.nanoTime() - started) / 1_000_000);
        }
        return Cli.OK;
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
