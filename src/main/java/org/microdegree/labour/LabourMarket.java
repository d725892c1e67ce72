package org.microdegree.labour;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.microdegree.labour.internal.FigureCsv;
import org.microdegree.labour.internal.FigureStore;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.Role;
import org.microdegree.skills.OccupationFit;
import org.microdegree.skills.Skills;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Labour-market figures per ESCO occupation: imported by designers from a CSV file (all rows or
 * none), read by the programme pages and the rule "labour-market rationale". The figures are few
 * (thousands of rows at most) and read on every page: kept in memory, read again after an import.
 */
@Service
public class LabourMarket {

    /** How many occupations a design's demand looks at: the ones its page shows. */
    public static final int OCCUPATIONS = 5;

    /** The sample file shipped with the product (illustrative figures, docs/labour-market.md). */
    public static final String SAMPLE = "/labour/sample-figures.csv";

    private final FigureStore store;
    private final Skills skills;
    private final TransactionTemplate tx;
    private final Clock clock;
    /** Another instance may have imported (or a restore replaced the data): whether the figures changed is asked at most this often. */
    private static final long CHECK_NANOS = 1_000_000_000L;

    private volatile @Nullable Cached cached;

    /** The figures as read, and the table's state when read (rows and last import). */
    private record Cached(Map<String, List<DemandFigure>> byOccupation, String state, long checkedAt) {}

    LabourMarket(FigureStore store, Skills skills, TransactionTemplate tx, Clock clock) {
        this.store = store;
        this.skills = skills;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Imports a CSV of figures (docs/labour-market.md): checked whole first, every problem with its
     * line and column, nothing stored when there is one. Designers and admins of any institution:
     * the figures describe the labour market, not one university.
     */
    public ImportedFigures importCsv(String source, byte[] content, Actor actor) {
        if (!actor.hasAnywhere(Role.DESIGNER)) {
            throw new ForbiddenException("importing labour-market figures is for designers and admins");
        }
        actor.requireWrite();
        List<DemandFigure> figures = FigureCsv.read(source, content, skills);
        var now = clock.instant();
        int replaced = tx.execute(status -> (int) figures.stream().filter(f -> store.put(f, actor.name(), now)).count());
        cached = null;
        int occupations = (int) figures.stream().map(DemandFigure::occupation).distinct().count();
        return new ImportedFigures(figures.size(), figures.size() - replaced, replaced, occupations);
    }

    /** Every figure known, by occupation, region, period and measure. */
    public List<DemandFigure> figures() {
        return figuresByOccupation().values().stream().flatMap(List::stream).toList();
    }

    /** The figures known for one occupation. */
    public List<DemandFigure> figuresOf(String occupation) {
        return figuresByOccupation().getOrDefault(occupation, List.of());
    }

    /** The demand of the occupations these skills cover best (the {@value #OCCUPATIONS} a programme's page shows). */
    public Demand demandFor(Collection<String> skillUris) {
        return demandOf(skills.occupationsCovering(skillUris, OCCUPATIONS));
    }

    /** The newest figures per region for each occupation: vacancies where known, else job advertisements. */
    public Demand demandOf(List<OccupationFit> fits) {
        List<Demand.OccupationDemand> out = new ArrayList<>(fits.size());
        for (OccupationFit fit : fits) {
            out.add(new Demand.OccupationDemand(fit, newest(figuresOf(fit.occupation().uri()))));
        }
        return new Demand(out);
    }

    private static List<DemandFigure> newest(List<DemandFigure> figures) {
        if (figures.isEmpty()) {
            return List.of();
        }
        Measure measure = figures.stream().anyMatch(f -> f.measure() == Measure.VACANCIES) ? Measure.VACANCIES : Measure.JOB_ADS;
        // one figure per region: the latest period (ISO periods sort as text; a year before its quarters)
        Map<String, DemandFigure> perRegion = figures.stream().filter(f -> f.measure() == measure)
                .collect(Collectors.toMap(DemandFigure::region, f -> f, (a, b) -> a.period().compareTo(b.period()) >= 0 ? a : b));
        // a region inside another one listed (DE9 in DE, DE in EU27) is counted there already
        return perRegion.values().stream().filter(f -> perRegion.keySet().stream().noneMatch(r -> contains(r, f.region())))
                .sorted(Comparator.comparing(DemandFigure::region)).toList();
    }

    private static boolean contains(String outer, String inner) {
        return !outer.equals(inner) && (outer.startsWith("EU27") ? !inner.startsWith("EU27") : inner.startsWith(outer));
    }

    private Map<String, List<DemandFigure>> figuresByOccupation() {
        Cached c = cached;
        long now = System.nanoTime();
        if (c != null && now - c.checkedAt() < CHECK_NANOS) {
            return c.byOccupation();
        }
        String state = store.state();
        if (c != null && c.state().equals(state)) {
            cached = new Cached(c.byOccupation(), state, now);
            return c.byOccupation();
        }
        Map<String, List<DemandFigure>> m = new HashMap<>();
        for (DemandFigure f : store.all()) {
            m.computeIfAbsent(f.occupation(), k -> new ArrayList<>()).add(f);
        }
        cached = new Cached(m, state, now);
        return m;
    }
}
