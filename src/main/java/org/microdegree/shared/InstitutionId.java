package org.microdegree.shared;

import java.util.regex.Pattern;

/** The short id of an institution, the prefix of every id it owns: {@code luh}, {@code lut}. */
public record InstitutionId(String value) implements TextId<InstitutionId> {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    public InstitutionId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not an institution id (lower-case letters, digits, '-')");
        }
    }

    public static InstitutionId of(String value) {
        return new InstitutionId(value);
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    public boolean owns(ItemId item) {
        return item.institution().equals(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
