package org.microdegree.credentials.internal.proof;

/** The document cannot be read as a credential (broken JSON-LD, an unknown context, a bad proof field). */
public class InvalidCredentialException extends Exception {

    public InvalidCredentialException(String message) {
        super(message);
    }
}
