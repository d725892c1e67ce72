package org.microdegree.design.building;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.model.MicroCredential;
import org.microdegree.catalog.model.Module;
import org.microdegree.catalog.model.Requirement;
import org.microdegree.catalog.model.Sharing;
import org.microdegree.catalog.model.StudyProgramme;
import org.microdegree.shared.CreditPoints;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.Text;
import org.microdegree.shared.Violation;

/**
 * Pattern 4, interconnected transdisciplinary MDs (e.g. AI for an AI academy): MDs of 20 or 25 CP
 * on a topic across faculties, part of several degree programmes and an additional qualification
 * at once. Their root is shared, so a sub-area passed in the degree counts for both; per study
 * programme the report says which sub-areas fall inside the degree and which are additional, as
 * the certificate will list them. Sub-areas taught in more of the programmes are preferred.
 */
public final class Interconnected {

    public record Input(@Nullable DraftSettings programme, @Nullable List<ItemId> studyProgrammes, @Nullable Topic topic,
            @Nullable List<Integer> sizes) {}

    public record Variant(ItemId programme, CreditPoints credits, List<ItemId> microCredentials, Map<String, Map<String, String>> perStudyProgramme) {}

    public record Report(List<Variant> variants) {}

    private Interconnected() {
    }

    public static Draft build(Offer offer, Input in) {
        DraftSettings settings = Inputs.settings(in.programme());
        List<Violation> problems = new ArrayList<>(settings.problems("programme", offer));
        List<ItemId> ids = in.studyProgrammes() == null ? List.of() : in.studyProgrammes();
        if (ids.size() < 2) {
            problems.add(Violation.at("studyProgrammes", "name at least two study programmes (of different faculties) the MDs are part of"));
        }
        List<StudyProgramme> programmes = offer.requireStudyProgrammes(ids, "studyProgrammes", problems);
        Topic topic = in.topic() == null ? new Topic(null, null) : in.topic();
        if (topic.isEmpty()) {
            problems.add(Violation.at("topic", "name the topic by subjects or ESCO skills"));
        }
        List<Integer> sizes = in.sizes() == null || in.sizes().isEmpty() ? List.of(20, 25) : in.sizes();
        for (int i = 0; i < sizes.size(); i++) {
            if (sizes.get(i) == null || sizes.get(i) < 10) {
                problems.add(Violation.at("sizes[" + i + "]", "an MD has at least 10 CP"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Drafting drafting = new Drafting(offer, settings);
        // the sub-areas on offer: one micro-credential per module on the topic
        List<Module> modules = offer.modules().stream().filter(m -> topic.score(m) > 0).toList();
        List<MicroCredential> subAreas = new ArrayList<>();
        for (Module m : modules) {
            subAreas.add(drafting.microCredentialFor(m));
        }
        Comparator<MicroCredential> preference = Comparator.comparing((MicroCredential mc) -> -inProgrammes(mc, programmes))
                .thenComparing(mc -> -topic.score(mc, offer)).thenComparing(MicroCredential::id);
        List<MicroCredential> ordered = subAreas.stream().distinct().sorted(preference).toList();
        List<Variant> variants = new ArrayList<>();
        List<Note> reasons = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        for (int s = 0; s < sizes.size(); s++) {
            CreditPoints target = CreditPoints.of(sizes.get(s));
            List<MicroCredential> chosen = new ArrayList<>();
            CreditPoints sum = CreditPoints.ZERO;
            for (MicroCredential mc : ordered) {
                if (sum.plus(mc.creditPoints()).compareTo(target) <= 0) {
                    chosen.add(mc);
                    sum = sum.plus(mc.creditPoints());
                }
            }
            if (!sum.equals(target)) {
                reasons.add(Note.at("sizes[" + s + "]", "interconnected.short", target, sum));
                continue;
            }
            List<Requirement> units = chosen.stream().map(mc -> (Requirement) Drafting.unit(mc)).toList();
            var md = drafting.programme(sizes.size() == 1 ? null : String.valueOf(sizes.get(s)),
                    sizes.size() == 1 ? null : Text.of(sizes.get(s) + " CP", sizes.get(s) + " LP"),
                    Drafting.allOf(units, null, Sharing.SHARED), sum, Drafting.level(chosen), List.of(), false, Drafting.skillsOf(chosen));
            Map<String, Map<String, String>> split = new LinkedHashMap<>();
            for (StudyProgramme sp : programmes) {
                Map<String, String> row = new LinkedHashMap<>();
                chosen.forEach(mc -> row.put(mc.id().value(), within(mc, sp) ? "within-degree" : "additional"));
                split.put(sp.id().value(), row);
            }
            variants.add(new Variant(md.id(), sum, chosen.stream().map(MicroCredential::id).toList(), split));
        }
        Report report = new Report(variants);
        if (!reasons.isEmpty()) {
            return Draft.infeasible(Pattern.INTERCONNECTED, report, notes, reasons);
        }
        notes.add(Note.of("interconnected.shared", programmes.size()));
        return Draft.built(Pattern.INTERCONNECTED, drafting.bundle(), report, notes);
    }

    private static boolean within(MicroCredential mc, StudyProgramme sp) {
        return !mc.modules().isEmpty() && mc.modules().stream().allMatch(m -> sp.compulsoryModules().contains(m) || sp.electiveModules().contains(m));
    }

    private static int inProgrammes(MicroCredential mc, List<StudyProgramme> programmes) {
        return (int) programmes.stream().filter(sp -> within(mc, sp)).count();
    }
}
