package org.microdegree.design.building;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.model.MicroCredential;
import org.microdegree.catalog.model.Requirement;
import org.microdegree.catalog.model.Sharing;
import org.microdegree.catalog.model.StudyProgramme;
import org.microdegree.shared.CreditPoints;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.Violation;

/**
 * Pattern 5, the admission bridge: a Master's admission requirements (CP per subject area, EQF
 * level, languages) against an applicant's record give the gap, and the smallest set of
 * micro-credentials that closes it (fewest CP, then fewest micro-credentials; exact search). One
 * micro-credential of 5 CP is taken as it is; 10 or 15 CP become a bridge MD. Micro-credentials of
 * 2 or 3 CP, and those made of the Master's own modules, are listed as creditable to the Master's.
 */
public final class AdmissionBridge {

    public record Credits(@Nullable String subject, @Nullable CreditPoints credits) {}

    public record Language(@Nullable String language, @Nullable String level) {}

    /** @param master the Master's study programme, when it is in the catalogue (its modules can be credited later) */
    public record Requirements(@Nullable ItemId master, @Nullable List<Credits> credits, @Nullable Integer eqfLevel,
            @Nullable List<Language> languages) {}

    public record Record(@Nullable Integer eqfLevel, @Nullable List<Credits> credits, @Nullable List<Language> languages) {}

    public record Input(@Nullable DraftSettings programme, @Nullable Requirements admission, @Nullable Record applicant,
            @Nullable List<Integer> bridgeSizes) {}

    public record Gap(String subject, CreditPoints required, CreditPoints has, CreditPoints missing) {}

    public record Report(List<Gap> gaps, List<ItemId> bridge, CreditPoints bridgeCredits, @Nullable ItemId bridgeProgramme,
            List<String> openLanguages, List<ItemId> creditableLater) {}

    private static final int MAX_CANDIDATES = 24;

    private AdmissionBridge() {
    }

    public static Draft build(Offer offer, Input in) {
        DraftSettings settings = Inputs.settings(in.programme());
        List<Violation> problems = new ArrayList<>(settings.problems("programme", offer));
        Requirements req = in.admission();
        Record applicant = in.applicant();
        if (req == null || req.credits() == null || req.credits().isEmpty()) {
            problems.add(Violation.at("admission.credits", "the Master's admission requirements: CP per subject area"));
        }
        if (applicant == null) {
            problems.add(Violation.at("applicant", "the applicant's record: EQF level, CP per subject area, languages"));
        }
        StudyProgramme master = req == null || req.master() == null ? null : offer.requireStudyProgramme(req.master(), "admission.master", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, CreditPoints> has = new LinkedHashMap<>();
        List<Credits> hasList = applicant.credits() == null ? List.of() : applicant.credits();
        for (int i = 0; i < hasList.size(); i++) {
            Credits c = hasList.get(i);
            if (c.subject() == null || c.credits() == null) {
                throw InvalidInputException.of("applicant.credits[" + i + "]", "give subject and credits");
            }
            has.merge(c.subject(), c.credits(), CreditPoints::plus);
        }
        List<Gap> gaps = new ArrayList<>();
        for (int i = 0; i < req.credits().size(); i++) {
            Credits c = req.credits().get(i);
            if (c.subject() == null || c.credits() == null) {
                throw InvalidInputException.of("admission.credits[" + i + "]", "give subject and credits");
            }
            CreditPoints mine = has.getOrDefault(c.subject(), CreditPoints.ZERO);
            if (mine.compareTo(c.credits()) < 0) {
                gaps.add(new Gap(c.subject(), c.credits(), mine, new CreditPoints(c.credits().tenths() - mine.tenths())));
            }
        }
        List<Note> notes = new ArrayList<>();
        List<Note> reasons = new ArrayList<>();
        if (req.eqfLevel() != null && (applicant.eqfLevel() == null || applicant.eqfLevel() < req.eqfLevel())) {
            reasons.add(Note.at("applicant.eqfLevel", "admission-bridge.level", applicant.eqfLevel() == null ? "-" : applicant.eqfLevel(),
                    req.eqfLevel()));
        }
        List<String> openLanguages = openLanguages(req.languages(), applicant.languages());
        openLanguages.forEach(l -> notes.add(Note.of("admission-bridge.language-open", l)));

        // candidates: published micro-credentials that teach a subject of the gap
        List<MicroCredential> candidates = offer.microCredentials().stream()
                .filter(mc -> gaps.stream().anyMatch(g -> offer.subjectsOf(mc).contains(g.subject())))
                .sorted(Comparator.comparing(MicroCredential::creditPoints).thenComparing(MicroCredential::id))
                .limit(MAX_CANDIDATES).toList();
        List<MicroCredential> best = smallestCover(offer, candidates, gaps);
        List<ItemId> creditable = offer.microCredentials().stream()
                .filter(mc -> mc.creditPoints() != null && mc.creditPoints().tenths() >= 20 && mc.creditPoints().tenths() <= 30
                        || master != null && !mc.modules().isEmpty()
                                && mc.modules().stream().allMatch(m -> master.compulsoryModules().contains(m) || master.electiveModules().contains(m)))
                .map(MicroCredential::id).toList();
        if (best == null) {
            gaps.stream().filter(g -> candidates.stream().noneMatch(mc -> offer.subjectsOf(mc).contains(g.subject())))
                    .forEach(g -> reasons.add(Note.at("admission.credits", "admission-bridge.no-unit", g.subject(), g.missing())));
            if (reasons.isEmpty()) {
                reasons.add(Note.of("admission-bridge.cannot-close"));
            }
        }
        CreditPoints sum = best == null ? CreditPoints.ZERO : Drafting.sum(best);
        List<Integer> sizes = in.bridgeSizes() == null || in.bridgeSizes().isEmpty() ? List.of(5, 10, 15) : in.bridgeSizes();
        int packaged = sizes.stream().filter(s -> CreditPoints.of(s).compareTo(sum) >= 0).min(Integer::compare).orElse(-1);
        if (best != null && !best.isEmpty() && packaged < 0) {
            reasons.add(Note.at("bridgeSizes", "admission-bridge.too-large", sum, sizes));
        }
        List<ItemId> bridge = best == null ? List.of() : best.stream().map(MicroCredential::id).toList();
        if (!reasons.isEmpty()) {
            return Draft.infeasible(Pattern.ADMISSION_BRIDGE, new Report(gaps, bridge, sum, null, openLanguages, creditable), notes, reasons);
        }
        Drafting drafting = new Drafting(offer, settings);
        ItemId programme = null;
        if (best.isEmpty()) {
            notes.add(Note.of("admission-bridge.no-gap"));
        } else if (best.size() == 1 || sum.compareTo(CreditPoints.of(10)) < 0) {
            notes.add(Note.of("admission-bridge.single", String.join(", ", bridge.stream().map(ItemId::value).toList()), sum));
        } else {
            List<Requirement> units = best.stream().map(mc -> (Requirement) Drafting.unit(mc)).toList();
            programme = drafting.programme(null, null, Drafting.allOf(units, "Closes the admission gap", Sharing.EXCLUSIVE), sum,
                    Drafting.level(best), List.of(), false, Drafting.skillsOf(best)).id();
            notes.add(Note.of("admission-bridge.programme", programme, sum));
        }
        return Draft.built(Pattern.ADMISSION_BRIDGE, drafting.bundle(), new Report(gaps, bridge, sum, programme, openLanguages, creditable),
                notes);
    }

    /** The set with the fewest CP (then fewest units) whose CP per subject close every gap; null when none does. */
    static @Nullable List<MicroCredential> smallestCover(Offer offer, List<MicroCredential> candidates, List<Gap> gaps) {
        int n = candidates.size();
        int[][] gives = new int[n][gaps.size()];
        for (int i = 0; i < n; i++) {
            Set<String> subjects = offer.subjectsOf(candidates.get(i));
            for (int g = 0; g < gaps.size(); g++) {
                gives[i][g] = subjects.contains(gaps.get(g).subject()) ? candidates.get(i).creditPoints().tenths() : 0;
            }
        }
        int[] need = gaps.stream().mapToInt(g -> g.missing().tenths()).toArray();
        Search s = new Search(candidates, gives);
        s.dfs(0, need, 0, new ArrayList<>());
        return s.best;
    }

    private static final class Search {
        final List<MicroCredential> candidates;
        final int[][] gives;
        @Nullable List<MicroCredential> best;
        int bestTenths = Integer.MAX_VALUE;

        Search(List<MicroCredential> candidates, int[][] gives) {
            this.candidates = candidates;
            this.gives = gives;
        }

        void dfs(int i, int[] need, int tenths, List<MicroCredential> taken) {
            if (Arrays.stream(need).allMatch(x -> x <= 0)) {
                if (tenths < bestTenths || tenths == bestTenths && best != null && taken.size() < best.size()) {
                    bestTenths = tenths;
                    best = List.copyOf(taken);
                }
                return;
            }
            if (i == candidates.size() || tenths >= bestTenths) {
                return;
            }
            boolean useful = false;
            for (int g = 0; g < need.length; g++) {
                useful |= need[g] > 0 && gives[i][g] > 0;
            }
            if (useful) {
                int[] rest = need.clone();
                for (int g = 0; g < rest.length; g++) {
                    rest[g] -= gives[i][g];
                }
                taken.add(candidates.get(i));
                dfs(i + 1, rest, tenths + candidates.get(i).creditPoints().tenths(), taken);
                taken.removeLast();
            }
            dfs(i + 1, need, tenths, taken);
        }
    }

    private static final List<String> CEFR = List.of("A1", "A2", "B1", "B2", "C1", "C2");

    private static List<String> openLanguages(@Nullable List<Language> required, @Nullable List<Language> has) {
        List<String> open = new ArrayList<>();
        if (required == null) {
            return open;
        }
        for (Language r : required) {
            if (r.language() == null) {
                continue;
            }
            int need = r.level() == null ? 0 : CEFR.indexOf(r.level().toUpperCase(Locale.ROOT));
            boolean met = has != null && has.stream().anyMatch(h -> r.language().equals(h.language())
                    && (h.level() == null ? -1 : CEFR.indexOf(h.level().toUpperCase(Locale.ROOT))) >= need);
            if (!met) {
                open.add(r.language() + (r.level() == null ? "" : " " + r.level()));
            }
        }
        return open;
    }
}
