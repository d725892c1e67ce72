package org.microdegree.shared;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a stored text may be: at most so many characters (the same limit on H2 and PostgreSQL,
 * checked before the database sees it) and no control characters but tab and line breaks
 * (PostgreSQL refuses U+0000 in any text; the others are never meant).
 */
public final class TextRules {

    /** Any single text of a document where no narrower limit applies. */
    public static final int ANY_TEXT = 20_000;
    public static final int TITLE = 500;
    public static final int NAME = 200;
    public static final int REASON = 1_000;

    private TextRules() {
    }

    /** Why {@code text} cannot be stored, or null when it can. */
    public static @Nullable String problem(@Nullable String text, int max) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return String.format("contains the control character U+%04X at position %d", (int) c, i + 1);
            }
        }
        int length = text.codePointCount(0, text.length());
        return length > max ? "is " + length + " characters long; at most " + max + " are allowed" : null;
    }

    /** Adds a violation at {@code path} when {@code text} cannot be stored. */
    public static void check(List<Violation> out, String path, @Nullable String text, int max) {
        String problem = problem(text, max);
        if (problem != null) {
            out.add(Violation.at(path, problem));
        }
    }

    /** Throws when {@code text} cannot be stored. */
    public static void require(String path, @Nullable String text, int max) {
        String problem = problem(text, max);
        if (problem != null) {
            throw InvalidInputException.of(path, problem);
        }
    }
}
