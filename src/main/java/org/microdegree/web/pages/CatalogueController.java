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
import org.springframework.web.util.UriComponentsBuilder;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.time.format.DateTimeFormatter;
import java.time.ZoneId;
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
    private final IscedFields isced;

    /** One line of the list; when one can start it (the offering, and the round's dates in its zone, as the visitor's language writes them). */
    record Entry(String kind, String id, String title, BigDecimal creditPoints, int eqfLevel, List<String> institutions,
            List<String> languages, @Nullable String mode, String href, String offering, @Nullable String opens, @Nullable String closes) {
        public String cp() {
            return CatalogueController.cp(creditPoints);
        }
    }

    /** The filters as given; blank means any. */
    record Filters(String kind, String institution, @Nullable BigDecimal cpMin, @Nullable BigDecimal cpMax,
            @Nullable Integer eqf, String language, String mode, String q, String offering, String occupation, String field, String skill,
            String sort) {

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
            put(out, Facet.OFFERING, Facet.OFFERINGS.contains(offering) ? offering : "");
            put(out, Facet.OCCUPATION, occupation);
            put(out, Facet.FIELD, field);
            put(out, Facet.SKILL, skill);
            return out;
        }

        /** The page's address with these filters on another page (blank ones left out). */
        String link(int page) {
            UriComponentsBuilder b = UriComponentsBuilder.fromPath("/catalogue");
            Map<String, @Nullable Object> params = new LinkedHashMap<>();
            params.put("q", q);
            params.put("kind", kind);
            params.put("institution", institution);
            params.put("cpMin", cpMin);
            params.put("cpMax", cpMax);
            params.put("eqf", eqf);
            params.put("language", language);
            params.put("mode", mode);
            params.put("offering", offering);
            params.put("occupation", occupation);
            params.put("field", field);
            params.put("skill", skill);
            params.put("sort", sort);
            params.forEach((k, v) -> {
                if (v != null && !v.toString().isEmpty()) {
                    b.queryParam(k, v);
                }
            });
            return b.queryParam("page", page).encode().build().toUriString();
        }

        private static void put(Map<Facet, List<String>> out, Facet facet, String value) {
            if (!value.isEmpty()) {
                out.put(facet, List.of(value));
            }
        }
    }

    /** The orders a visitor may choose on the page. */
    static final List<String> SORTS = List.of("relevance", "start", "cp");

    /**
     * The published programmes and micro-credentials that match, from the search index (words over
     * titles, outcomes and skills; each filter's options with how many items they leave).
     */
    @GetMapping("/catalogue")
    String list(@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String institution,
            @RequestParam(required = false) @Nullable String cpMin, @RequestParam(required = false) @Nullable String cpMax,
            @RequestParam(required = false) @Nullable String eqf, @RequestParam(defaultValue = "") String language,
            @RequestParam(defaultValue = "") String mode, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String offering, @RequestParam(defaultValue = "") String occupation,
            @RequestParam(defaultValue = "") String field, @RequestParam(defaultValue = "") String skill,
            @RequestParam(defaultValue = "") String sort, @RequestParam(defaultValue = "1") int page, Model model) {
        String lang = LocaleContextHolder.getLocale().getLanguage();
        Filters filters = new Filters(kind, institution, number(cpMin), number(cpMax), eqf == null || eqf.isBlank() ? null : integer(eqf),
                language, mode, q.strip(), offering, occupation.strip(), field.strip(), skill.strip(), SORTS.contains(sort) ? sort : "");
        BigDecimal min = filters.cpMin();
        BigDecimal max = filters.cpMax() != null && min != null && filters.cpMax().compareTo(min) < 0 ? min : filters.cpMax();
        // relevance without words, or no order chosen: by title in the page's language
        String order = filters.sort().equals("start") || filters.sort().equals("cp")
                ? filters.sort()
                : filters.q().isEmpty() ? ("de".equals(lang) ? "title-de" : "title") : "relevance";
        SearchResult first = search.search(new SearchQuery(filters.q(), filters.facets(), min, max, order, 1, PAGE_SIZE));
        int pages = (int) Math.max(1, (first.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 1), pages);
        SearchResult found = current == 1 ? first : search.search(new SearchQuery(filters.q(), filters.facets(), min, max, order, current, PAGE_SIZE));
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("filters", filters);
        model.addAttribute("entries", found.hits().stream().map(h -> entry(h, lang, locale)).toList());
        model.addAttribute("total", found.total());
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("previousLink", filters.link(current - 1));
        model.addAttribute("nextLink", filters.link(current + 1));
        // each filter's options, with how many items each would leave where that filter is not chosen yet
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
        model.addAttribute("offeringOptions", options(found, Facet.OFFERING, Facet.OFFERINGS,
                v -> messages.getMessage("catalogue.offering." + v, null, v, locale), !filters.facets().containsKey(Facet.OFFERING)
                        ? false
                        : true));
        model.addAttribute("fieldOptions", options(found, Facet.FIELD, chosenFirst(filters.field(), found, Facet.FIELD), isced::named,
                !field.isEmpty()));
        model.addAttribute("occupationOptions", options(found, Facet.OCCUPATION, chosenFirst(filters.occupation(), found, Facet.OCCUPATION),
                v -> skills.find(v).map(c -> c.label().strip()).orElse(v), !filters.occupation().isEmpty()));
        model.addAttribute("skillOptions", options(found, Facet.SKILL, chosenFirst(filters.skill(), found, Facet.SKILL),
                v -> skills.find(v).map(c -> c.label().strip()).orElse(v), !filters.skill().isEmpty()));
        model.addAttribute("sorts", SORTS);
        model.addAttribute("lang", lang);
        // htmx takes the results and each filter's options (their counts follow the query) from the whole page
        return "catalogue/list";
    }

    /** A facet's values among what was found, by count (as the index gives them), the chosen one first even when nothing has it. */
    private static List<String> chosenFirst(String chosen, SearchResult found, Facet facet) {
        List<String> values = new ArrayList<>();
        if (!chosen.isEmpty()) {
            values.add(chosen);
        }
        found.facets().getOrDefault(facet, List.of()).stream().map(SearchResult.Count::value).filter(v -> !v.equals(chosen)).forEach(values::add);
        return values;
    }

    /** An option of a filter: the value sent, and its name with the count of items it would leave. */
    record Option(String value, String label) {}

    private static List<Option> options(SearchResult found, Facet facet, List<String> values, Function<String, String> name, boolean chosen) {
        Map<String, Long> counts = found.facets().getOrDefault(facet, List.of()).stream()
                .collect(Collectors.toMap(SearchResult.Count::value, SearchResult.Count::count));
        return values.stream().map(v -> new Option(v, chosen ? name.apply(v) : name.apply(v) + " (" + counts.getOrDefault(v, 0L) + ")")).toList();
    }

    private static Entry entry(SearchResult.Hit h, String lang, Locale locale) {
        boolean md = h.kind().equals(ItemKind.MICRO_DEGREE.code());
        SearchResult.Round r = h.round();
        // as European readers write a day: 31 Dec 2099, 31.12.2099
        DateTimeFormatter day = "de".equals(lang) ? DateTimeFormatter.ofPattern("dd.MM.yyyy") : DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
        return new Entry(md ? "md" : "mc", h.id(), h.title(lang), h.creditPoints(), h.eqfLevel(), h.institutions(), h.languages(), h.mode(),
                (md ? "/catalogue/micro-degrees/" : "/catalogue/micro-credentials/") + h.id(), h.offering(),
                r == null ? null : day.format(r.opensAt().atZone(ZoneId.of(r.zone()))),
                r == null ? null : day.format(r.closesAt().atZone(ZoneId.of(r.zone()))));
    }

    @GetMapping("/catalogue/micro-degrees/{id}")
    String microDegree(@PathVariable String id, Model model) {
        MicroDegreeProgramme md = published(ItemKind.MICRO_DEGREE, id);
        String lang = LocaleContextHolder.getLocale().getLanguage();
        ItemViews views = new ItemViews(catalogue, skills, messages, Actor.ANONYMOUS, LocaleContextHolder.getLocale());
        model.addAttribute("md", md);
        model.addAttribute("sizeText", views.size(md));
        model.addAttribute("levelText", views.level(md));
        model.addAttribute("lang", lang);
        model.addAttribute("tree", List.of(views.tree(md.completion())));
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
        model.addAttribute("sizeText", views.size(mc));
        model.addAttribute("levelText", views.level(mc));
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
        return catalogue.<T>find(kind, ItemId.of(id), null, Set.of(LifecycleStatus.PUBLISHED, LifecycleStatus.ANNOUNCED))
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
