package org.microdegree.design.building;

import java.util.Arrays;
import java.util.List;

/**
 * One sentence of a design's explanation, as a message code and its arguments: the CLI, the API and
 * the wizards word it in English or German from the message bundles ({@code design.note.<code>}).
 *
 * @param path the input field it concerns, when it concerns one (e.g. {@code quotas.tuw})
 */
public record Note(String code, List<String> args, String path) {

    public Note {
        args = List.copyOf(args);
    }

    public static Note of(String code, Object... args) {
        return new Note(code, Arrays.stream(args).map(String::valueOf).toList(), "");
    }

    public static Note at(String path, String code, Object... args) {
        return new Note(code, Arrays.stream(args).map(String::valueOf).toList(), path);
    }
}
