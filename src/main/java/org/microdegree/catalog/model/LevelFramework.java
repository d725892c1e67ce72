package org.microdegree.catalog.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.microdegree.shared.Coded;
import org.microdegree.shared.EqfLevel;

/**
 * A qualifications framework in whose levels providers state a unit's level, with the EQF level each
 * of its levels is referenced to, as the country's referencing report to the EQF Advisory Group gives
 * it (sources in docs/credits-and-levels.md).
 */
public enum LevelFramework implements Coded {

    /** The EQF itself. */
    EQF("EQF", List.of("eqf", "eqr"), 1, new int[]{1, 2, 3, 4, 5, 6, 7, 8}),
    /** Germany's Deutscher Qualifikationsrahmen: levels 1 to 8 referenced one to one (2013). */
    DQR("DQR", List.of("dqr"), 1, new int[]{1, 2, 3, 4, 5, 6, 7, 8}),
    /** Austria's Nationaler Qualifikationsrahmen: levels 1 to 8 referenced one to one (2012). */
    NQR("NQR (AT)", List.of("nqr"), 1, new int[]{1, 2, 3, 4, 5, 6, 7, 8}),
    /** The Netherlands' NLQF: levels 1 to 8 referenced one to one (entry level below 1 is not stated here). */
    NLQF("NLQF", List.of("nlqf"), 1, new int[]{1, 2, 3, 4, 5, 6, 7, 8}),
    /** England's and Northern Ireland's Regulated Qualifications Framework, levels 1 to 8 (4 and 5 both EQF 5). */
    RQF("RQF", List.of("rqf", "fheq", "qcf"), 1, new int[]{2, 3, 4, 5, 5, 6, 7, 8}),
    /** The Scottish Credit and Qualifications Framework, levels 1 to 12. */
    SCQF("SCQF", List.of("scqf"), 1, new int[]{1, 1, 2, 3, 4, 4, 5, 5, 6, 6, 7, 8});

    private final String label;
    private final List<String> names;
    private final int first;
    private final int[] eqf;

    LevelFramework(String label, List<String> names, int first, int[] eqf) {
        this.label = label;
        this.names = names;
        this.first = first;
        this.eqf = eqf;
    }

    public String label() {
        return label;
    }

    public int lowest() {
        return first;
    }

    public int highest() {
        return first + eqf.length - 1;
    }

    /** The EQF level this framework's level is referenced to. */
    public EqfLevel eqf(int level) {
        if (level < lowest() || level > highest()) {
            throw new IllegalArgumentException(label + " levels run from " + lowest() + " to " + highest() + ", got " + level);
        }
        return EqfLevel.of(eqf[level - first]);
    }

    public static Optional<LevelFramework> named(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.names.contains(w) || f.code().equals(w)).findFirst();
    }

    public static String knownNames() {
        return String.join(", ", Arrays.stream(values()).map(LevelFramework::label).toList());
    }
}
