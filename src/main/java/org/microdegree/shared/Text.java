package org.microdegree.shared;

import org.jspecify.annotations.Nullable;

/** A text in English with an optional German version; English is the fallback. */
public record Text(String en, @Nullable String de) {

    public Text {
        if (en == null || en.isBlank()) {
            throw new IllegalArgumentException("an English text is required");
        }
        if (de != null && de.isBlank()) {
            de = null;
        }
    }

    public static Text en(String en) {
        return new Text(en, null);
    }

    public static Text of(String en, @Nullable String de) {
        return new Text(en, de);
    }

    public String in(String language) {
        return "de".equals(language) && de != null ? de : en;
    }
}
