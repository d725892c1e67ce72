package org.microdegree.design.building;

import java.util.Arrays;
import java.util.Optional;
import org.microdegree.shared.Coded;

/** The seven ways to build a micro-degree programme, by the names the CLI and the API use. */
public enum Pattern implements Coded {
    UPDATE,
    GAP_FILLER,
    ELECTIVE_EXTENSION,
    INTERCONNECTED,
    ADMISSION_BRIDGE,
    POWER_PROGRAMME,
    JOINT_MASTER;

    public static Optional<Pattern> fromCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code().equals(code)).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(Pattern::code).toList());
    }
}
