package org.microdegree.search;

import java.util.Arrays;
import java.util.Optional;

/** The facets of the catalogue's search, by the name the API and the page use. */
public enum Facet {
    KIND("kind"),
    INSTITUTION("institution"),
    EQF("eqf"),
    /** ranges of credit points: 1-5, 6-10, 11-30, 31-60 */
    CP("cp"),
    LANGUAGE("language"),
    MODE("mode"),
    /** ISCED-F field of a micro-credential */
    FIELD("field"),
    DOMAIN("domain"),
    /** ESCO skill URIs */
    SKILL("skill"),
    /** ESCO occupation URIs: the five occupations whose essential skills the item covers best (as its page shows them) */
    OCCUPATION("occupation"),
    /** when one can start: {@code open} (applications open now), {@code next} (a round opens later), {@code on-demand} (no round: enrolment any time) */
    OFFERING("offering");

    /** The values of {@link #OFFERING}. */
    public static final java.util.List<String> OFFERINGS = java.util.List.of("open", "next", "on-demand");

    private final String param;

    Facet(String param) {
        this.param = param;
    }

    public String param() {
        return param;
    }

    public static Optional<Facet> of(String param) {
        return Arrays.stream(values()).filter(f -> f.param.equals(param)).findFirst();
    }

    /** The range a number of credit points falls in. */
    public static String cpRange(double cp) {
        return cp <= 5 ? "1-5" : cp <= 10 ? "6-10" : cp <= 30 ? "11-30" : "31-60";
    }
}
