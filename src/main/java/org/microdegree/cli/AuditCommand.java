package org.microdegree.cli;

import org.microdegree.shared.LearnerId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.microdegree.audit.AuditReport;
import org.microdegree.audit.Audits;
import org.microdegree.jobs.JobView;
import org.microdegree.jobs.Jobs;
import org.microdegree.shared.Coded;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ItemId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

@Command(name = "audit", mixinStandardHelpOptions = true, description = {
        "Audit learners against the micro-credentials and programmes they are enrolled in: what is met, by which",
        "results, and what is still missing. --all audits everyone as a job (restartable with jobs restart ID, shared with instances running jobs work)",
        "and ends with a summary line. Nothing is stored but the job's counts."})
final class AuditCommand implements Callable<Integer> {

    @Mixin DataOptions data;
    @Option(names = "--learner", paramLabel = "ID", description = "The learner's id.")
    @Nullable String learner;
    @Option(names = "--all", description = "Every learner with an enrolment.") boolean all;
    @Option(names = "--programme", paramLabel = "ID", description = "Audit against this micro-credential or programme only.")
    @Nullable String programme;
    @Option(names = "--what-if", paramLabel = "FILE", description = "JSON list of hypothetical results: [{\"kind\": \"micro-credential\", \"item\": \"luh:mc-x\", \"creditPoints\": 5}].")
    @Nullable Path whatIf;
    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).") String format;

    @Override
    public Integer call() {
        if (all == (learner != null)) {
            throw new UsageException("name either --learner ID or --all");
        }
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("--format: '" + format + "' is not text or json");
        }
        if (programme != null && !ItemId.isValid(programme)) {
            throw new UsageException("--programme: '" + programme + "' is not a catalogue id");
        }
        List<Audits.Hypothesis> hypotheses = whatIf == null ? List.of() : hypotheses(whatIf);
        Actor operator = Actor.operator("cli:" + System.getProperty("user.name", "unknown"));
        Runtime.inContext(data, ctx -> {
            Audits audits = ctx.getBean(Audits.class);
            if (all) {
                long started = System.nanoTime();
                try (JobProgress progress = new JobProgress(System.err)) {
                    JobView job = ctx.getBean(Jobs.class).audit(operator.name(), progress);
                    progress.close();
                    Cli.stdout().printf("job %d: %s (%d ms)%n", job.id(), JobsCommand.awards(job), (System.nanoTime() - started) / 1_000_000);
                }
                return;
            }
            List<AuditReport> reports = audits.reports(LearnerId.parse("--learner", learner), programme == null ? null : ItemId.of(programme), hypotheses,
                    operator);
            if (format.equals("json")) {
                Cli.stdout().println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(reports));
            } else if (reports.isEmpty()) {
                Cli.stdout().println("the learner is enrolled in nothing; name one with --programme");
            } else {
                reports.forEach(r -> Cli.stdout().printf("%s", r.text()));
            }
        });
        return Cli.OK;
    }

    @SuppressWarnings("unchecked")
    private static List<Audits.Hypothesis> hypotheses(Path file) {
        List<Audits.Hypothesis> out = new ArrayList<>();
        List<Object> list;
        try {
            list = JsonMapper.builder().build().readValue(ImportCommand.read(file), List.class);
        } catch (RuntimeException e) {
            throw new UsageException(file + ": not a JSON list of results (" + e.getMessage() + ")");
        }
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> m)) {
                throw new UsageException(file + ": [" + i + "]: not an object");
            }
            Object kind = m.get("kind") == null ? "micro-credential" : m.get("kind");
            ItemKind k = Coded.fromCode(ItemKind.class, kind.toString())
                    .orElseThrow(() -> new UsageException(file + ": kind: '" + kind + "' is not module or micro-credential"));
            Object item = m.get("item");
            if (item == null || !ItemId.isValid(item.toString())) {
                throw new UsageException(file + ": [" + i + "].item: not a catalogue id");
            }
            if (!(m.get("creditPoints") instanceof Number cp) || cp.doubleValue() <= 0) {
                throw new UsageException(file + ": [" + i + "].creditPoints: a number more than 0");
            }
            out.add(new Audits.Hypothesis(k, ItemId.of(item.toString()), (int) Math.round(cp.doubleValue() * 10)));
        }
        return out;
    }
}
