package org.microdegree.shared;

import org.jspecify.annotations.Nullable;

/**
 * One reason why input was refused, with where it is: a path in the document
 * ({@code microCredentials[2].modules[0]}) and, when known, the source line and column.
 */
public record Violation(String path, String reason, @Nullable String source, int line, int column) {

    public static Violation at(String path, String reason) {
        return new Violation(path, reason, null, 0, 0);
    }

    public Violation locatedIn(@Nullable String source, int line, int column) {
        return new Violation(path, reason, source, line, column);
    }

    /** The field the path ends in, e.g. {@code creditPoints} for {@code modules[3].creditPoints}. */
    public String field() {
        String p = path.replaceAll("\\[\\d+]$", "");
        int dot = p.lastIndexOf('.');
        return dot < 0 ? p : p.substring(dot + 1);
    }

    /** {@code file:line:column: path: reason}, the form editors and CI logs link to. */
    public String describe() {
        StringBuilder s = new StringBuilder();
        if (source != null) {
            s.append(source);
            if (line > 0) {
                s.append(':').append(line);
                if (column > 0) {
                    s.append(':').append(column);
                }
            }
            s.append(": ");
        }
        if (!path.isEmpty()) {
            s.append(path).append(": ");
        }
        return s.append(reason).toString();
    }
}
