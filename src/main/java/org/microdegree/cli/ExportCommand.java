package org.microdegree.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.catalog.Catalogue;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import org.microdegree.credentials.LearningOpportunities;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true, description = {"Export the whole catalogue (every version of every item) as a catalogue bundle,",
        "or (--format europass) its published micro-credentials and programmes as Europass learning opportunities (ELM 3 JSON-LD)."})
class ExportCommand implements Callable<Integer> {

    enum Format {
        yaml,
        json,
        europass
    }

    @Mixin DataOptions data;

    @Option(names = "--format", defaultValue = "yaml", description = "yaml, json or europass (default: ${DEFAULT-VALUE}).") Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.") Path out;

    @Override
    public Integer call() throws IOException {
        byte[] bytes;
        try (ConfigurableApplicationContext ctx = Runtime.start(data.data, false, Map.of(), List.of())) {
            bytes = format == Format.europass
                    ? (ctx.getBean(LearningOpportunities.class).export() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)
                    : ctx.getBean(Catalogue.class).export(format == Format.json ? BundleSyntax.JSON : BundleSyntax.YAML);
        }
        if (out == null) {
            System.out.write(bytes);
            System.out.flush();
        } else {
            writeAtomically(out, bytes);
        }
        return Cli.OK;
    }

    /** A reader never sees half a file: write beside it, then move it into place. */
    static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".microdegree-", ".tmp");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
