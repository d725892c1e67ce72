package org.microdegree.cli;

/** The command was given something it cannot use: a missing file, a wrong option value. Exit 2. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
