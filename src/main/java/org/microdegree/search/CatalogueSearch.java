package org.microdegree.search;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.CatalogueVersions;
import org.microdegree.admissions.ApplicationRounds;
import org.microdegree.admissions.model.ApplicationRound;
import org.microdegree.catalog.model.CatalogueItem;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.LifecycleStatus;
import org.microdegree.catalog.model.MicroCredential;
import org.microdegree.catalog.model.MicroDegreeProgramme;
import org.microdegree.search.internal.Offerings;
import org.microdegree.search.internal.SearchIndex;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.Text;
import org.microdegree.shared.Violation;
import org.microdegree.skills.EscoConcept;
import org.microdegree.skills.Skills;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Searches the published micro-credentials and programmes. The index is built on first use and
 * again when the catalogue has changed: the catalogue's revision is looked at, at most ten times
 * a second, so a publication is found within a second without a query to the database per search.
 * The application rounds not yet closed (which decide the offering facet) are looked at as often,
 * and the index is built again when they change or one of them opens or closes.
 */
@Service
public class CatalogueSearch {

    private static final Logger log = LoggerFactory.getLogger(CatalogueSearch.class);
    private static final long CHECK_EVERY = TimeUnit.MILLISECONDS.toNanos(100);
    public static final int MAX_SIZE = 100;

    private final Catalogue catalogue;
    private final Skills skills;
    private final ApplicationRounds rounds;
    private final Clock clock;
    /** The occupations of an item version (they depend on its skills only): kept across rebuilds, which change few items. */
    private final Map<String, List<String>> occupations = new ConcurrentHashMap<>();

    private record Indexed(CatalogueVersions source, List<ApplicationRound> rounds, Offerings offerings, SearchIndex index) {}

    private volatile @Nullable Indexed indexed;
    private volatile long checkedAt;

    CatalogueSearch(Catalogue catalogue, Skills skills, ApplicationRounds rounds, Clock clock) {
        this.catalogue = catalogue;
        this.skills = skills;
        this.rounds = rounds;
        this.clock = clock;
    }

    /** A page of what matches, with facet counts; bad paging or sorting is refused with every problem at once. */
    public SearchResult search(SearchQuery q) {
        List<Violation> problems = new ArrayList<>();
        if (q.page() < 1) {
            problems.add(Violation.at("page", "a page number from 1"));
        }
        if (q.size() < 1 || q.size() > MAX_SIZE) {
            problems.add(Violation.at("size", "from 1 to " + MAX_SIZE));
        }
        if (q.cpMin() != null && q.cpMax() != null && q.cpMin().compareTo(q.cpMax()) > 0) {
            problems.add(Violation.at("cpMax", "at least cpMin"));
        }
        List<String> offerings = q.filters().getOrDefault(Facet.OFFERING, List.of());
        for (int i = 0; i < offerings.size(); i++) {
            if (!Facet.OFFERINGS.contains(offerings.get(i))) {
                problems.add(Violation.at("offering[" + i + "]", "'" + offerings.get(i) + "' is not one of " + String.join(", ", Facet.OFFERINGS)));
            }
        }
        if (!SearchQuery.SORTS.contains(q.sort())) {
            problems.add(Violation.at("sort", "one of " + String.join(", ", SearchQuery.SORTS)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return index().search(q);
    }

    /** Every value a facet has among the published items, with how many have it. */
    public List<SearchResult.Count> values(Facet facet) {
        return index().values(facet);
    }

    /**
     * Which state of the published catalogue the searches answer from (within a tenth of a second):
     * the same object until the catalogue changes. Pages rendered from the search may be kept as long
     * as it stays the same.
     */
    public Object revision() {
        index();
        return java.util.Objects.requireNonNull(indexed);
    }

    /** The index of the catalogue and its rounds as they are now (within a tenth of a second). */
    SearchIndex index() {
        Indexed current = indexed;
        long now = System.nanoTime();
        if (current != null && now - checkedAt < CHECK_EVERY) {
            return current.index();
        }
        CatalogueVersions versions = catalogue.versions();
        checkedAt = now;
        // the rounds not yet closed are few: asked as often as the catalogue's revision
        List<ApplicationRound> open = rounds.current();
        if (current != null && current.source() == versions && current.rounds().equals(open)
                && clock.instant().isBefore(current.offerings().validUntil())) {
            return current.index();
        }
        synchronized (this) {
            current = indexed;
            if (current == null || current.source() != versions || !current.rounds().equals(open)
                    || !clock.instant().isBefore(current.offerings().validUntil())) {
                long started = System.nanoTime();
                List<ApplicationRound> notClosed = rounds.current();
                Offerings offerings = new Offerings(notClosed, clock.instant());
                List<SearchIndex.Entry> entries = entries(versions, offerings);
                current = new Indexed(versions, notClosed, offerings, SearchIndex.of(entries));
                indexed = current;
                log.info("Catalogue search: {} published items indexed in {} ms", entries.size(), (System.nanoTime() - started) / 1_000_000);
            }
            return current.index();
        }
    }

    private List<SearchIndex.Entry> entries(CatalogueVersions versions, Offerings offerings) {
        Collection<CatalogueItem> published = newestPublished(versions);
        Map<String, CatalogueItem> byKey = new HashMap<>();
        published.forEach(i -> byKey.put(i.kind().code() + ' ' + i.id(), i));
        if (occupations.size() > 50_000) {
            occupations.clear();
        }
        List<SearchIndex.Entry> out = new ArrayList<>(published.size());
        for (CatalogueItem item : published) {
            out.add(entry(item, offerings.of(item.kind().code(), item.id().value()), byKey));
        }
        return out;
    }

    /** The skills an item teaches: a programme's own and its micro-credentials', through nested programmes. */
    private static Set<String> taught(CatalogueItem item, Map<String, CatalogueItem> byKey, Set<String> visited) {
        Set<String> out = new LinkedHashSet<>(item.skills());
        if (item instanceof MicroDegreeProgramme md && visited.add(md.id().value())) {
            md.microCredentials().forEach(id -> java.util.Optional.ofNullable(byKey.get(ItemKind.MICRO_CREDENTIAL.code() + ' ' + id))
                    .ifPresent(mc -> out.addAll(mc.skills())));
            md.nestedProgrammes().forEach(id -> java.util.Optional.ofNullable(byKey.get(ItemKind.MICRO_DEGREE.code() + ' ' + id))
                    .ifPresent(n -> out.addAll(taught(n, byKey, visited))));
        }
        return out;
    }

    /** The newest published version of each micro-credential and programme: what visitors find. */
    static Collection<CatalogueItem> newestPublished(CatalogueVersions versions) {
        Map<String, CatalogueItem> published = new LinkedHashMap<>();
        Stream.concat(versions.bundle().microCredentials().stream(), versions.bundle().microDegrees().stream())
                .filter(i -> i.status() == LifecycleStatus.PUBLISHED)
                .forEach(i -> published.merge(i.kind().code() + ' ' + i.id(), i, (a, b) -> a.version() >= b.version() ? a : b));
        return published.values();
    }

    private SearchIndex.Entry entry(CatalogueItem item, Offerings.Offering offering, Map<String, CatalogueItem> byKey) {
        StringBuilder en = new StringBuilder();
        StringBuilder de = new StringBuilder();
        add(en, de, item.title());
        Map<Facet, List<String>> facets = new EnumMap<>(Facet.class);
        facets.put(Facet.KIND, List.of(item.kind().code()));
        // the owner and, for a programme, every participating institution (as the catalogue's pages name them)
        List<String> institutions = catalogue.involved(item).stream().map(InstitutionId::value).toList();
        facets.put(Facet.EQF, item.eqfLevel() == null ? List.of() : List.of(Integer.toString(item.eqfLevel().level())));
        facets.put(Facet.CP, item.creditPoints() == null ? List.of() : List.of(Facet.cpRange(item.creditPoints().toBigDecimal().doubleValue())));
        facets.put(Facet.SKILL, item.skills());
        facets.put(Facet.OFFERING, List.of(offering.code()));
        // as the item's page names them: the occupations its skills (a programme's: its micro-credentials') cover best
        Set<String> taught = taught(item, byKey, new HashSet<>());
        facets.put(Facet.OCCUPATION, occupations.computeIfAbsent(String.join(" ", new TreeSet<>(taught)),
                k -> skills.occupationsCovering(taught, 5).stream().map(f -> f.occupation().uri()).toList()));
        List<String> languages;
        String mode;
        switch (item) {
            case MicroCredential mc -> {
                add(en, de, mc.description());
                mc.learningOutcomes().forEach(t -> add(en, de, t));
                languages = mc.languages();
                mode = mc.mode() == null ? null : mc.mode().code();
                facets.put(Facet.FIELD, mc.iscedField() == null ? List.of() : List.of(mc.iscedField()));
                facets.put(Facet.DOMAIN, mc.applicationDomains());
            }
            case MicroDegreeProgramme md -> {
                add(en, de, md.description());
                add(en, de, md.labourMarketRationale());
                languages = md.languages();
                mode = md.mode() == null ? null : md.mode().code();
            }
            default -> throw new IllegalArgumentException("only micro-credentials and programmes are searched");
        }
        facets.put(Facet.INSTITUTION, institutions);
        facets.put(Facet.LANGUAGE, languages);
        facets.put(Facet.MODE, mode == null ? List.of() : List.of(mode));
        // skills by their English labels (ESCO v1.2 as shipped has no German labels)
        for (String uri : item.skills()) {
            skills.find(uri).map(EscoConcept::label).ifPresent(l -> en.append(' ').append(l));
        }
        return new SearchIndex.Entry(item.kind().code(), item.id().value(), item.title().en(), item.title().de(), en.toString(), de.toString(),
                item.creditPoints() == null ? null : item.creditPoints().toBigDecimal(), item.eqfLevel() == null ? null : item.eqfLevel().level(), institutions,
                languages, mode, offering, facets);
    }

    private static void add(StringBuilder en, StringBuilder de, @Nullable Text text) {
        if (text != null) {
            en.append(' ').append(text.en());
            if (text.de() != null) {
                de.append(' ').append(text.de());
            }
        }
    }
}
