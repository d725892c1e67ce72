package org.microdegree.conformance.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.model.CatalogueItem;
import org.microdegree.catalog.model.Institution;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.MicroCredential;
import org.microdegree.catalog.model.MicroDegreeProgramme;
import org.microdegree.catalog.model.Module;
import org.microdegree.catalog.model.Requirement;
import org.microdegree.catalog.model.Sharing;
import org.microdegree.policy.model.Check.EuElement;
import org.microdegree.policy.model.Check;
import org.microdegree.policy.model.Finding;
import org.microdegree.policy.model.Outcome;
import org.microdegree.policy.model.Rule;
import org.microdegree.policy.model.RuleMessages;
import org.microdegree.policy.model.RuleProfile;
import org.microdegree.policy.model.Severity;
import org.microdegree.policy.model.Subject;
import org.microdegree.shared.CreditPoints;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.Text;

/**
 * Checks micro-credentials and micro-degree programmes against the rules of a profile. One
 * instance serves one report: it remembers the analysis of each programme's requirement tree.
 */
public final class DesignRules {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Text MICRO_CREDENTIAL = Text.of("micro-credential", "Micro-Credential");
    private static final Text MICRO_DEGREE = Text.of("micro-degree", "Micro-Degree");
    private static final Verdict NO_CREDITS = Verdict.notApplicable("creditPoints", "na-missing");

    private final Design design;
    private final Map<String, Completions.Result> analyses = new HashMap<>();
    private final Map<String, List<CatalogueItem>> components = new HashMap<>();
    /** What a passed rule says depends only on the rule: rendered once per rule, not per item. */
    private final Map<Rule, Text> statements = new IdentityHashMap<>();

    public DesignRules(Design design) {
        this.design = design;
    }

    public static Optional<Subject> subjectOf(CatalogueItem item) {
        return switch (item.kind()) {
            case MICRO_CREDENTIAL -> Optional.of(Subject.MICRO_CREDENTIAL);
            case MICRO_DEGREE -> Optional.of(Subject.MICRO_DEGREE);
            default -> Optional.empty();
        };
    }

    /** The finding of every rule of {@code profile} that concerns the item's kind, in the profile's order. */
    public List<Finding> evaluate(CatalogueItem item, RuleProfile profile) {
        Optional<Subject> subject = subjectOf(item);
        if (subject.isEmpty()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>(profile.rules().size());
        for (Rule rule : profile.rules()) {
            if (rule.appliesTo(subject.get())) {
                out.add(finding(item, subject.get(), profile, rule, verdict(item, rule)));
            }
        }
        return out;
    }

    private Verdict verdict(CatalogueItem item, Rule rule) {
        return switch (rule.check()) {
            case MC_CREDITS_RANGE, MD_CREDITS_RANGE -> creditsInRange(item, rule);
            case MC_CREDITS_AVERAGE -> creditsNearAverage((MicroCredential) item, rule);
            // a design that states no credit points cannot be measured against them
            case MC_CREDITS_SUM_OF_MODULES -> item.creditPoints() == null ? NO_CREDITS : creditsAreSumOfModules((MicroCredential) item);
            case MD_CREDITS_REACHABLE -> item.creditPoints() == null ? NO_CREDITS : treeReachesCredits((MicroDegreeProgramme) item);
            case MD_MICRO_CREDENTIALS -> madeOfMicroCredentials((MicroDegreeProgramme) item, rule);
            case MD_QUOTA_TOTAL -> item.creditPoints() == null ? NO_CREDITS : quotasAddUpToTotal((MicroDegreeProgramme) item);
            case MD_LABOUR_MARKET_RATIONALE -> LabourMarketRationale.verdict((MicroDegreeProgramme) item, design);
            case EQF_LEVELS -> levelAllowed(item, rule);
            case LEARNING_OUTCOMES -> learningOutcomes((MicroCredential) item, rule);
            case ASSESSMENT -> Verdict.check(((MicroCredential) item).assessment() != null, "assessment", "fail");
            case ESCO_SKILLS -> escoSkills((MicroCredential) item, rule);
            case RESPONSIBLE_INSTITUTION -> responsibleInstitution(item);
            case COUNSELLING_CONTACT -> Verdict.check(!blank(counsellingContact(item)), "counsellingContact", "fail");
            case EDC_LEGAL_IDENTIFIER -> missingAmongAwardingBodies(item, i -> !blank(i.legalIdentifier()), "id", "fail");
            case EU_ELEMENT -> euElement(item, EuElement.fromCode(rule.choice("element")));
        };
    }

    // ---- size and level ----

    private static Verdict creditsInRange(CatalogueItem item, Rule rule) {
        CreditPoints cp = item.creditPoints();
        if (cp == null) {
            return Verdict.fail("creditPoints", "fail-missing");
        }
        CreditPoints min = rule.credits("min");
        Optional<CreditPoints> max = rule.optionalCredits("max");
        boolean ok = cp.compareTo(min) >= 0 && max.map(m -> cp.compareTo(m) <= 0).orElse(true);
        return Verdict.check(ok, "creditPoints", max.isPresent() ? "fail" : "fail-min", "cp", cp);
    }

    /** LUH 2023 names 5 CP as the average size: far off means below average/factor or above average*factor. */
    private static Verdict creditsNearAverage(MicroCredential mc, Rule rule) {
        BigDecimal cp = mc.creditPoints().toBigDecimal();
        BigDecimal average = rule.credits("average").toBigDecimal();
        BigDecimal factor = rule.number("factor");
        BigDecimal low = average.divide(factor, 1, RoundingMode.HALF_UP);
        BigDecimal high = average.multiply(factor);
        boolean ok = cp.compareTo(low) >= 0 && cp.compareTo(high) <= 0;
        return Verdict.check(ok, "creditPoints", "fail", "cp", mc.creditPoints(), "low", low, "high", high);
    }

    private Verdict creditsAreSumOfModules(MicroCredential mc) {
        if (mc.modules().isEmpty()) {
            return Verdict.notApplicable("modules", "na");
        }
        if (mc.creditPoints() == null) {
            return Verdict.notApplicable("creditPoints", "na-missing");
        }
        CreditPoints sum = CreditPoints.ZERO;
        List<String> parts = new ArrayList<>();
        for (ItemId id : mc.modules()) {
            Optional<Module> m = design.module(id);
            if (m.isEmpty() || m.get().creditPoints() == null) {
                return Verdict.notApplicable("modules", "na-unknown", "module", id.value());
            }
            sum = sum.plus(m.get().creditPoints());
            parts.add(id.value() + " " + m.get().creditPoints() + " CP");
        }
        return Verdict.check(sum.equals(mc.creditPoints()), "creditPoints", "fail", "cp", mc.creditPoints(), "sum", sum,
                "modules", String.join(", ", parts));
    }

    private static Verdict levelAllowed(CatalogueItem item, Rule rule) {
        List<Integer> levels = rule.levels("levels");
        if (item.eqfLevel() == null) {
            return Verdict.fail("eqfLevel", "fail-missing");
        }
        return Verdict.check(levels.contains(item.eqfLevel().level()), "eqfLevel", "fail", "eqf", item.eqfLevel().level());
    }

    // ---- requirement trees ----

    private Completions.Result analysis(MicroDegreeProgramme md) {
        return analyses.computeIfAbsent(md.id() + "@" + md.version(), k -> Completions.of(md.completion(), false, design));
    }

    private Verdict treeReachesCredits(MicroDegreeProgramme md) {
        Completions.Result r = analysis(md);
        if (!r.decided()) {
            return Verdict.notApplicable("requirements", "na-undecided", "reason", r.reason());
        }
        if (r.totals().isEmpty()) {
            return Verdict.fail("requirements", "fail-none");
        }
        return Verdict.check(r.reaches(md.creditPoints()), "creditPoints", "fail", "cp", md.creditPoints(), "totals", Verdict.shortList(r.totals()));
    }

    private Verdict madeOfMicroCredentials(MicroDegreeProgramme md, Rule rule) {
        Completions.Result r = analysis(md);
        if (!r.decided()) {
            return Verdict.notApplicable("requirements", "na-undecided", "reason", r.reason());
        }
        if (!r.completable()) {
            return Verdict.notApplicable("requirements", "na-incomplete");
        }
        return Verdict.check(r.fewestMicroCredentials() >= rule.count("min"), "requirements", "fail",
                "count", r.fewestMicroCredentials());
    }

    /** A joint programme's quotas, at the top of its tree, must give exactly the programme's CP. */
    private Verdict quotasAddUpToTotal(MicroDegreeProgramme md) {
        if (!md.jointAward() && md.participatingInstitutions().isEmpty()) {
            return Verdict.notApplicable("requirements", "na-not-joint");
        }
        Map<String, Requirement.Quota> quotas = new LinkedHashMap<>();
        Requirement root = md.requirements();
        boolean rootShared = root.options().sharing() == Sharing.SHARED;
        if (root instanceof Requirement.Quota q) {
            quotas.put("requirements", q);
        } else if (root instanceof Requirement.AllOf all) {
            for (int i = 0; i < all.of().size(); i++) {
                if (all.of().get(i) instanceof Requirement.Quota q) {
                    quotas.put("requirements.allOf[" + i + "]", q);
                }
            }
        }
        if (quotas.isEmpty()) {
            return Verdict.notApplicable("requirements", "na-no-quota");
        }
        for (Map.Entry<String, Requirement.Quota> e : quotas.entrySet()) {
            Requirement.Quota q = e.getValue();
            Completions.Result r = Completions.of(q, rootShared, design);
            if (!r.decided()) {
                return Verdict.notApplicable(e.getKey(), "na-undecided", "reason", r.reason());
            }
            if (!r.reaches(md.creditPoints())) {
                String shares = String.join("/", q.shares().stream().map(s -> Integer.toString(s.count())).toList());
                String of = String.join(", ", q.shares().stream().map(s -> s.count() + " " + s.institution()).toList());
                return Verdict.fail(e.getKey() + ".quota", r.totals().isEmpty() ? "fail-none" : "fail", "shares", shares, "of", of,
                        "units", q.total(), "totals", Verdict.shortList(r.totals()), "cp", md.creditPoints());
            }
        }
        return Verdict.pass("requirements");
    }

    // ---- content ----

    private static Verdict learningOutcomes(MicroCredential mc, Rule rule) {
        return Verdict.check(mc.learningOutcomes().size() >= rule.count("min"), "learningOutcomes", "fail",
                "count", mc.learningOutcomes().size());
    }

    private Verdict escoSkills(MicroCredential mc, Rule rule) {
        for (int i = 0; i < mc.skills().size(); i++) {
            if (!design.isEscoSkill(mc.skills().get(i))) {
                return Verdict.fail("skills[" + i + "]", "fail-unknown", "uri", mc.skills().get(i));
            }
        }
        return Verdict.check(mc.skills().size() >= rule.count("min"), "skills", "fail", "count", mc.skills().size());
    }

    private Verdict responsibleInstitution(CatalogueItem item) {
        String inst = item.id().institution();
        Optional<Institution> institution = design.institution(inst);
        if (institution.isEmpty()) {
            return Verdict.fail("id", "fail-unknown", "institution", inst);
        }
        ItemId unit = item.unit();
        if (unit == null) {
            return Verdict.fail("unit", "fail", "institution", inst);
        }
        boolean ours = institution.get().units().stream().anyMatch(u -> u.id().equals(unit));
        return Verdict.check(ours, "unit", "fail-other", "unit", unit.value(), "institution", inst);
    }

    private static @Nullable String counsellingContact(CatalogueItem item) {
        return switch (item) {
            case MicroCredential mc -> mc.counsellingContact();
            case MicroDegreeProgramme md -> md.counsellingContact();
            default -> null;
        };
    }

    // ---- EU Annex I elements ----

    private Verdict euElement(CatalogueItem item, EuElement element) {
        String field = switch (element) {
            case TITLE -> "title";
            case COUNTRY_OF_ISSUER, AWARDING_BODY -> "id";
            case LEARNING_OUTCOMES -> item instanceof MicroCredential ? "learningOutcomes" : "requirements";
            case WORKLOAD -> "creditPoints";
            case LEVEL -> "eqfLevel";
            case ASSESSMENT_TYPE -> item instanceof MicroCredential ? "assessment" : "requirements";
            case FORM_OF_PARTICIPATION -> "mode";
            case QUALITY_ASSURANCE -> "qualityAssurance";
        };
        String key = element.code() + ".fail";
        return switch (element) {
            case TITLE -> Verdict.check(item.title() != null && !item.title().en().isBlank(), field, key);
            case COUNTRY_OF_ISSUER -> missingAmongAwardingBodies(item, i -> i.country() != null && COUNTRY.matcher(i.country()).matches(), field, key);
            // element 4 asks who awards it: its name and country; the legal identifier is the ELM's (edc-legal-identifier)
            case AWARDING_BODY -> missingAmongAwardingBodies(item, i -> i.name() != null && !i.name().en().isBlank()
                    && i.country() != null && COUNTRY.matcher(i.country()).matches(), field, key);
            case WORKLOAD -> Verdict.check(item.creditPoints() != null && !item.creditPoints().isZero(), field, key);
            case LEVEL -> Verdict.check(item.eqfLevel() != null, field, key);
            case LEARNING_OUTCOMES -> derived(item, c -> !learningOutcomesOf(c).isEmpty(), field, key);
            case ASSESSMENT_TYPE -> derived(item, c -> assessmentOf(c) != null, field, key);
            case FORM_OF_PARTICIPATION -> item instanceof MicroDegreeProgramme md && md.mode() != null
                    ? Verdict.pass(field)
                    : derived(item, c -> modeOf(c) != null, field, key);
            case QUALITY_ASSURANCE -> item instanceof MicroDegreeProgramme md && !blank(md.qualityAssurance())
                    ? Verdict.pass(field)
                    : derived(item, c -> c instanceof MicroCredential mc && !blank(mc.qualityAssurance()), field, key);
        };
    }

    /** The awarding bodies: the owner, and for a joint award every participating institution. */
    private Verdict missingAmongAwardingBodies(CatalogueItem item, Predicate<Institution> complete, String field, String key) {
        List<String> bodies = new ArrayList<>();
        bodies.add(item.id().institution());
        if (item instanceof MicroDegreeProgramme md && md.jointAward()) {
            md.participatingInstitutions().stream().map(InstitutionId::value).filter(i -> !bodies.contains(i)).forEach(bodies::add);
        }
        List<String> missing = bodies.stream().filter(b -> design.institution(b).filter(complete).isEmpty()).toList();
        return Verdict.check(missing.isEmpty(), field, key, "institutions", missing);
    }

    /**
     * An element of a micro-credential is its own; a micro-degree programme's is derived from its
     * components, so every component must state it.
     */
    private Verdict derived(CatalogueItem item, Predicate<CatalogueItem> has, String field, String key) {
        if (item instanceof MicroCredential mc) {
            return Verdict.check(has.test(mc), field, key);
        }
        List<CatalogueItem> parts = componentsOf((MicroDegreeProgramme) item);
        List<String> missing = parts.stream().filter(has.negate()).map(c -> c.id().value()).toList();
        if (parts.isEmpty()) {
            return Verdict.fail(field, key + "-empty");
        }
        return Verdict.check(missing.isEmpty(), field, key + "-derived", "components", Verdict.shortList(missing));
    }

    /** The micro-credentials and modules a programme names, nested programmes' included. */
    private List<CatalogueItem> componentsOf(MicroDegreeProgramme md) {
        return components.computeIfAbsent(md.id() + "@" + md.version(), k -> {
            List<CatalogueItem> out = new ArrayList<>();
            collect(md, out, new HashSet<>(), new HashSet<>());
            return out;
        });
    }

    private void collect(MicroDegreeProgramme md, List<CatalogueItem> out, Set<ItemId> seen, Set<ItemId> nesting) {
        if (!nesting.add(md.id())) {
            return;
        }
        Requirement.forEachUnit(md.requirements(), "", (path, unit) -> {
            if (unit.kind() == ItemKind.MICRO_DEGREE) {
                design.microDegree(unit.id()).ifPresent(inner -> collect(inner, out, seen, nesting));
            } else if (seen.add(unit.id())) {
                (unit.kind() == ItemKind.MODULE
                        ? design.module(unit.id()).map(CatalogueItem.class::cast)
                        : design.microCredential(unit.id()).map(CatalogueItem.class::cast)).ifPresent(out::add);
            }
        });
    }

    private static List<Text> learningOutcomesOf(CatalogueItem c) {
        return switch (c) {
            case MicroCredential mc -> mc.learningOutcomes();
            case Module m -> m.learningOutcomes();
            default -> List.of();
        };
    }

    private static @Nullable Object assessmentOf(CatalogueItem c) {
        return switch (c) {
            case MicroCredential mc -> mc.assessment();
            case Module m -> m.assessment();
            default -> null;
        };
    }

    private static @Nullable Object modeOf(CatalogueItem c) {
        return switch (c) {
            case MicroCredential mc -> mc.mode();
            case Module m -> m.mode();
            default -> null;
        };
    }

    // ---- findings ----

    private Finding finding(CatalogueItem item, Subject subject, RuleProfile profile, Rule rule, Verdict v) {
        String path = item.kind().bundleField() + "[" + item.id() + "]" + (v.element().isEmpty() ? "" : "." + v.element());
        if (v.state() == Verdict.State.PASSED) {
            Text said = v.message().equals("title")
                    ? statements.computeIfAbsent(rule, RuleMessages::title)
                    : RuleMessages.render(RuleMessages.base(rule) + "." + v.message(), v.values());
            return new Finding(subject, item.id().value(), item.version(), profile.ruleId(rule), rule.severity(), Outcome.PASS, path, said, null,
                    rule.source());
        }
        Map<String, Object> values = new HashMap<>(rule.parameters());
        values.putAll(v.values());
        values.put("item", subject == Subject.MICRO_CREDENTIAL ? MICRO_CREDENTIAL : MICRO_DEGREE);
        values.put("id", item.id().value());
        String base = RuleMessages.base(rule);
        String messageKey = (rule.check() == Check.EU_ELEMENT ? "eu-element." : base + ".") + v.message();
        Outcome outcome = v.state() == Verdict.State.NOT_APPLICABLE
                ? Outcome.NOT_APPLICABLE
                : rule.severity() == Severity.ERROR ? Outcome.FAIL : Outcome.WARNING;
        Text suggestion = v.state() == Verdict.State.FAILED ? RuleMessages.render(base + ".suggestion", values) : null;
        return new Finding(subject, item.id().value(), item.version(), profile.ruleId(rule), rule.severity(), outcome, path,
                RuleMessages.render(messageKey, values), suggestion, rule.source());
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
