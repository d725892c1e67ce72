package org.microdegree.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A text in one or more languages, keyed by BCP 47 language tag ({@code en}, {@code de}, {@code nl},
 * {@code fr-BE}); at least one is required, none in particular (providers publish German-only or
 * Dutch-only titles). The order is the provider's: the first language is the text's original.
 */
public record Text(Map<String, String> versions) {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    public Text {
        Map<String, String> kept = new LinkedHashMap<>();
        versions.forEach((language, text) -> {
            if (language == null || !LANGUAGE.matcher(language).matches()) {
                throw new IllegalArgumentException("'" + language + "' is not a language tag (such as en, de, nl or fr-BE)");
            }
            if (text != null && !text.isBlank()) {
                kept.put(language, text);
            }
        });
        if (kept.isEmpty()) {
            throw new IllegalArgumentException("a text in at least one language is required");
        }
        versions = Collections.unmodifiableMap(kept);
    }

    /** A text with an English version and optionally a German one (the languages of the product's own texts). */
    public static Text of(String en, @Nullable String de) {
        if (en == null || en.isBlank()) {
            throw new IllegalArgumentException("an English text is required");
        }
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("en", en);
        if (de != null) {
            versions.put("de", de);
        }
        return new Text(versions);
    }

    public static Text en(String en) {
        return of(en, null);
    }

    /** A text in one language only, e.g. {@code Text.in("de", "Datenkompetenz")}. */
    public static Text in(String language, String text) {
        return new Text(Map.of(language, text));
    }

    /**
     * The text for an English reader: the English version, else the original (the first stated).
     * Single-language places (the CLI, an Open Badge's name, a title column) use this one.
     */
    public String en() {
        String en = versions.get("en");
        return en != null ? en : versions.values().iterator().next();
    }

    /** The German version, or null where there is none. */
    public @Nullable String de() {
        return versions.get("de");
    }

    /** The version in the language asked for, else the English one, else the original. */
    public String in(String language) {
        String exact = versions.get(language);
        return exact != null ? exact : en();
    }

    /** The text with each version changed, e.g. a prefix in each language; same languages. */
    public Text map(java.util.function.BiFunction<String, String, String> change) {
        Map<String, String> changed = new LinkedHashMap<>();
        versions.forEach((language, text) -> changed.put(language, change.apply(language, text)));
        return new Text(changed);
    }
}
