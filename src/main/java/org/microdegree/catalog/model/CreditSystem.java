package org.microdegree.catalog.model;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.microdegree.shared.Coded;

/**
 * A system of credits in which providers state the size of a unit, and its conversion to ECTS
 * credit points. The conversions are the ones the systems' own bodies publish (docs/credits-and-levels.md);
 * the stated figure is kept beside the converted one, so that nothing is lost to a conversion.
 */
public enum CreditSystem implements Coded {

    /** The European Credit Transfer and Accumulation System: 25 to 30 hours of work a credit. */
    ECTS("1", "ECTS", List.of("ects", "ects credits", "ects credit", "ects-punkte", "leistungspunkte", "lp", "cp", "credit points")),
    /** UK credits (England, Wales, Northern Ireland; also "CATS points"): 10 notional hours, two to one ECTS (QAA). */
    UK_CREDITS("0.5", "UK credits", List.of("uk credits", "uk credit", "cats points", "cats credits", "cats")),
    /** SCQF credit points (Scotland): 10 notional hours, two to one ECTS (SCQF Partnership). */
    SCQF_CREDITS("0.5", "SCQF credit points", List.of("scqf credits", "scqf credit points", "scqf points")),
    /** US semester credit hours: no official equivalence; two ECTS a semester hour, as most European transfer tables use. */
    US_CREDIT_HOURS("2", "US credit hours", List.of("us credit hours", "us credit hour", "us credits", "semester credit hours", "semester hours"));

    private final BigDecimal toEcts;
    private final String label;
    private final List<String> names;

    CreditSystem(String toEcts, String label, List<String> names) {
        this.toEcts = new BigDecimal(toEcts);
        this.label = label;
        this.names = names;
    }

    /** ECTS credit points per credit of this system. */
    public BigDecimal toEcts() {
        return toEcts;
    }

    /** How the system is named in a statement ("15 UK credits"). */
    public String label() {
        return label;
    }

    /** The system a provider's words name ("UK credits", "CATS points", "ECTS"), if any. */
    public static Optional<CreditSystem> named(String words) {
        String w = words.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        for (CreditSystem s : values()) {
            if (s.names.contains(w) || s.code().equals(w)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Every name a statement may use, for messages. */
    public static String knownNames() {
        return String.join(", ", Arrays.stream(values()).map(CreditSystem::label).toList());
    }
}
