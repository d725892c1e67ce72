package org.microdegree.skills;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.Violation;

/**
 * What a designer asks skills to be suggested for, as the API and the CLI take it.
 *
 * @param outcomes the learning outcomes, one per entry
 * @param language {@code en} (default) or {@code de}
 * @param except   skill URIs already chosen, left out of the suggestions
 * @param limit    how many skills at most (default 10)
 */
public record SuggestionRequest(@Nullable List<String> outcomes, @Nullable String language, @Nullable List<String> except, @Nullable Integer limit) {

    public static final int MAX_OUTCOMES = 30;
    public static final int MAX_LENGTH = 1_000;

    /** The request with its defaults filled in; every problem at once when it cannot be answered. */
    public SuggestionRequest checked() {
        List<Violation> problems = new ArrayList<>();
        List<String> given = outcomes == null ? List.of() : outcomes;
        if (given.stream().allMatch(o -> o == null || o.isBlank())) {
            problems.add(Violation.at("outcomes", "give at least one learning outcome"));
        } else if (given.size() > MAX_OUTCOMES) {
            problems.add(Violation.at("outcomes", "at most " + MAX_OUTCOMES + " learning outcomes at once, not " + given.size()));
        }
        for (int i = 0; i < given.size() && i < MAX_OUTCOMES; i++) {
            if (given.get(i) != null && given.get(i).length() > MAX_LENGTH) {
                problems.add(Violation.at("outcomes[" + i + "]", "longer than " + MAX_LENGTH + " characters"));
            }
        }
        String lang = language == null || language.isBlank() ? "en" : language;
        if (!lang.equals("en") && !lang.equals("de")) {
            problems.add(Violation.at("language", "'" + language + "' is not supported: en or de"));
        }
        int n = limit == null ? 10 : limit;
        if (n < 1 || n > 50) {
            problems.add(Violation.at("limit", "must be between 1 and 50"));
        }
        if (except != null && except.size() > 500) {
            problems.add(Violation.at("except", "at most 500 skills"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new SuggestionRequest(given.stream().filter(o -> o != null && !o.isBlank()).map(String::strip).toList(), lang,
                except == null ? List.of() : except, n);
    }
}
