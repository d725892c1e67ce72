package org.microdegree.cli;

import org.microdegree.shared.Actor;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.microdegree.conformance.Conformance;
import org.microdegree.policy.Profiles;
import org.microdegree.policy.RuleChange;
import org.microdegree.policy.model.Rule;
import org.microdegree.policy.model.RuleMessages;
import org.microdegree.policy.model.RuleProfile;
import org.microdegree.policy.model.Severity;
import org.microdegree.shared.Text;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "profiles", mixinStandardHelpOptions = true, description = "Rule profiles: list and show them, copy one as an institution's own with changed parameters, adopt profiles.", subcommands = {
        ProfilesCommand.ListProfiles.class, ProfilesCommand.Show.class, ProfilesCommand.Copy.class,
        ProfilesCommand.Change.class, ProfilesCommand.Adopt.class})
final class ProfilesCommand extends CommandGroup {

    private static void inContext(DataOptions data, Consumer<ConfigurableApplicationContext> work) {
        Runtime.inContext(data, work);
    }

    private static String actor() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }

    private static void describe(RuleProfile p, PrintWriter out) {
        out.printf("%s (version %d)%s: %s%n", p.id(), p.version(), p.owner() == null
                ? ", shipped"
                : ", of " + p.owner()
                        + (p.basedOn() == null ? "" : ", copied from " + p.basedOn()),
                p.title().en());
        for (Rule r : p.rules()) {
            out.printf("  %-8s %-40s %s%n", r.severity().code(), p.ruleId(r), RuleMessages.title(r).en());
            out.printf("           source: %s%n", r.source());
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List every profile.")
    static final class ListProfiles implements Callable<Integer> {
        @Mixin DataOptions data;

        @Override
        public Integer call() {
            inContext(data, ctx -> {
                PrintWriter out = Cli.stdout();
                for (RuleProfile p : ctx.getBean(Profiles.class).all()) {
                    out.printf("%-24s v%-3d %-10s %2d rules  %s%n", p.id(), p.version(), p.owner() == null ? "shipped" : p.owner(),
                            p.rules().size(), p.title().en());
                }
            });
            return Cli.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show a profile's rules with their parameters and sources.")
    static final class Show implements Callable<Integer> {
        @Mixin DataOptions data;

        @Parameters(paramLabel = "ID") String id;

        @Override
        public Integer call() {
            inContext(data, ctx -> describe(ctx.getBean(Profiles.class).resolve(List.of(id)).getFirst(), Cli.stdout()));
            return Cli.OK;
        }
    }

    /** Rule changes given as {@code --set rule.parameter=value}, {@code --severity rule=warning}, {@code --remove rule}. */
    static class Changes {
        @Option(names = "--set", paramLabel = "RULE.PARAMETER=VALUE", description = "Change a parameter, e.g. md-credits-range.max=45 or eqf-levels.levels=6,7,8 (repeatable).") List<String> set = new ArrayList<>();

        @Option(names = "--severity", paramLabel = "RULE=error|warning", description = "Change a rule's severity (repeatable).") List<String> severity = new ArrayList<>();

        @Option(names = "--remove", paramLabel = "RULE", description = "Leave a rule out (repeatable).") List<String> remove = new ArrayList<>();

        Map<String, RuleChange> toMap() {
            Map<String, Map<String, Object>> params = new LinkedHashMap<>();
            Map<String, Severity> severities = new LinkedHashMap<>();
            for (String s : set) {
                int eq = s.indexOf('=');
                int dot = s.indexOf('.');
                if (eq < 0 || dot < 0 || dot > eq) {
                    throw new UsageException("--set: expected RULE.PARAMETER=VALUE, got '" + s + "'");
                }
                String value = s.substring(eq + 1);
                Object v = value.contains(",") ? List.of(value.split(",")) : value;
                params.computeIfAbsent(s.substring(0, dot), k -> new LinkedHashMap<>()).put(s.substring(dot + 1, eq), v);
            }
            for (String s : severity) {
                int eq = s.indexOf('=');
                Severity sev = eq < 0 ? null : Severity.fromCode(s.substring(eq + 1)).orElse(null);
                if (sev == null) {
                    throw new UsageException("--severity: expected RULE=error or RULE=warning, got '" + s + "'");
                }
                severities.put(s.substring(0, eq), sev);
            }
            Map<String, RuleChange> out = new LinkedHashMap<>();
            for (String rule : remove) {
                out.put(rule, new RuleChange(null, Map.of(), true));
            }
            params.forEach((rule, p) -> out.put(rule, new RuleChange(severities.remove(rule), p, false)));
            severities.forEach((rule, sev) -> out.put(rule, new RuleChange(sev, Map.of(), false)));
            return out;
        }
    }

    @Command(name = "copy", mixinStandardHelpOptions = true, description = "Copy a profile as an institution's own profile, changing some rules; it is stored, versioned and journaled.")
    static final class Copy implements Callable<Integer> {
        @Mixin DataOptions data;

        @Parameters(paramLabel = "SOURCE", description = "The profile to copy, e.g. luh-2023.") String source;

        @Option(names = "--as", paramLabel = "ID", required = true, description = "The new profile's id, e.g. luh-2023-ai-academy.") String id;

        @Option(names = "--institution", paramLabel = "ID", required = true, description = "The institution that owns it.") String institution;

        @Option(names = "--title", paramLabel = "TEXT", description = "Its title (English).")
        @Nullable String title;

        @Mixin Changes changes;

        @Override
        public Integer call() {
            Map<String, RuleChange> map = changes.toMap();
            inContext(data, ctx -> describe(ctx.getBean(Conformance.class).copyProfile(source, id, institution,
                    title == null ? null : Text.en(title), map, actor()), Cli.stdout()));
            return Cli.OK;
        }
    }

    @Command(name = "change", mixinStandardHelpOptions = true, description = "Change an institution's profile: stored as its next version.")
    static final class Change implements Callable<Integer> {
        @Mixin DataOptions data;

        @Parameters(paramLabel = "ID") String id;

        @Mixin Changes changes;

        @Override
        public Integer call() {
            Map<String, RuleChange> map = changes.toMap();
            inContext(data, ctx -> describe(ctx.getBean(Profiles.class).change(id, null, map, actor()), Cli.stdout()));
            return Cli.OK;
        }
    }

    @Command(name = "adopt", mixinStandardHelpOptions = true, description = "Set the profiles an institution checks its designs against; without PROFILE, show them.")
    static final class Adopt implements Callable<Integer> {
        @Mixin DataOptions data;

        @Parameters(index = "0", paramLabel = "INSTITUTION") String institution;

        @Parameters(index = "1..*", paramLabel = "PROFILE") List<String> profiles = new ArrayList<>();

        @Option(names = "--none", description = "Adopt no profile (designs then fall back to eu-2022).") boolean none;

        @Override
        public Integer call() {
            inContext(data, ctx -> {
                Conformance conformance = ctx.getBean(Conformance.class);
                List<String> adopted = profiles.isEmpty() && !none
                        ? conformance.adoptedBy(institution)
                        : conformance.adopt(institution, profiles, Actor.operator(actor()));
                Cli.stdout().printf("%s adopts: %s%n", institution, adopted.isEmpty() ? "(none)" : String.join(", ", adopted));
            });
            return Cli.OK;
        }
    }
}
