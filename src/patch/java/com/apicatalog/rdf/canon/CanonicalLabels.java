package com.apicatalog.rdf.canon;

import java.util.Map;

/**
 * Steps 3 to 6 of RDFC-1.0 as titanium-rdfc 2.0.0 implements them: the canonical label of every
 * blank node, without its step 7. That step ({@code RdfCanon.provide}) serialises both quads again
 * in each comparison of its final sort, a seventh of each verification; microdegree's {@code Rdfc}
 * writes each quad once and sorts the lines instead (ADR 0012). It sits in titanium's package
 * because these steps are package-private there; {@code CanonicalLabelsTest} holds the output
 * byte-identical to {@code provide} and pins the version.
 */
public final class CanonicalLabels {

    private CanonicalLabels() {
    }

    /** Original blank node label to canonical label ({@code _:c14nN}), for every blank node fed in. */
    public static Map<String, String> of(RdfCanon canon) {
        canon.setNonNormalized();
        canon.issueSimpleIds();
        canon.issueNDegreeIds();
        return canon.mapping();
    }
}
