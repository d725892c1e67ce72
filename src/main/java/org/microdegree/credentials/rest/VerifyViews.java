package org.microdegree.credentials.rest;

import java.util.LinkedHashMap;
import java.util.Map;
import org.microdegree.credentials.Verification;

/** How the API reports a verification. */
final class VerifyViews {

    private VerifyViews() {
    }

    static Map<String, Object> outcome(Verification.Outcome o) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("valid", o.valid());
        out.put("checks", o.checks());
        out.put("errors", o.errors());
        if (o.certificateId() != null) {
            out.put("certificate", o.certificateId());
        }
        return out;
    }
}
