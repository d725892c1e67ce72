package org.microdegree.shared;

import java.util.List;

/** Input was refused for the listed reasons; nothing was written. */
public class InvalidInputException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(violations.isEmpty()
                ? "invalid input"
                : violations.getFirst().describe()
                        + (violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : ""));
        this.violations = List.copyOf(violations);
    }

    public static InvalidInputException of(String path, String reason) {
        return new InvalidInputException(List.of(Violation.at(path, reason)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
