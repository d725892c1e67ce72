package org.microdegree.shared;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An enumeration whose values are written in files and URLs by a stable lower-case code. Unless an
 * enumeration says otherwise, a value's code is its name in lower case with '-' for '_'
 * ({@code PARTIALLY_GRANTED} is {@code partially-granted}): renaming a value renames its code, which
 * the stored data and the bundle format then no longer read.
 */
public interface Coded {

    default String code() {
        return DerivedCodes.of((Enum<?>) this);
    }

    static <E extends Enum<E> & Coded> Optional<E> fromCode(Class<E> type, String code) {
        for (E e : type.getEnumConstants()) {
            if (e.code().equals(code)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    static <E extends Enum<E> & Coded> String codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
    }
}
