package org.microdegree.shared;

import java.util.List;

/**
 * Input refused as a malformed request (HTTP 400) rather than a well-formed one that cannot be
 * processed (422): for protocols that say so, as the W3C VC-API does for its issuer and verifier.
 */
public class MalformedRequestException extends InvalidInputException {

    public MalformedRequestException(List<Violation> violations) {
        super(violations);
    }
}
