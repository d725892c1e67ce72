package org.microdegree.shared;

/** An id that is a text: ordered by that text, written as that text. */
public interface TextId<T extends TextId<T>> extends Comparable<T> {

    String value();

    @Override
    default int compareTo(T other) {
        return value().compareTo(other.value());
    }
}
