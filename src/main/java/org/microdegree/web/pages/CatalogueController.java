package org.microdegree.web.pages;

import java.util.EnumMap;
import java.util.Arrays;
import java.util.function.Function;
import java.util.Map;
import java.util.stream.Collectors;
import org.microdegree.search.CatalogueSearch;
import org.microdegree.search.Facet;
import org.microdegree.search.SearchQuery;
import org.microdegree.search.SearchResult;
import lombok.RequiredArgsConstructor;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.Catalogue;
import org.microdegree.labour.Demand;
import org.microdegree.labour.LabourMarket;
import org.microdegree.catalog.model.CatalogueItem;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.LifecycleStatus;
import org.microdegree.catalog.model.MicroCredential;
import org.microdegree.catalog.model.MicroDegreeProgramme;
import org.microdegree.catalog.model.Mode;
import org.microdegree.shared.Actor;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.NotFoundException;
import org.microdegree.skills.Skills;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public catalogue: published programmes and micro-credentials, filtered, and their detail pages. */
@Controller
@RequiredArgsConstructor
class CatalogueController {

    static final int PAGE_SIZE = 25;

    private final Catalogue catalogue;
    private final Skills skills;
    private final MessageSource messages;
    private final CatalogueSearch search;
    private final LabourMarket labourMarket;

    /** One line of the list. */
    record Entry(String kind, String id, String title, BigDecimal creditPoints, int eqfLevel, List<String> institutions,
            List<String> languages, @Nullable String mode, String href) {
        public String cp() {
            return CatalogueController.cp(creditPoints);
        }
    }

    /** The filters as given; blank means any. */
    record Filters(String kind, String institution, @Nullable BigDecimal cpMin, @Nullable BigDecimal cpMax,
            @Nullable Integer eqf, String language, String mode, String q) {

        /** The same as the search's facets (the page's "md"/"mc" are the catalogue's kinds). */
        Map<Facet, List<String>> facets() {
            Map<Facet, List<String>> out = new EnumMap<>(Facet.class);
            if (!kind.isEmpty()) {
                out.put(Facet.KIND, List.of(kind.equals("md") ? ItemKind.MICRO_DEGREE.code() : kind.equals("mc") ? ItemKind.MICRO_CREDENTIAL.code() : kind));
            }
            put(out, Facet.INSTITUTION, institution);
            put(out, Facet.EQF, eqf == null ? "" : eqf.toString());
            put(out, Facet.LANGUAGE, language);
            put(out, Facet.MODE, mode);
            return out;
        }

        private static void put(Map<Facet, List<String>> out, Facet facet, String value) {
            if (!value.isEmpty()) {
                out.put(facet, List.of(value));
            }
        }
    }

    /**
     * The published programmes and micro-credentials that match, from the search index (words over
     * titles, outcomes and skills; each filter's options with how many items they leave).
     */
    @GetMapping("/catalogue")
    String list(@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String institution,
            @RequestParam(required = false) @Nullable String cpMin, @RequestParam(required = false) @Nullable String cpMax,
            @RequestParam(required = false) @Nullable String eqf, @RequestParam(defaultValue = "") String language,
            @RequestParam(defaultValue = "") String mode, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "1") int page, Model model) {
        String lang = LocaleContextHolder.getLocale().getLanguage();
        Filters filters = new Filters(kind, institution, number(cpMin), number(cpMax), eqf == null || eqf.isBlank() ? null : integer(eqf),
                language, mode, q.strip());
        BigDecimal min = filters.cpMin();
        BigDecimal max = filters.cpMax() != null && min != null && filters.cpMax().compareTo(min) < 0 ? min : filters.cpMax();
        String sort = filters.q().isEmpty() ? ("de".equals(lang) ? "title-de" : "title") : "relevance";
        SearchResult first = search.search(new SearchQuery(filters.q(), filters.facets(), min, max, sort, 1, PAGE_SIZE));
        int pages = (int) Math.max(1, (first.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 1), pages);
        SearchResult found = current == 1 ? first : search.search(new SearchQuery(filters.q(), filters.facets(), min, max, sort, current, PAGE_SIZE));
        model.addAttribute("filters", filters);
        model.addAttribute("entries", found.hits().stream().map(h -> entry(h, lang)).toList());
        model.addAttribute("total", found.total());
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        // each filter's options, with how many items each would leave where that filter is not chosen yet
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("kindOptions", options(found, Facet.KIND, List.of(ItemKind.MICRO_DEGREE.code(), ItemKind.MICRO_CREDENTIAL.code()),
                v -> messages.getMessage(v.equals(ItemKind.MICRO_DEGREE.code()) ? "catalogue.kind.md" : "catalogue.kind.mc", null, locale), !kind.isEmpty())
                .stream().map(o -> new Option(o.value().equals(ItemKind.MICRO_DEGREE.code()) ? "md" : "mc", o.label())).toList());
        Map<String, String> names = catalogue.institutions().stream().collect(Collectors.toMap(i -> i.id().value(), i -> i.name().in(lang)));
        model.addAttribute("institutionOptions", options(found, Facet.INSTITUTION, names.keySet().stream().sorted().toList(),
                v -> names.getOrDefault(v, v), !institution.isEmpty()));
        model.addAttribute("eqfOptions", options(found, Facet.EQF, List.of("4", "5", "6", "7", "8"), v -> v, filters.eqf() != null));
        model.addAttribute("languageOptions", options(found, Facet.LANGUAGE,
                search.values(Facet.LANGUAGE).stream().map(SearchResult.Count::value).sorted().toList(), v -> v, !language.isEmpty()));
        model.addAttribute("modeOptions", options(found, Facet.MODE, Arrays.stream(Mode.values()).map(Mode::code).toList(),
                v -> messages.getMessage("mode." + v, null, v, locale), !mode.isEmpty()));
        model.addAttribute("lang", lang);
        // htmx takes the results and each filter's options (their counts follow the query) from the whole page
        return "catalogue/list";
    }

    /** An option of a filter: the value sent, and its name with the count of items it would leave. */
    record Option(String value, String label) {}

    private static List<Option> options(SearchResult found, Facet facet, List<String> values, Function<String, String> name, boolean chosen) {
        Map<String, Long> counts = found.facets().getOrDefault(facet, List.of()).stream()
                .collect(Collectors.toMap(SearchResult.Count::value, SearchResult.Count::count));
        return values.stream().map(v -> new Option(v, chosen ? name.apply(v) : name.apply(v) + " (" + counts.getOrDefault(v, 0L) + ")")).toList();
    }

    private static Entry entry(SearchResult.Hit h, String lang) {
        boolean md = h.kind().equals(ItemKind.MICRO_DEGREE.code());
        return new Entry(md ? "md" : "mc", h.id(), h.title(lang), h.creditPoints(), h.eqfLevel(), h.institutions(), h.languages(), h.mode(),
                (md ? "/catalogue/micro-degrees/" : "/catalogue/micro-credentials/") + h.id());
    }

    @GetMapping("/catalogue/micro-degrees/{id}")
    String microDegree(@PathVariable String id, Model model) {
        MicroDegreeProgramme md = published(ItemKind.MICRO_DEGREE, id);
        String lang = LocaleContextHolder.getLocale().getLanguage();
        ItemViews views = new ItemViews(catalogue, skills, messages, Actor.ANONYMOUS, LocaleContextHolder.getLocale());
        model.addAttribute("md", md);
        model.addAttribute("cp", cp(md.creditPoints().toBigDecimal()));
        model.addAttribute("lang", lang);
        model.addAttribute("tree", List.of(views.tree(md.requirements())));
        model.addAttribute("parts", views.parts(md));
        model.addAttribute("outcomes", views.outcomesOf(md));
        model.addAttribute("skills", views.skillLabels(views.skillsOf(md)));
        Demand demand = labourMarket.demandFor(views.skillsOf(md));
        model.addAttribute("occupations", views.occupations(demand));
        model.addAttribute("demand", demand);
        model.addAttribute("institutions", views.institutionNames(involved(md)));
        return "catalogue/micro-degree";
    }

    @GetMapping("/catalogue/micro-credentials/{id}")
    String microCredential(@PathVariable String id, Model model) {
        MicroCredential mc = published(ItemKind.MICRO_CREDENTIAL, id);
        ItemViews views = new ItemViews(catalogue, skills, messages, Actor.ANONYMOUS, LocaleContextHolder.getLocale());
        model.addAttribute("mc", mc);
        model.addAttribute("cp", cp(mc.creditPoints().toBigDecimal()));
        model.addAttribute("lang", LocaleContextHolder.getLocale().getLanguage());
        model.addAttribute("parts", views.parts(mc));
        model.addAttribute("skills", views.skillLabels(mc.skills()));
        Demand demand = labourMarket.demandFor(mc.skills());
        model.addAttribute("occupations", views.occupations(demand));
        model.addAttribute("demand", demand);
        model.addAttribute("institutions", views.institutionNames(List.of(mc.id().institution())));
        model.addAttribute("partOf", views.programmesNaming(mc.id()));
        return "catalogue/micro-credential";
    }

    private <T extends CatalogueItem> T published(ItemKind kind, String id) {
        if (!ItemId.isValid(id)) {
            throw new NotFoundException(kind.code() + " '" + id + "' does not exist");
        }
        return catalogue.<T>find(kind, ItemId.of(id), null, Set.of(LifecycleStatus.PUBLISHED))
                .orElseThrow(() -> new NotFoundException(kind.code() + " '" + id + "' is not in the published catalogue"));
    }

    private List<String> involved(MicroDegreeProgramme md) {
        return catalogue.involved(md).stream().map(InstitutionId::value).toList();
    }

    private static @Nullable BigDecimal number(@Nullable String s) {
        try {
            return s == null || s.isBlank() ? null : new BigDecimal(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static @Nullable Integer integer(String s) {
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String cp(@Nullable BigDecimal cp) {
        return cp == null ? "?" : cp.stripTrailingZeros().toPlainString();
    }
}
