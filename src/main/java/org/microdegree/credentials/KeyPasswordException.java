package org.microdegree.credentials;

/** The signing keys cannot be used: no password is configured, or it is the wrong one. */
public class KeyPasswordException extends RuntimeException {

    public KeyPasswordException(String message) {
        super(message);
    }
}
