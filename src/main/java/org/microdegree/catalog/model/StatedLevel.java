package org.microdegree.catalog.model;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.microdegree.shared.EqfLevel;

/**
 * The level of a unit as its provider states it: a level of a national framework ("DQR 6", "SCQF 11")
 * or a cycle of the higher-education framework in words ("Master level"), and the EQF level it is
 * referenced to.
 *
 * @param framework the framework of a numbered level, or null for a cycle in words
 * @param number the level in that framework, or 0 for a cycle in words
 * @param words the cycle in words as stated ("Master level"), or null for a numbered level
 */
public record StatedLevel(@Nullable LevelFramework framework, int number, @Nullable String words, EqfLevel eqf) {

    private static final Pattern NUMBERED = Pattern.compile("\\s*([A-Za-z]+)(?:\\s+level)?\\s*(\\d{1,2})\\s*");

    /** The cycles of the Framework for Qualifications of the EHEA and the EQF levels they are compatible with. */
    private static final Map<String, Integer> CYCLES = Map.ofEntries(
            Map.entry("short cycle", 5), Map.entry("short-cycle", 5), Map.entry("first cycle", 6), Map.entry("bachelor", 6),
            Map.entry("second cycle", 7), Map.entry("master", 7), Map.entry("third cycle", 8), Map.entry("doctoral", 8),
            Map.entry("doctorate", 8), Map.entry("phd", 8));

    /**
     * Reads {@code DQR 6}, {@code SCQF level 11}, {@code EQF 7}, {@code Master level}, {@code Bachelor}.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static StatedLevel parse(String text) {
        Matcher m = NUMBERED.matcher(text);
        if (m.matches()) {
            LevelFramework framework = LevelFramework.named(m.group(1)).orElseThrow(() -> new IllegalArgumentException("'" + m.group(1)
                    + "' is not a qualifications framework this catalogue maps to the EQF; known: " + LevelFramework.knownNames()
                    + " (or a cycle in words: Bachelor, Master, Doctoral level)"));
            int number = Integer.parseInt(m.group(2));
            return new StatedLevel(framework, number, null, framework.eqf(number));
        }
        String words = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("('s)? (level|degree|cycle level)$", "");
        Integer eqf = CYCLES.get(words);
        if (eqf == null) {
            throw new IllegalArgumentException("'" + text + "' is not a level this catalogue reads: a framework and level such as"
                    + " 'DQR 6' or 'SCQF 11' (" + LevelFramework.knownNames() + "), or a cycle such as 'Master level'");
        }
        return new StatedLevel(null, 0, text.strip(), EqfLevel.of(eqf));
    }

    /** Whether it says no more than a plain EQF level would. */
    public boolean isPlainEqf() {
        return framework == LevelFramework.EQF;
    }

    /** The statement as written back: "DQR 6", "Master level". */
    @Override
    public String toString() {
        return framework != null ? framework.label().replace(" (AT)", "") + " " + number : String.valueOf(words);
    }
}
