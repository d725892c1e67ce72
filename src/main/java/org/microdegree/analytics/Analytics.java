package org.microdegree.analytics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.microdegree.analytics.internal.AnalyticsQueries;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.model.CatalogueBundle;
import org.microdegree.catalog.model.CatalogueItem;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.MicroCredential;
import org.microdegree.catalog.model.MicroDegreeProgramme;
import org.microdegree.catalog.model.Requirement;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.NotFoundException;
import org.microdegree.shared.Role;
import org.microdegree.shared.Text;
import org.microdegree.skills.EscoConcept;
import org.microdegree.skills.Skills;
import org.springframework.stereotype.Service;

/**
 * What happened to an institution's programmes: for its designers, quality assurance and
 * registrars (admins hold those roles), each only for the institutions where they hold one.
 */
@Service
@RequiredArgsConstructor
public class Analytics {

    private static final Set<Role> READERS = Set.of(Role.DESIGNER, Role.QUALITY, Role.REGISTRAR);

    private final AnalyticsQueries queries;
    private final Catalogue catalogue;
    private final Skills skills;

    /** Counts of one figure by item and term. */
    private record ByTerm(Map<String, Map<Term, Long>> counts) {

        static ByTerm of(List<AnalyticsQueries.Monthly> rows, Predicate<AnalyticsQueries.Monthly> which) {
            Map<String, Map<Term, Long>> m = new HashMap<>();
            rows.stream().filter(which)
                    .forEach(r -> m.computeIfAbsent(r.itemId(), k -> new HashMap<>()).merge(Term.of(r.year(), r.month()), r.count(), Long::sum));
            return new ByTerm(m);
        }

        long of(String item, @Nullable Term term) {
            Map<Term, Long> t = counts.getOrDefault(item, Map.of());
            return term == null ? t.values().stream().mapToLong(Long::longValue).sum() : t.getOrDefault(term, 0L);
        }

        Set<Term> terms() {
            Set<Term> s = new TreeSet<>();
            counts.values().forEach(t -> s.addAll(t.keySet()));
            return s;
        }
    }

    /** Every figure of an institution, read once per request. */
    private record Figures(ByTerm applications, ByTerm admitted, ByTerm enrolled, ByTerm withdrawn, ByTerm completed, ByTerm certificates,
            Map<String, List<Long>> daysToComplete) {

        List<Term> terms() {
            Set<Term> s = new TreeSet<>(Comparator.reverseOrder());
            for (ByTerm b : List.of(applications, enrolled, completed, certificates)) {
                s.addAll(b.terms());
            }
            return List.copyOf(s);
        }

        ProgrammeFigures of(ItemKind kind, ItemId id, Text title, @Nullable Term term) {
            String i = id.value();
            List<Long> days = daysToComplete.getOrDefault(i + (term == null ? "" : " " + term.code()), List.of());
            Long median = days.isEmpty()
                    ? null
                    : days.size() % 2 == 1
                            ? days.get(days.size() / 2)
                            : (days.get(days.size() / 2 - 1) + days.get(days.size() / 2)) / 2;
            return new ProgrammeFigures(kind, id, title, applications.of(i, term), admitted.of(i, term), enrolled.of(i, term), withdrawn.of(i, term),
                    completed.of(i, term), certificates.of(i, term), median);
        }
    }

    private Figures figures(String institution) {
        List<AnalyticsQueries.Monthly> applications = queries.applications(institution);
        List<AnalyticsQueries.Monthly> enrolments = queries.enrolments(institution);
        List<AnalyticsQueries.Met> met = queries.firstMet(institution);
        // completions count in the term of the day a learner first met the item; the days to it run from her first enrolment in it
        Map<String, Map<Term, Long>> completed = new HashMap<>();
        met.forEach(m -> completed.computeIfAbsent(m.itemId(), k -> new HashMap<>()).merge(Term.of(m.on()), 1L, Long::sum));
        Map<String, LocalDate> enrolled = new HashMap<>();
        queries.enrolmentDays(institution).forEach(e -> enrolled.merge(e.itemId() + " " + e.learnerId(), e.on(), (a, b) -> a.isBefore(b) ? a : b));
        Map<String, List<Long>> days = new HashMap<>();
        for (AnalyticsQueries.Met m : met) {
            LocalDate since = enrolled.get(m.itemId() + " " + m.learnerId());
            if (since != null) {
                long d = Math.max(0, ChronoUnit.DAYS.between(since, m.on()));
                days.computeIfAbsent(m.itemId(), k -> new ArrayList<>()).add(d);
                days.computeIfAbsent(m.itemId() + " " + Term.of(m.on()).code(), k -> new ArrayList<>()).add(d);
            }
        }
        days.values().forEach(l -> l.sort(null));
        return new Figures(ByTerm.of(applications, r -> true), ByTerm.of(applications, r -> r.code().equals("selected") || r.code().equals("enrolled")),
                ByTerm.of(enrolments, r -> true), ByTerm.of(enrolments, r -> r.code().equals("withdrawn")), new ByTerm(completed),
                ByTerm.of(queries.certificates(institution), r -> true), days);
    }

    /** The institution's programmes with their figures, for one term ({@code 2026-WS}) or all. */
    public Overview overview(Actor actor, @Nullable String institution, @Nullable String term) {
        List<String> mine = readable(actor);
        String inst = institution(mine, institution);
        Term t = term(term);
        Figures f = figures(inst);
        List<ProgrammeFigures> rows = new ArrayList<>();
        for (CatalogueItem item : published(inst)) {
            rows.add(f.of(item.kind(), item.id(), item.title(), t));
        }
        return new Overview(inst, mine, t, f.terms(), rows);
    }

    /** One programme closely: its figures term by term, where its learners stand or stopped, the skills they gained. */
    public ProgrammeAnalysis programme(Actor actor, ItemId id, @Nullable String term) {
        List<String> mine = readable(actor);
        if (!mine.contains(id.institution())) {
            throw new NotFoundException("no programme " + id + " among the institutions you may see analytics of");
        }
        Term t = term(term);
        CatalogueItem item = published(id.institution()).stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("no published programme " + id));
        ItemKind kind = item.kind();
        Figures f = figures(id.institution());
        ProgrammeFigures figures = f.of(kind, id, item.title(), t);
        List<ProgrammeAnalysis.TermFigures> rows = new ArrayList<>();
        for (Term each : f.terms()) {
            ProgrammeFigures p = f.of(kind, id, item.title(), each);
            if (p.applications() + p.enrolled() + p.completed() + p.certificates() > 0) {
                rows.add(new ProgrammeAnalysis.TermFigures(each, p.applications(), p.admitted(), p.enrolled(), p.completed(), p.certificates()));
            }
        }
        Map<String, MicroCredential> components = components(item);
        List<AnalyticsQueries.Passed> passed = queries.passedComponents(kind.code(), id.value(), List.copyOf(components.keySet()));
        Set<String> completedLearners = new LinkedHashSet<>(queries.completedLearners(kind.code(), id.value()));
        long enrolledNow = queries.enrolled(kind.code(), id.value());

        Map<String, Set<String>> passers = new LinkedHashMap<>();
        components.keySet().forEach(c -> passers.put(c, new LinkedHashSet<>()));
        Map<String, AnalyticsQueries.Passed> last = new HashMap<>();
        for (AnalyticsQueries.Passed p : passed) {
            passers.get(p.itemId()).add(p.learnerId());
            if (!completedLearners.contains(p.learnerId())) {
                last.merge(p.learnerId(), p, (a, b) -> b.on().isAfter(a.on()) || b.on().equals(a.on()) && b.itemId().compareTo(a.itemId()) > 0 ? b : a);
            }
        }
        List<ProgrammeAnalysis.Count> passedCounts = new ArrayList<>();
        List<ProgrammeAnalysis.Count> stopped = new ArrayList<>();
        Map<String, Long> stoppedBy = new HashMap<>();
        last.values().forEach(p -> stoppedBy.merge(p.itemId(), 1L, Long::sum));
        components.forEach((c, mc) -> {
            passedCounts.add(new ProgrammeAnalysis.Count(c, mc.title().en(), passers.get(c).size()));
            stopped.add(new ProgrammeAnalysis.Count(c, mc.title().en(), stoppedBy.getOrDefault(c, 0L)));
        });
        long notStarted = Math.max(0, enrolledNow - completedLearners.size() - last.size());
        stopped.add(new ProgrammeAnalysis.Count("", "", notStarted));

        Map<String, Set<String>> bySkill = new LinkedHashMap<>();
        components.forEach((c, mc) -> mc.skills().forEach(s -> bySkill.computeIfAbsent(s, k -> new LinkedHashSet<>()).addAll(passers.get(c))));
        List<ProgrammeAnalysis.Count> skillCounts = bySkill.entrySet().stream()
                .map(e -> new ProgrammeAnalysis.Count(e.getKey(), skills.find(e.getKey()).map(EscoConcept::label).orElse(e.getKey()), e.getValue().size()))
                .sorted(Comparator.comparingLong(ProgrammeAnalysis.Count::value).reversed().thenComparing(ProgrammeAnalysis.Count::label)).toList();
        return new ProgrammeAnalysis(figures, rows, passedCounts, stopped, skillCounts, enrolledNow, completedLearners.size());
    }

    /** The micro-credentials a programme is made of (a micro-credential is its own only component), in the order of its tree. */
    private Map<String, MicroCredential> components(CatalogueItem item) {
        Map<String, MicroCredential> published = latestPublic(catalogue.snapshot().microCredentials());
        Map<String, MicroCredential> out = new LinkedHashMap<>();
        if (item instanceof MicroDegreeProgramme md) {
            Requirement.forEachUnit(md.requirements(), "", (path, u) -> {
                if (u.kind() == ItemKind.MICRO_CREDENTIAL && published.containsKey(u.id().value())) {
                    out.put(u.id().value(), published.get(u.id().value()));
                }
            });
        } else if (item instanceof MicroCredential mc) {
            out.put(mc.id().value(), mc);
        }
        return out;
    }

    /** The institution's published (or retired) programmes and micro-credentials, newest version each. */
    private List<CatalogueItem> published(String institution) {
        CatalogueBundle all = catalogue.snapshot();
        List<CatalogueItem> items = new ArrayList<>(all.microDegrees());
        items.addAll(all.microCredentials());
        return latestPublic(items).values().stream().filter(i -> i.id().institution().equals(institution))
                .sorted(Comparator.comparing((CatalogueItem i) -> i instanceof MicroDegreeProgramme ? 0 : 1).thenComparing(i -> i.title().en())).toList();
    }

    /** The newest published (or retired) version of each item, by id. */
    private static <T extends CatalogueItem> Map<String, T> latestPublic(List<T> versions) {
        Map<String, T> latest = new LinkedHashMap<>();
        versions.stream().filter(i -> Catalogue.PUBLIC.contains(i.status()))
                .forEach(i -> latest.merge(i.id().value(), i, (a, b) -> b.version() > a.version() ? b : a));
        return latest;
    }

    private List<String> readable(Actor actor) {
        if (actor.operator()) {
            return catalogue.institutions().stream().map(i -> i.id().toString()).sorted().toList();
        }
        List<String> mine = actor.staffOf().stream().filter(i -> READERS.stream().anyMatch(r -> actor.has(r, i))).map(InstitutionId::toString)
                .toList();
        if (mine.isEmpty()) {
            throw new ForbiddenException("analytics are for designers, quality assurance and registrars");
        }
        return mine;
    }

    private static String institution(List<String> mine, @Nullable String asked) {
        if (asked == null || asked.isBlank()) {
            return mine.getFirst();
        }
        if (!mine.contains(asked)) {
            throw InvalidInputException.of("institution", "'" + asked + "' is not an institution you may see analytics of: one of "
                    + String.join(", ", mine));
        }
        return asked;
    }

    private static @Nullable Term term(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        Term t = Term.parse(code.strip());
        if (t == null) {
            throw InvalidInputException.of("term", "'" + code + "' is not a term: e.g. 2026-SS (April to September) or 2026-WS (October to March)");
        }
        return t;
    }
}
