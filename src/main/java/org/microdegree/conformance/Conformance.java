package org.microdegree.conformance;

import org.microdegree.shared.Role;

import org.microdegree.shared.InstitutionId;

import org.microdegree.shared.ForbiddenException;

import org.microdegree.shared.Actor;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.format.BundleFormat;
import org.microdegree.catalog.model.CatalogueBundle;
import org.microdegree.catalog.model.CatalogueItem;
import org.microdegree.catalog.model.Institution;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.LifecycleStatus;
import org.microdegree.catalog.model.MicroCredential;
import org.microdegree.catalog.model.MicroDegreeProgramme;
import org.microdegree.catalog.model.Reference;
import org.microdegree.conformance.internal.CatalogueDesign;
import org.microdegree.conformance.rules.DesignRules;
import org.microdegree.conformance.rules.LabourMarketEvidence;
import org.microdegree.labour.Demand;
import org.microdegree.labour.LabourMarket;
import org.microdegree.policy.Profiles;
import org.microdegree.policy.RuleChange;
import org.microdegree.policy.model.ConformanceReport;
import org.microdegree.policy.model.Finding;
import org.microdegree.policy.model.RuleProfile;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.NotFoundException;
import org.microdegree.shared.Text;
import org.microdegree.shared.Violation;
import org.microdegree.skills.Skills;
import org.springframework.stereotype.Service;

/**
 * Checks designs against rule profiles: a bundle file, stored items, the whole catalogue, or one
 * draft while it is edited. Which profiles apply, unless the caller names them: a programme's own
 * {@code ruleProfiles}, else its institution's adopted profiles; for a micro-credential, its
 * institution's and those of every programme that names it; where none applies, {@code eu-2022}.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Conformance {

    /** What every design must meet when nothing else is stated: the certificate must be possible. */
    public static final List<String> DEFAULT_PROFILES = List.of("eu-2022");

    private static final Set<LifecycleStatus> CURRENT = Set.of(LifecycleStatus.DRAFT, LifecycleStatus.IN_REVIEW,
            LifecycleStatus.APPROVED, LifecycleStatus.ANNOUNCED, LifecycleStatus.PUBLISHED);

    private final Catalogue catalogue;
    private final Profiles profiles;
    private final Skills skills;
    private final LabourMarket labourMarket;

    // ---- what to check ----

    /**
     * Checks the micro-credentials and programmes of a bundle file. The file must be well formed
     * and its references resolve (in the file or the catalogue), else it is bad input; unknown ESCO
     * skills are the rules' business and show as findings.
     */
    public ConformanceReport checkBundle(String source, byte[] content, BundleSyntax syntax, List<String> profileIds) {
        BundleFormat.Parsed parsed = catalogue.parse(source, content, syntax);
        List<Violation> problems = catalogue.structuralProblems(parsed.bundle());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(parsed.locate(problems));
        }
        return evaluateBundle(parsed.bundle(), profileIds);
    }

    /** Checks a bundle built in memory (an API body), over the stored catalogue. */
    public ConformanceReport check(CatalogueBundle bundle, List<String> profileIds) {
        List<Violation> problems = catalogue.structuralProblems(bundle);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return evaluateBundle(bundle, profileIds);
    }

    private ConformanceReport evaluateBundle(CatalogueBundle bundle, List<String> profileIds) {
        CatalogueDesign design = storedDesign();
        bundle.institutions().forEach(design::with);
        bundle.items().forEach(design::with);
        List<CatalogueItem> subjects = new ArrayList<>();
        subjects.addAll(bundle.microCredentials());
        subjects.addAll(bundle.microDegrees());
        return evaluate(subjects, design, profileIds, bundle.microDegrees());
    }

    /** Checks stored micro-credentials and programmes, by id, in their current (newest not retired) version. */
    public ConformanceReport checkStored(List<ItemId> ids, List<String> profileIds) {
        CatalogueDesign design = storedDesign();
        List<CatalogueItem> subjects = new ArrayList<>();
        List<Violation> unknown = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            ItemId id = ids.get(i);
            Optional<CatalogueItem> item = current(ItemKind.MICRO_DEGREE, id).or(() -> current(ItemKind.MICRO_CREDENTIAL, id));
            if (item.isPresent()) {
                subjects.add(item.get());
            } else {
                unknown.add(Violation.at("items[" + i + "]", "no micro-credential or micro-degree '" + id + "' exists"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
        return evaluate(subjects, design, profileIds, List.of());
    }

    /** Checks the current version of every micro-credential and programme in the catalogue. */
    public ConformanceReport checkAll(List<String> profileIds) {
        List<RuleProfile> named = profiles.resolve(profileIds);
        CatalogueBundle all = catalogue.snapshot();
        Map<String, CatalogueItem> current = new LinkedHashMap<>();
        all.items().filter(i -> CURRENT.contains(i.status()))
                .forEach(i -> current.merge(i.kind().code() + ' ' + i.id(), i, (a, b) -> a.version() >= b.version() ? a : b));
        CatalogueDesign design = new CatalogueDesign(institutionMap(all.institutions()), (k, id) -> Optional.empty(), skills::isSkill,
                this::labourMarketEvidence);
        current.values().forEach(design::with);
        List<CatalogueItem> subjects = current.values().stream()
                .filter(i -> i.kind() == ItemKind.MICRO_CREDENTIAL || i.kind() == ItemKind.MICRO_DEGREE).toList();
        List<MicroDegreeProgramme> programmes = subjects.stream()
                .filter(MicroDegreeProgramme.class::isInstance).map(MicroDegreeProgramme.class::cast).toList();
        return evaluate(subjects, design, named.stream().map(RuleProfile::id).toList(), programmes, true);
    }

    /**
     * Checks one item while it is edited, before it is saved: what a form shows next to its fields.
     * Paths in structural problems are relative to the item ({@code modules[0]}).
     */
    public ConformanceReport checkDraft(CatalogueItem item, List<String> profileIds) {
        if (item.id() == null) {
            throw InvalidInputException.of("id", "required");
        }
        List<Violation> problems = catalogue.structuralProblems(CatalogueBundle.of(List.of(), List.of(item)));
        if (!problems.isEmpty()) {
            String prefix = item.kind().bundleField() + "[0].";
            throw new InvalidInputException(problems.stream()
                    .map(v -> Violation.at(v.path().startsWith(prefix) ? v.path().substring(prefix.length()) : v.path(), v.reason())).toList());
        }
        return evaluate(List.of(item), storedDesign().with(item), profileIds, List.of());
    }

    /** Checks one item as it stands (a draft being edited, or before a lifecycle step) against its profiles. */
    public ConformanceReport checkItem(CatalogueItem item) {
        CatalogueDesign design = storedDesign().with(item);
        return evaluate(List.of(item), design, List.of(), List.of());
    }

    // ---- profiles of institutions ----

    /** Copies a profile as an institution's own, with some rules changed. */
    public RuleProfile copyProfile(String source, String id, String institution, @Nullable Text title,
            Map<String, RuleChange> changes, String actor) {
        requireInstitution(institution, "institution");
        return profiles.copy(source, id, institution, title, changes, actor);
    }

    /** Sets the profiles an institution checks its designs against. */
    /** The profiles the institution checks its designs against from now on: its quality assurance (or admin) decides. */
    public List<String> adopt(String institution, @Nullable List<String> profileIds, Actor actor) {
        if (actor.readOnly() || !InstitutionId.isValid(institution) || !actor.has(Role.QUALITY, institution)) {
            throw new ForbiddenException("you need the role quality at " + institution);
        }
        requireInstitution(institution, "institution");
        if (profileIds == null) {
            throw InvalidInputException.of("profiles", "required: a list of profile ids (may be empty)");
        }
        return profiles.adopt(institution, profileIds, actor.name());
    }

    public List<String> adoptedBy(String institution) {
        requireInstitution(institution, "institution");
        return profiles.adoptedBy(institution);
    }

    private void requireInstitution(String institution, String field) {
        if (catalogue.institution(institution).isEmpty()) {
            throw new NotFoundException("institution '" + institution + "' does not exist");
        }
    }

    // ---- evaluation ----

    private ConformanceReport evaluate(List<CatalogueItem> subjects, CatalogueDesign design, List<String> profileIds,
            List<MicroDegreeProgramme> programmesInView) {
        return evaluate(subjects, design, profileIds, programmesInView, false);
    }

    /**
     * @param programmesInView programmes whose profiles also apply to the MCs they name
     * @param complete true when {@code programmesInView} is the whole catalogue, so the store need not be asked
     */
    private ConformanceReport evaluate(List<CatalogueItem> subjects, CatalogueDesign design, List<String> profileIds,
            List<MicroDegreeProgramme> programmesInView, boolean complete) {
        Map<String, RuleProfile> cache = new HashMap<>();
        List<RuleProfile> named = profiles.resolve(profileIds);
        named.forEach(p -> cache.put(p.id(), p));
        Map<String, List<String>> adopted = new HashMap<>();
        Map<ItemId, Set<String>> viaProgrammes = new HashMap<>();
        if (named.isEmpty()) {
            for (MicroDegreeProgramme md : programmesInView) {
                List<String> ps = programmeProfiles(md, adopted);
                for (Reference ref : md.references()) {
                    if (ref.kind() == ItemKind.MICRO_CREDENTIAL) {
                        viaProgrammes.computeIfAbsent(ref.id(), k -> new LinkedHashSet<>()).addAll(ps);
                    }
                }
            }
        }
        DesignRules rules = new DesignRules(design);
        List<Finding> findings = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        for (CatalogueItem item : subjects) {
            List<RuleProfile> applying;
            if (!named.isEmpty()) {
                applying = named;
            } else {
                Collection<String> ids = switch (item) {
                    case MicroDegreeProgramme md -> programmeProfiles(md, adopted);
                    case MicroCredential mc -> credentialProfiles(mc, adopted, viaProgrammes, complete);
                    default -> List.of();
                };
                applying = resolve(item, ids, cache);
            }
            for (RuleProfile p : applying) {
                used.add(p.reference());
                findings.addAll(rules.evaluate(item, p));
            }
        }
        return new ConformanceReport(List.copyOf(used), subjects.size(), findings);
    }

    private List<String> programmeProfiles(MicroDegreeProgramme md, Map<String, List<String>> adopted) {
        if (!md.ruleProfiles().isEmpty()) {
            return md.ruleProfiles();
        }
        List<String> ofInstitution = adopted.computeIfAbsent(md.id().institution(), profiles::adoptedBy);
        return ofInstitution.isEmpty() ? DEFAULT_PROFILES : ofInstitution;
    }

    private Collection<String> credentialProfiles(MicroCredential mc, Map<String, List<String>> adopted,
            Map<ItemId, Set<String>> viaProgrammes, boolean complete) {
        Set<String> ids = new LinkedHashSet<>(adopted.computeIfAbsent(mc.id().institution(), profiles::adoptedBy));
        ids.addAll(viaProgrammes.getOrDefault(mc.id(), Set.of()));
        if (!complete) {
            for (ItemId programme : catalogue.usedBy(ItemKind.MICRO_CREDENTIAL, mc.id(), ItemKind.MICRO_DEGREE)) {
                current(ItemKind.MICRO_DEGREE, programme).ifPresent(md -> ids.addAll(programmeProfiles((MicroDegreeProgramme) md, adopted)));
            }
        }
        return ids.isEmpty() ? DEFAULT_PROFILES : ids;
    }

    private List<RuleProfile> resolve(CatalogueItem item, Collection<String> ids, Map<String, RuleProfile> cache) {
        List<RuleProfile> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            RuleProfile p = cache.computeIfAbsent(id, k -> profiles.find(k, null).orElse(null));
            if (p == null) {
                int index = item instanceof MicroDegreeProgramme md ? md.ruleProfiles().indexOf(id) : -1;
                throw InvalidInputException.of(item.kind().bundleField() + "[" + item.id() + "]"
                        + (index >= 0 ? ".ruleProfiles[" + index + "]" : ""), "unknown rule profile '" + id + "'");
            }
            out.add(p);
        }
        return out;
    }

    private CatalogueDesign storedDesign() {
        return new CatalogueDesign(institutionMap(catalogue.institutions()), this::current, skills::isSkill, this::labourMarketEvidence);
    }

    /** The occupations a design's skills cover and the figures imported for them: the evidence of "need in the labour market". */
    private Optional<LabourMarketEvidence> labourMarketEvidence(Collection<String> skillUris) {
        if (skillUris.isEmpty()) {
            return Optional.empty();
        }
        Demand d = labourMarket.demandFor(skillUris);
        return Optional.of(new LabourMarketEvidence(
                d.occupations().stream().map(o -> o.fit().occupation().label().strip() + " (" + o.fit().percent() + " %)").toList(), d.known(),
                d.openings(), d.weightedOpenings(), d.periods(), d.regions(), d.sources()));
    }

    private Optional<CatalogueItem> current(ItemKind kind, ItemId id) {
        Optional<CatalogueItem> item = catalogue.find(kind, id, null, CURRENT);
        return item.isPresent() ? item : catalogue.find(kind, id, null, Catalogue.ALL);
    }

    private static Map<String, Institution> institutionMap(List<Institution> institutions) {
        Map<String, Institution> m = new HashMap<>();
        institutions.forEach(i -> m.put(i.id().value(), i));
        return m;
    }
}
