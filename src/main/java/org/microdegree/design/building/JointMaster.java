package org.microdegree.design.building;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.model.MicroCredential;
import org.microdegree.catalog.model.MicroDegreeProgramme;
import org.microdegree.catalog.model.Requirement;
import org.microdegree.catalog.model.Sharing;
import org.microdegree.shared.CreditPoints;
import org.microdegree.shared.EqfLevel;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.Text;
import org.microdegree.shared.Violation;

/**
 * Pattern 7, the joint Master from micro-credentials of several universities: from the partners'
 * published micro-credentials (of the given size, at the given EQF level) choose exactly each
 * partner's negotiated quota, with every prerequisite, so that the target learning outcomes and
 * ESCO skills are covered as well as possible (an exact solver proves it), then organise the choice
 * as joint MDs of 10 or 15 CP, each from at least two partners, and the Master over them, awarded
 * jointly by all partners.
 */
public final class JointMaster {

    /**
     * @param quotas partners with a negotiated number of micro-credentials (exactly that many)
     * @param atMost partners who contribute up to a number, as the composition serves best
     * @param total how many micro-credentials in all; needed with {@code atMost}, else the sum of the quotas
     */
    public record Input(@Nullable DraftSettings programme, @Nullable Map<String, Integer> quotas, @Nullable Map<String, Integer> atMost,
            @Nullable Integer total, @Nullable CreditPoints mcCredits,
            @Nullable Integer eqfLevel, @Nullable List<Integer> groupCredits, @Nullable Targets targets,
            @Nullable List<Prerequisite> prerequisites, @Nullable Long timeLimitMillis) {}

    /** What the programme should teach: ESCO skill URIs, and phrases its learning outcomes should contain. */
    public record Targets(@Nullable List<String> skills, @Nullable List<String> outcomes) {}

    public record Prerequisite(@Nullable ItemId microCredential, @Nullable List<ItemId> requires) {}

    public record Chosen(ItemId microCredential, String institution, Text title, List<String> covers) {}

    public record Group(ItemId programme, CreditPoints credits, List<ItemId> microCredentials, List<String> institutions) {}

    public record Report(String status, int coverage, int targets, long bound, int greedyCoverage, long solverMillis, int candidates,
            List<Chosen> chosen, List<Group> groups, List<String> uncovered) {}

    private JointMaster() {
    }

    public static Draft build(Offer offer, Input in, Composer composer) {
        List<Violation> problems = new ArrayList<>();
        DraftSettings settings = Inputs.settings(in.programme());
        problems.addAll(settings.problems("programme", offer));
        Map<String, Integer> quotas = in.quotas() == null ? Map.of() : new LinkedHashMap<>(in.quotas());
        Map<String, Integer> atMost = in.atMost() == null ? Map.of() : new LinkedHashMap<>(in.atMost());
        if (quotas.size() + atMost.size() < 2) {
            problems.add(Violation.at("quotas", "name at least two partner institutions with the number of micro-credentials each contributes"));
        }
        quotas.forEach((partner, count) -> {
            offer.requireInstitution(partner, "quotas." + partner, problems);
            if (count == null || count < 1) {
                problems.add(Violation.at("quotas." + partner, "a quota is a number of micro-credentials, at least 1"));
            }
        });
        atMost.forEach((partner, count) -> {
            offer.requireInstitution(partner, "atMost." + partner, problems);
            if (quotas.containsKey(partner)) {
                problems.add(Violation.at("atMost." + partner, "'" + partner + "' already has a quota"));
            } else if (count == null || count < 1) {
                problems.add(Violation.at("atMost." + partner, "at least 1"));
            }
        });
        if (!atMost.isEmpty() && in.total() == null) {
            problems.add(Violation.at("total", "with atMost, say how many micro-credentials the programme has in all"));
        }
        CreditPoints size = in.mcCredits() == null ? CreditPoints.of(5) : in.mcCredits();
        int level = in.eqfLevel() == null ? 7 : in.eqfLevel();
        List<Integer> groupSizes = in.groupCredits() == null || in.groupCredits().isEmpty() ? List.of(15, 10) : in.groupCredits();
        for (int i = 0; i < groupSizes.size(); i++) {
            if (groupSizes.get(i) == null || groupSizes.get(i) < 10 || CreditPoints.of(groupSizes.get(i)).tenths() % size.tenths() != 0) {
                problems.add(
                        Violation.at("groupCredits[" + i + "]", "a joint MD has at least 10 CP and a whole number of micro-credentials of " + size + " CP"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }

        List<String> partners = new ArrayList<>(quotas.keySet());
        partners.addAll(atMost.keySet());
        List<MicroCredential> candidates = offer.microCredentials().stream()
                .filter(mc -> partners.contains(mc.id().institution()) && EqfLevel.of(level).equals(mc.eqfLevel())
                        && size.equals(mc.creditPoints()))
                .sorted(Comparator.comparing(MicroCredential::id)).toList();
        List<Note> notes = new ArrayList<>();
        List<Note> reasons = new ArrayList<>();
        for (String partner : quotas.keySet()) {
            long offered = candidates.stream().filter(mc -> mc.id().institution().equals(partner)).count();
            if (offered < quotas.get(partner)) {
                reasons.add(Note.at("quotas." + partner, "joint-master.quota-exceeds-offer", partner, quotas.get(partner), offered, size, level));
            }
        }
        int total = in.total() != null ? in.total() : quotas.values().stream().mapToInt(Integer::intValue).sum();
        int reachable = quotas.values().stream().mapToInt(Integer::intValue).sum() + atMost.values().stream().mapToInt(Integer::intValue).sum();
        if (total < quotas.values().stream().mapToInt(Integer::intValue).sum() || total > reachable) {
            reasons.add(Note.at("total", "joint-master.total-impossible", total, quotas.values().stream().mapToInt(Integer::intValue).sum(), reachable));
        }
        List<Integer> groupCounts = groupCounts(total, size, groupSizes);
        if (groupCounts == null) {
            reasons.add(Note.at("groupCredits", "joint-master.groups-impossible", total, size, groupSizes));
        }

        // targets: the designer's, else every skill the candidates teach
        List<String> targetKeys = new ArrayList<>();
        Targets targets = in.targets();
        boolean given = targets != null && (targets.skills() != null && !targets.skills().isEmpty()
                || targets.outcomes() != null && !targets.outcomes().isEmpty());
        if (given) {
            if (targets.skills() != null) {
                targets.skills().forEach(s -> targetKeys.add("skill:" + s));
            }
            if (targets.outcomes() != null) {
                targets.outcomes().forEach(o -> targetKeys.add("outcome:" + o));
            }
        } else {
            Set<String> all = new LinkedHashSet<>();
            candidates.forEach(mc -> mc.skills().forEach(s -> all.add("skill:" + s)));
            targetKeys.addAll(all);
            notes.add(Note.of("joint-master.default-targets", all.size()));
        }
        Map<ItemId, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            index.put(candidates.get(i).id(), i);
        }
        List<int[]> requires = new ArrayList<>();
        List<Prerequisite> prerequisites = in.prerequisites() == null ? List.of() : in.prerequisites();
        for (int i = 0; i < prerequisites.size(); i++) {
            Prerequisite pr = prerequisites.get(i);
            if (pr.microCredential() == null || pr.requires() == null) {
                throw InvalidInputException.of("prerequisites[" + i + "]", "give microCredential and the list it requires");
            }
            Integer a = index.get(pr.microCredential());
            for (int j = 0; j < pr.requires().size(); j++) {
                Integer b = index.get(pr.requires().get(j));
                if (a != null && b == null) {
                    // its prerequisite is not on offer for the programme: it cannot be chosen
                    requires.add(new int[]{a, -1});
                    notes.add(Note.at("prerequisites[" + i + "].requires[" + j + "]", "joint-master.prerequisite-not-offered",
                            pr.microCredential(), pr.requires().get(j)));
                } else if (a != null) {
                    requires.add(new int[]{a, b});
                }
            }
        }
        if (!reasons.isEmpty()) {
            return Draft.infeasible(Pattern.JOINT_MASTER, emptyReport("infeasible", targetKeys.size(), candidates.size()), notes, reasons);
        }

        Composer.Problem problem = problem(candidates, partners, quotas, atMost, total, targetKeys, requires);
        long limit = in.timeLimitMillis() == null ? 10_000 : in.timeLimitMillis();
        Composer.Composition best = composer.compose(problem, limit);
        Composer.Composition greedy = new GreedyComposer().compose(problem, limit);
        if (best.status() == Composer.Status.INFEASIBLE) {
            for (String c : best.conflicts()) {
                String[] parts = c.split(":");
                if (parts[0].equals("quota")) {
                    String partner = partners.get(Integer.parseInt(parts[1]));
                    reasons.add(quotas.containsKey(partner)
                            ? Note.at("quotas." + partner, "joint-master.quota-conflict", partner, quotas.get(partner))
                            : Note.at("atMost." + partner, "joint-master.at-most-conflict", partner, atMost.get(partner)));
                } else if (parts[0].equals("total")) {
                    reasons.add(Note.at("total", "joint-master.total-conflict", total));
                } else {
                    ItemId a = candidates.get(Integer.parseInt(parts[1])).id();
                    String b = parts[2].equals("-1") ? "?" : candidates.get(Integer.parseInt(parts[2])).id().value();
                    reasons.add(Note.at("prerequisites", "joint-master.prerequisite-conflict", a, b));
                }
            }
            if (reasons.isEmpty()) {
                reasons.add(Note.of("joint-master.infeasible"));
            }
            return Draft.infeasible(Pattern.JOINT_MASTER, emptyReport("infeasible", targetKeys.size(), candidates.size()), notes, reasons);
        }
        if (best.status() == Composer.Status.UNKNOWN) {
            reasons.add(Note.at("timeLimitMillis", "joint-master.time-limit", limit));
            return Draft.infeasible(Pattern.JOINT_MASTER, emptyReport("unknown", targetKeys.size(), candidates.size()), notes, reasons);
        }
        if (best.status() == Composer.Status.FEASIBLE) {
            notes.add(Note.of("joint-master.not-proved", best.coverage(), best.bound()));
        }

        List<MicroCredential> chosen = Arrays.stream(best.chosen()).sorted().mapToObj(candidates::get).toList();
        List<List<MicroCredential>> grouped = Grouping.group(chosen, groupCounts, mc -> covered(mc, targetKeys));
        Drafting drafting = new Drafting(offer, settings);
        String owner = settings.institution();
        List<Requirement> mdUnits = new ArrayList<>();
        List<Group> groups = new ArrayList<>();
        for (int g = 0; g < grouped.size(); g++) {
            List<MicroCredential> part = grouped.get(g);
            List<InstitutionId> involved = part.stream().map(mc -> mc.id().institution()).distinct()
                    .filter(i -> !i.equals(owner)).map(InstitutionId::of).toList();
            MicroDegreeProgramme md = drafting.programme("part-" + (g + 1), Text.of("part " + (g + 1), "Teil " + (g + 1)),
                    Drafting.allOf(part.stream().map(Drafting::unit).toList(), null, Sharing.EXCLUSIVE), Drafting.sum(part),
                    EqfLevel.of(level), involved, true, Drafting.skillsOf(part));
            mdUnits.add(Drafting.unit(md));
            groups.add(new Group(md.id(), md.creditPoints(), part.stream().map(MicroCredential::id).toList(),
                    part.stream().map(mc -> mc.id().institution()).distinct().toList()));
        }
        // the quota node keeps the negotiated model: each partner's number in the composition
        List<Requirement.Share> shares = partners.stream()
                .map(p -> new Requirement.Share(InstitutionId.of(p), (int) chosen.stream().filter(mc -> mc.id().institution().equals(p)).count()))
                .filter(s -> s.count() > 0).toList();
        List<Requirement> quotaFrom = chosen.stream().map(mc -> (Requirement) Drafting.unit(mc)).toList();
        List<Requirement> root = new ArrayList<>(mdUnits);
        root.add(new Requirement.Quota(shares, quotaFrom, new Requirement.Options("Model negotiated among the universities", Sharing.SHARED)));
        List<InstitutionId> allPartners = shares.stream().map(Requirement.Share::institution).filter(p -> !p.toString().equals(owner)).toList();
        drafting.programme(null, null, Drafting.allOf(root, null, Sharing.EXCLUSIVE), Drafting.sum(chosen), EqfLevel.of(level),
                allPartners, true, Drafting.skillsOf(chosen));

        Set<String> coveredKeys = new LinkedHashSet<>();
        List<Chosen> chosenReport = chosen.stream().map(mc -> {
            List<String> c = covered(mc, targetKeys);
            coveredKeys.addAll(c);
            return new Chosen(mc.id(), mc.id().institution(), mc.title(), c);
        }).toList();
        List<String> uncovered = targetKeys.stream().filter(t -> !coveredKeys.contains(t)).toList();
        notes.add(Note.of(best.status() == Composer.Status.OPTIMAL ? "joint-master.optimal" : "joint-master.best-found",
                best.coverage(), targetKeys.size(), greedy.status() == Composer.Status.FEASIBLE ? greedy.coverage() : "-"));
        Report report = new Report(best.status().name().toLowerCase(Locale.ROOT), best.coverage(), targetKeys.size(), best.bound(),
                greedy.status() == Composer.Status.FEASIBLE ? greedy.coverage() : -1, best.millis(), candidates.size(), chosenReport, groups,
                uncovered);
        return Draft.built(Pattern.JOINT_MASTER, drafting.bundle(), report, notes);
    }

    private static Report emptyReport(String status, int targets, int candidates) {
        return new Report(status, 0, targets, -1, -1, 0, candidates, List.of(), List.of(), List.of());
    }

    /** The problem of choosing among the candidates, as the composers take it. */
    static Composer.Problem problem(List<MicroCredential> candidates, List<String> partners, Map<String, Integer> quotas,
            Map<String, Integer> atMost, int total, List<String> targetKeys, List<int[]> requires) {
        int[] partnerOf = new int[candidates.size()];
        int[][] covers = new int[candidates.size()][];
        Map<String, Integer> targetIndex = new LinkedHashMap<>();
        for (int t = 0; t < targetKeys.size(); t++) {
            targetIndex.put(targetKeys.get(t), t);
        }
        for (int i = 0; i < candidates.size(); i++) {
            partnerOf[i] = partners.indexOf(candidates.get(i).id().institution());
            covers[i] = covered(candidates.get(i), targetKeys).stream().mapToInt(targetIndex::get).toArray();
        }
        int[] weight = new int[targetKeys.size()];
        Arrays.fill(weight, 1);
        int[] least = partners.stream().mapToInt(p -> quotas.getOrDefault(p, 0)).toArray();
        int[] most = partners.stream().mapToInt(p -> quotas.containsKey(p) ? quotas.get(p) : atMost.get(p)).toArray();
        return new Composer.Problem(partnerOf, covers, weight, least, most, total, List.copyOf(requires));
    }

    /** The targets a micro-credential covers: its ESCO skills, and phrases all of whose words occur in one of its outcomes. */
    static List<String> covered(MicroCredential mc, List<String> targetKeys) {
        List<String> out = new ArrayList<>();
        for (String key : targetKeys) {
            if (key.startsWith("skill:") ? mc.skills().contains(key.substring(6)) : outcomeMatches(mc, key.substring(8))) {
                out.add(key);
            }
        }
        return out;
    }

    private static boolean outcomeMatches(MicroCredential mc, String phrase) {
        String[] words = phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        return mc.learningOutcomes().stream().anyMatch(lo -> {
            String text = (lo.en() + " " + (lo.de() == null ? "" : lo.de())).toLowerCase(Locale.ROOT);
            return Arrays.stream(words).filter(w -> !w.isEmpty()).allMatch(text::contains);
        });
    }

    /** How many joint MDs of each allowed size make up {@code total} micro-credentials, fewest MDs first; null when none do. */
    static @Nullable List<Integer> groupCounts(int total, CreditPoints size, List<Integer> groupCredits) {
        List<Integer> sizes = groupCredits.stream().map(c -> CreditPoints.of(c).tenths() / size.tenths()).distinct()
                .sorted(Comparator.reverseOrder()).toList();
        return split(total, sizes, 0);
    }

    private static @Nullable List<Integer> split(int left, List<Integer> sizes, int from) {
        if (left == 0) {
            return new ArrayList<>();
        }
        for (int i = from; i < sizes.size(); i++) {
            int s = sizes.get(i);
            if (s <= left) {
                List<Integer> rest = split(left - s, sizes, i);
                if (rest != null) {
                    rest.addFirst(s);
                    return rest;
                }
            }
        }
        return null;
    }
}
