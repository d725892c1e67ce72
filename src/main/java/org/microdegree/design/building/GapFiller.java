package org.microdegree.design.building;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.model.MicroCredential;
import org.microdegree.catalog.model.MicroDegreeProgramme;
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
 * Pattern 2, the polyvalent gap-filler: N study programmes share K subjects, but each teaches only
 * some of them. The builder finds per programme what is present and what is missing, offers one
 * part (a micro-credential) per subject, and builds an MD of e.g. 10 CP whose tree is met by the
 * parts a programme lacks, plus the variant with all parts (e.g. 15 CP). The MD stands beside the
 * degree (its root is exclusive), so what a student's degree already teaches cannot count again:
 * a Computer Science student meets it with exactly her missing parts, and an Electrical Engineering
 * student who takes the Computer Science students' parts does not.
 */
public final class GapFiller {

    /** @param credits the MD's CP (e.g. 10); {@code fullCredits} the all-parts variant's, default the sum of the parts */
    public record Input(@Nullable DraftSettings programme, @Nullable List<ItemId> studyProgrammes, @Nullable List<String> subjects,
            @Nullable CreditPoints credits, @Nullable CreditPoints fullCredits) {}

    /** The unit a subject is taught by, and whether the draft makes it new from a module. */
    public record Part(String subject, ItemId microCredential, Text title, CreditPoints credits, boolean made) {}

    /** One study programme's row of the matrix. */
    public record Row(ItemId studyProgramme, Text title, Map<String, Boolean> present, List<String> missing,
            CreditPoints missingCredits, boolean reachesCredits) {}

    public record Report(List<String> subjects, List<Part> parts, List<Row> matrix, @Nullable ItemId programme,
            @Nullable ItemId allPartsVariant) {}

    private GapFiller() {
    }

    public static Draft build(Offer offer, Input in) {
        List<Violation> problems = new ArrayList<>();
        DraftSettings settings = Inputs.settings(in.programme());
        problems.addAll(settings.problems("programme", offer));
        List<ItemId> programmeIds = in.studyProgrammes() == null ? List.of() : in.studyProgrammes();
        List<String> subjects = in.subjects() == null ? List.of() : in.subjects();
        if (programmeIds.size() < 2) {
            problems.add(Violation.at("studyProgrammes", "name at least two study programmes that share the subjects"));
        }
        if (subjects.size() < 2) {
            problems.add(Violation.at("subjects", "name at least two shared subjects"));
        }
        List<StudyProgramme> programmes = offer.requireStudyProgrammes(programmeIds, "studyProgrammes", problems);
        CreditPoints credits = in.credits() == null ? CreditPoints.of(10) : in.credits();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }

        Drafting drafting = new Drafting(offer, settings);
        List<Note> notes = new ArrayList<>();
        List<Note> reasons = new ArrayList<>();
        List<Part> parts = new ArrayList<>();
        Map<String, MicroCredential> unitOf = new LinkedHashMap<>();
        for (int i = 0; i < subjects.size(); i++) {
            String subject = subjects.get(i);
            Optional<MicroCredential> mc = partFor(offer, drafting, subject);
            if (mc.isEmpty()) {
                reasons.add(Note.at("subjects[" + i + "]", "gap-filler.no-unit", subject));
                continue;
            }
            unitOf.put(subject, mc.get());
            parts.add(new Part(subject, mc.get().id(), mc.get().title(), mc.get().creditPoints(), drafting.isNew(mc.get().id())));
            if (drafting.isNew(mc.get().id())) {
                notes.add(Note.of("gap-filler.made-unit", mc.get().id(), subject, mc.get().modules().getFirst()));
            }
        }

        List<Row> matrix = new ArrayList<>();
        for (StudyProgramme sp : programmes) {
            Set<String> taught = offer.subjectsTaught(sp);
            Map<String, Boolean> present = new LinkedHashMap<>();
            List<String> missing = new ArrayList<>();
            CreditPoints missingCredits = CreditPoints.ZERO;
            for (String s : subjects) {
                boolean has = taught.contains(s);
                present.put(s, has);
                if (!has) {
                    missing.add(s);
                    MicroCredential mc = unitOf.get(s);
                    if (mc != null) {
                        missingCredits = missingCredits.plus(mc.creditPoints());
                    }
                }
            }
            boolean reaches = missingCredits.compareTo(credits) >= 0;
            matrix.add(new Row(sp.id(), sp.title(), present, missing, missingCredits, reaches));
            if (missing.isEmpty()) {
                notes.add(Note.of("gap-filler.nothing-missing", sp.id()));
            } else if (!reaches) {
                reasons.add(Note.at("credits", "gap-filler.short", sp.id(), String.join(", ", missing), missingCredits, credits));
            } else if (missingCredits.compareTo(credits) > 0) {
                notes.add(Note.of("gap-filler.choice", sp.id(), String.join(", ", missing), missingCredits, credits));
            } else {
                notes.add(Note.of("gap-filler.variant", sp.id(), String.join(", ", missing)));
            }
        }
        if (!reasons.isEmpty()) {
            return Draft.infeasible(Pattern.GAP_FILLER, new Report(subjects, parts, matrix, null, null), notes, reasons);
        }

        List<MicroCredential> all = List.copyOf(unitOf.values());
        List<Requirement> units = all.stream().map(mc -> (Requirement) Drafting.unit(mc)).toList();
        MicroDegreeProgramme md = drafting.programme(null, null,
                Drafting.minCredits(credits, units, "The parts your study programme lacks", Sharing.EXCLUSIVE),
                credits, Drafting.level(all), List.of(), false, Drafting.skillsOf(all));
        CreditPoints sum = Drafting.sum(all);
        CreditPoints full = in.fullCredits() == null ? sum : in.fullCredits();
        ItemId variant = null;
        if (!full.equals(sum)) {
            notes.add(Note.at("fullCredits", "gap-filler.full-differs", full, sum));
        } else if (sum.compareTo(credits) > 0) {
            variant = drafting.programme("complete", Text.of("all parts", "alle Teile"),
                    Drafting.allOf(units, "All parts of the topic", Sharing.EXCLUSIVE), sum, Drafting.level(all), List.of(), false,
                    Drafting.skillsOf(all)).id();
        }
        return Draft.built(Pattern.GAP_FILLER, drafting.bundle(), new Report(subjects, parts, matrix, md.id(), variant), notes);
    }

    /**
     * The micro-credential on offer for a subject: a published one whose modules all teach it (the
     * smallest, then by id), else a new one from a published module that teaches it.
     */
    static Optional<MicroCredential> partFor(Offer offer, Drafting drafting, String subject) {
        Optional<MicroCredential> published = offer.microCredentials().stream()
                .filter(mc -> !mc.modules().isEmpty() && mc.modules().stream()
                        .allMatch(m -> offer.module(m).map(x -> x.subjects().contains(subject)).orElse(false)))
                .min(Comparator.comparing(MicroCredential::creditPoints).thenComparing(MicroCredential::id));
        if (published.isPresent()) {
            return published;
        }
        return offer.modules().stream().filter(m -> m.subjects().contains(subject))
                .min(Comparator.comparing(Module::creditPoints).thenComparing(Module::id))
                .map(drafting::microCredentialFor);
    }
}
