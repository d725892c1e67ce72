package org.microdegree.audit.engine;

import java.time.LocalDate;
import java.time.Period;
import org.jspecify.annotations.Nullable;

/**
 * Conditions on evidence beyond the tree: a minimum grade (German scale; a worse grade does not
 * count) and a validity period (older evidence does not count on the audit date).
 */
public record AuditPolicy(@Nullable Double minimumGrade, @Nullable Period validFor, LocalDate auditDate) {

    public static AuditPolicy on(LocalDate date) {
        return new AuditPolicy(null, null, date);
    }

    boolean admits(Proof p) {
        if (minimumGrade != null && p.grade() != null && p.grade() > minimumGrade + 1e-9) {
            return false;
        }
        return validFor == null || !p.date().plus(validFor).isBefore(auditDate);
    }
}
