package org.microdegree.results.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.microdegree.results.model.RecognitionStatus;
import org.microdegree.shared.Violation;

/**
 * What a recognition decision must state: a justification always; for a grant the CP requested
 * (or fewer stated), for a partial grant more than 0 and fewer than requested, for a denial none.
 * Only a case under review is decided, and a decided case is final.
 */
public final class RecognitionDecision {

    private RecognitionDecision() {
    }

    public static List<Violation> check(RecognitionStatus current, RecognitionStatus decision, BigDecimal requested,
            @Nullable BigDecimal credited, @Nullable String justification) {
        List<Violation> v = new ArrayList<>();
        if (current != RecognitionStatus.UNDER_REVIEW) {
            v.add(Violation.at("status", "the case is " + current.code() + "; only a case under review is decided"));
        }
        if (!decision.decided()) {
            v.add(Violation.at("decision", "must be granted, partially-granted or denied"));
        }
        if (justification == null || justification.isBlank()) {
            v.add(Violation.at("justification", "every decision states its reasons"));
        }
        if (decision == RecognitionStatus.GRANTED && credited != null && credited.compareTo(requested) != 0) {
            v.add(Violation.at("creditedCreditPoints", "a full grant credits the " + requested.stripTrailingZeros().toPlainString()
                    + " CP requested; a lower figure is a partial grant"));
        }
        if (decision == RecognitionStatus.PARTIALLY_GRANTED
                && (credited == null || credited.signum() <= 0 || credited.compareTo(requested) >= 0)) {
            v.add(Violation.at("creditedCreditPoints", "a partial grant credits more than 0 and fewer than the "
                    + requested.stripTrailingZeros().toPlainString() + " CP requested"));
        }
        if (decision == RecognitionStatus.DENIED && credited != null && credited.signum() != 0) {
            v.add(Violation.at("creditedCreditPoints", "a denial credits nothing"));
        }
        return v;
    }

    /** The CP a decision credits. */
    public static BigDecimal credited(RecognitionStatus decision, BigDecimal requested, @Nullable BigDecimal credited) {
        return switch (decision) {
            case GRANTED -> requested;
            case PARTIALLY_GRANTED -> credited == null ? BigDecimal.ZERO : credited;
            default -> BigDecimal.ZERO;
        };
    }
}
