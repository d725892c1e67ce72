package org.microdegree.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.microdegree.labour.DemandFigure;
import org.microdegree.labour.ImportedFigures;
import org.microdegree.labour.LabourMarket;
import org.microdegree.shared.Actor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "labour-market", mixinStandardHelpOptions = true, description = "Labour-market figures per ESCO occupation and region.", subcommands = {
        LabourMarketCommand.Import.class, LabourMarketCommand.Figures.class})
final class LabourMarketCommand extends CommandGroup {

    @Command(name = "import", mixinStandardHelpOptions = true, description = {
            "Import figures from a CSV file (columns occupation, occupation_label, region, period, measure, value, source;",
            "see docs/labour-market.md). All rows or none; a figure of the same occupation, region, period and measure",
            "replaces the one before. Exit 0 when imported, 2 on bad input (every problem with its line and column)."})
    static final class Import extends CsvFileCommand {
        @Override
        public Integer call() {
            byte[] content = ImportCommand.read(file);
            Runtime.inContext(data, ctx -> {
                ImportedFigures s = ctx.getBean(LabourMarket.class).importCsv(file.toString(), content,
                        Actor.operator("cli:" + System.getProperty("user.name", "unknown")));
                Cli.stdout().printf("%d figures for %d occupations: %d new, %d replaced%n", s.rows(), s.occupations(), s.inserted(), s.replaced());
            });
            return Cli.OK;
        }
    }

    @Command(name = "figures", mixinStandardHelpOptions = true, description = "List the figures imported, all or for one occupation. Exit 0.")
    static final class Figures implements Callable<Integer> {
        @Mixin DataOptions data;
        @Option(names = "--occupation", paramLabel = "URI", description = "Only this ESCO occupation.") String occupation;

        @Override
        public Integer call() {
            Runtime.inContext(data, ctx -> {
                LabourMarket market = ctx.getBean(LabourMarket.class);
                List<DemandFigure> figures = occupation == null ? market.figures() : market.figuresOf(occupation);
                for (DemandFigure f : figures) {
                    Cli.stdout().printf(Locale.ROOT, "%-70s %-6s %-8s %-9s %9d  %s%n", f.occupation(), f.region(), f.period(), f.measure().code(),
                            f.figure(), f.source());
                }
                Cli.stdout().printf("%d figures%n", figures.size());
            });
            return Cli.OK;
        }
    }
}
