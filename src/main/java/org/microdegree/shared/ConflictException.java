package org.microdegree.shared;

/** The request is well-formed but clashes with the current state (e.g. approving a draft). */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
