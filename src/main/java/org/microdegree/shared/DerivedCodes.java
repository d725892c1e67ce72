package org.microdegree.shared;

import java.util.Arrays;
import java.util.Locale;

/** The codes {@link Coded} derives from names, worked out once per enumeration (bulk imports ask millions of times). */
final class DerivedCodes {

    private static final ClassValue<String[]> CODES = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            return Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .toArray(String[]::new);
        }
    };

    private DerivedCodes() {
    }

    static String of(Enum<?> value) {
        return CODES.get(value.getDeclaringClass())[value.ordinal()];
    }
}
