package org.microdegree.shared;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** An enumeration whose values are written in files and URLs by a stable lower-case code. */
public interface Coded {

    String code();

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
