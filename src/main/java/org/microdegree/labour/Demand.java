package org.microdegree.labour;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import org.microdegree.skills.OccupationFit;

/**
 * The demand a design speaks to: for each ESCO occupation its skills cover, the newest figures
 * known per region, and the openings they add up to.
 */
public record Demand(List<OccupationDemand> occupations) {

    public Demand {
        occupations = List.copyOf(occupations);
    }

    /**
     * One occupation: how far the design covers it, and its newest figures (one per region, of one measure: vacancies where known, else job advertisements).
     */
    public record OccupationDemand(OccupationFit fit, List<DemandFigure> figures) {

        public OccupationDemand {
            figures = List.copyOf(figures);
        }

        public boolean known() {
            return !figures.isEmpty();
        }

        public long openings() {
            return figures.stream().mapToLong(DemandFigure::figure).sum();
        }
    }

    /** True when figures are known for at least one of the occupations. */
    public boolean known() {
        return occupations.stream().anyMatch(OccupationDemand::known);
    }

    /** All openings in the occupations covered (an occupation counts whatever the coverage). */
    public long openings() {
        return occupations.stream().mapToLong(OccupationDemand::openings).sum();
    }

    /**
     * The demand indicator: openings weighted by the share of each occupation's essential skills the
     * design covers (a programme teaching a third of what a data engineer needs speaks to a third of the openings).
     */
    public long weightedOpenings() {
        return occupations.stream().mapToLong(o -> o.openings() * o.fit().percent() / 100).sum();
    }

    public List<String> periods() {
        return distinct(DemandFigure::period);
    }

    public List<String> regions() {
        return distinct(DemandFigure::region);
    }

    public List<String> sources() {
        return distinct(DemandFigure::source);
    }

    private List<String> distinct(Function<DemandFigure, String> value) {
        Collection<String> out = new TreeSet<>();
        occupations.forEach(o -> o.figures().forEach(f -> out.add(value.apply(f))));
        return List.copyOf(out);
    }
}
