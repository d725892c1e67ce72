package org.microdegree.conformance.rules;

import java.util.List;

/**
 * What the labour market says of a design's skills: the ESCO occupations they cover best and,
 * where figures were imported, the openings in them (the evidence of the LUH model's "need in the
 * labour market for exactly this composition").
 *
 * @param occupations the occupations, each as its label with the share of its essential skills covered ("data engineer (25 %)")
 * @param figures true when figures are known for at least one of them
 * @param openings the newest openings in those occupations, all regions
 * @param weightedOpenings the openings weighted by the share covered (the demand indicator)
 */
public record LabourMarketEvidence(List<String> occupations, boolean figures, long openings, long weightedOpenings, List<String> periods,
        List<String> regions, List<String> sources) {

    public LabourMarketEvidence {
        occupations = List.copyOf(occupations);
        periods = List.copyOf(periods);
        regions = List.copyOf(regions);
        sources = List.copyOf(sources);
    }
}
