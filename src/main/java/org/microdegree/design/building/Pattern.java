package org.microdegree.design.building;

import java.util.Arrays;
import java.util.Optional;
import org.microdegree.shared.Coded;

/** The seven ways to build a micro-degree programme, by the names the CLI and the API use. */
public enum Pattern implements Coded {
    UPDATE("update"), GAP_FILLER("gap-filler"), ELECTIVE_EXTENSION("elective-extension"), INTERCONNECTED("interconnected"), ADMISSION_BRIDGE(
            "admission-bridge"), POWER_PROGRAMME("power-programme"), JOINT_MASTER("joint-master");

    private final String code;

    Pattern(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Optional<Pattern> fromCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(Pattern::code).toList());
    }
}
