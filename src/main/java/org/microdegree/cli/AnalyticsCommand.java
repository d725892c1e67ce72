package org.microdegree.cli;

import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.microdegree.analytics.Analytics;
import org.microdegree.analytics.AnalyticsCsv;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ItemId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "analytics", mixinStandardHelpOptions = true, description = {
        "An institution's programmes as CSV: applications, admitted, enrolled, withdrawn, completed, certificates, median days to completion.",
        "With --programme, one table of that programme: terms, passed (per component), stopped (where learners without completion stand), skills.",
        "Exit 0; 2 for an unknown institution, term, programme or table."})
final class AnalyticsCommand implements Callable<Integer> {

    @Mixin DataOptions data;
    @Option(names = "--institution", paramLabel = "ID", description = "The institution (default: the first).")
    @Nullable String institution;
    @Option(names = "--term", paramLabel = "TERM", description = "2026-SS (April to September) or 2026-WS (October to March); all terms when left out.")
    @Nullable String term;
    @Option(names = "--programme", paramLabel = "ID", description = "One programme or micro-credential, e.g. luh:md-ai-in-production.")
    @Nullable String programme;
    @Option(names = "--table", paramLabel = "TABLE", defaultValue = "terms", description = "With --programme: terms, passed, stopped or skills (default: ${DEFAULT-VALUE}).") String table;

    @Override
    public Integer call() {
        if (programme != null && !ItemId.isValid(programme)) {
            throw new UsageException("--programme: '" + programme + "' is not an id of the form institution:name");
        }
        if (!AnalyticsCsv.TABLES.contains(table)) {
            throw new UsageException("--table: expected one of " + String.join(", ", AnalyticsCsv.TABLES) + ", got '" + table + "'");
        }
        Runtime.inContext(data, ctx -> {
            Analytics analytics = ctx.getBean(Analytics.class);
            Actor operator = Actor.operator("cli");
            Cli.stdout().print(programme == null
                    ? AnalyticsCsv.of(analytics.overview(operator, institution, term))
                    : AnalyticsCsv.of(analytics.programme(operator, ItemId.of(programme), term), table));
        });
        Cli.stdout().flush();
        return Cli.OK;
    }
}
