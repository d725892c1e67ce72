package org.microdegree.web.pages;

import lombok.RequiredArgsConstructor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.model.CatalogueItem;
import org.microdegree.catalog.model.Institution;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The public catalogue: published programmes and micro-credentials, filtered, and their detail pages. */
@Controller
@RequiredArgsConstructor
class CatalogueController {

    static final int PAGE_SIZE = 25;

    private final Catalogue catalogue;
    private final Skills skills;
    private final MessageSource messages;

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

        boolean admits(Entry e) {
            return (kind.isEmpty() || kind.equals(e.kind()))
                    && (institution.isEmpty() || e.institutions().contains(institution))
                    && (cpMin == null || e.creditPoints().compareTo(cpMin) >= 0)
                    && (cpMax == null || e.creditPoints().compareTo(cpMax) <= 0)
                    && (eqf == null || e.eqfLevel() == eqf)
                    && (language.isEmpty() || e.languages().contains(language))
                    && (mode.isEmpty() || mode.equals(e.mode()))
                    && (q.isEmpty() || e.title().toLowerCase(Locale.ROOT).contains(q.toLowerCase(Locale.ROOT)));
        }
    }

    @GetMapping("/catalogue")
    String list(@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String institution,
            @RequestParam(required = false) @Nullable String cpMin, @RequestParam(required = false) @Nullable String cpMax,
            @RequestParam(required = false) @Nullable String eqf, @RequestParam(defaultValue = "") String language,
            @RequestParam(defaultValue = "") String mode, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "1") int page,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        String lang = LocaleContextHolder.getLocale().getLanguage();
        Filters filters = new Filters(kind, institution, number(cpMin), number(cpMax), eqf == null || eqf.isBlank() ? null : integer(eqf),
                language, mode, q.strip());
        List<Entry> all = entries(lang);
        List<Entry> matching = all.stream().filter(filters::admits).toList();
        int pages = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 1), pages);
        model.addAttribute("filters", filters);
        model.addAttribute("entries", matching.subList((current - 1) * PAGE_SIZE, Math.min(matching.size(), current * PAGE_SIZE)));
        model.addAttribute("total", matching.size());
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("institutions", catalogue.institutions().stream()
                .sorted(Comparator.comparing((Institution i) -> i.id().value())).toList());
        model.addAttribute("languages", all.stream().flatMap(e -> e.languages().stream()).distinct().sorted().toList());
        model.addAttribute("modes", Mode.values());
        model.addAttribute("eqfLevels", List.of(4, 5, 6, 7, 8));
        model.addAttribute("lang", lang);
        // htmx asks for the results only, when a filter changes
        return htmx != null ? "catalogue/list :: results" : "catalogue/list";
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

    private List<Entry> entries(String lang) {
        List<Entry> entries = new ArrayList<>();
        for (MicroDegreeProgramme md : catalogue
                .<MicroDegreeProgramme>list(ItemKind.MICRO_DEGREE, Set.of(LifecycleStatus.PUBLISHED), null, 0, Integer.MAX_VALUE).items()) {
            entries.add(new Entry("md", md.id().value(), md.title().in(lang), md.creditPoints().toBigDecimal(), md.eqfLevel().level(),
                    involved(md), md.languages(), md.mode() == null ? null : md.mode().code(), "/catalogue/micro-degrees/" + md.id()));
        }
        for (MicroCredential mc : catalogue.<MicroCredential>list(ItemKind.MICRO_CREDENTIAL, Set.of(LifecycleStatus.PUBLISHED), null, 0, Integer.MAX_VALUE)
                .items()) {
            entries.add(new Entry("mc", mc.id().value(), mc.title().in(lang), mc.creditPoints().toBigDecimal(), mc.eqfLevel().level(),
                    List.of(mc.id().institution()), mc.languages(), mc.mode() == null ? null : mc.mode().code(), "/catalogue/micro-credentials/" + mc.id()));
        }
        entries.sort(Comparator.comparing(Entry::title, String.CASE_INSENSITIVE_ORDER));
        return entries;
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
