package org.microdegree.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.microdegree.skills.SkillSuggestions;
import org.microdegree.skills.Skills;
import org.microdegree.skills.SuggestedSkill;
import org.microdegree.skills.SuggestionRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

@Command(name = "skills", mixinStandardHelpOptions = true, description = "ESCO skills: suggestions for learning outcomes.", subcommands = {
        SkillsCommand.Suggest.class})
final class SkillsCommand extends CommandGroup {

    @Command(name = "suggest", mixinStandardHelpOptions = true, description = {
            "Suggest ESCO skills for learning outcomes, best first, with the words that matched.",
            "Exit 0 with suggestions, 1 when none is found, 2 on bad input."})
    static final class Suggest implements Callable<Integer> {
        @Mixin DataOptions data;
        @Parameters(paramLabel = "OUTCOME", arity = "0..*", description = "Learning outcomes (each one argument).") List<String> outcomes = new ArrayList<>();
        @Option(names = "--file", paramLabel = "FILE", description = "Read the outcomes from a text file, one per line.") Path file;
        @Option(names = "--language", defaultValue = "en", description = "en or de (default: ${DEFAULT-VALUE}).") String language;
        @Option(names = "--limit", defaultValue = "10", description = "At most this many skills (1-50, default: ${DEFAULT-VALUE}).") int limit;
        @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).") String format;

        @Override
        public Integer call() {
            List<String> all = new ArrayList<>(outcomes);
            if (file != null) {
                try {
                    Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).forEach(all::add);
                } catch (IOException e) {
                    throw new UsageException("--file: " + file + " cannot be read (" + e.getMessage() + ")");
                }
            }
            if (!format.equals("text") && !format.equals("json")) {
                throw new UsageException("--format: '" + format + "' is not text or json");
            }
            // checked before anything starts: every problem at once, exit 2
            SuggestionRequest request = new SuggestionRequest(all, language, List.of(), limit).checked();
            SkillSuggestions[] found = new SkillSuggestions[1];
            Runtime.inContext(data, ctx -> found[0] = ctx.getBean(Skills.class).suggest(request));
            SkillSuggestions s = found[0];
            if (format.equals("json")) {
                Cli.stdout().println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(s));
            } else {
                if (!s.labelsInLanguage()) {
                    Cli.stdout().println("note: ESCO " + Skills.ESCO_VERSION + " is shipped with English labels only; the outcomes were matched against them");
                }
                int rank = 1;
                for (SuggestedSkill k : s.skills()) {
                    Cli.stdout().printf(Locale.ROOT, "%2d  %5.2f  %-16s %s  (matched: %s)%n      %s%n", rank++, k.score(), k.concept().type(),
                            k.concept().label(),
                            String.join(", ", k.matchedWords()), k.concept().uri());
                }
                if (s.skills().isEmpty()) {
                    Cli.stdout().println("no ESCO skill matches these outcomes");
                }
            }
            return s.skills().isEmpty() ? Cli.FINDINGS : Cli.OK;
        }
    }
}
