package org.microdegree.shared;

import java.util.regex.Pattern;

/**
 * A stable, human-readable id scoped by institution: {@code luh:md-ai-production}.
 * The part before the colon is the institution's id.
 */
public record ItemId(String value) implements TextId<ItemId> {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}:[a-z0-9][a-z0-9._-]{0,119}");

    public ItemId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not an id of the form institution:name"
                    + " (lower-case letters, digits, '-', '.', '_')");
        }
    }

    public static ItemId of(String value) {
        return new ItemId(value);
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    public String institution() {
        return value.substring(0, value.indexOf(':'));
    }

    @Override
    public String toString() {
        return value;
    }
}
