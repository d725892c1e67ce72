package org.microdegree.design.building;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.model.MicroCredential;
import org.microdegree.catalog.model.Module;
import org.microdegree.catalog.model.Requirement;
import org.microdegree.catalog.model.Sharing;
import org.microdegree.catalog.model.StudyProgramme;
import org.microdegree.shared.CreditPoints;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.Violation;

/**
 * Pattern 3, the elective extension: a study programme offers more elective special subjects than
 * its degree needs; those on a topic (e.g. solar energy) form an additional MD of e.g. 15 CP. The
 * MD stands beside the degree, so the electives the degree counts are not counted again, unless
 * the designer's profile allows sharing: then the MD's root is shared and they count for both.
 */
public final class ElectiveExtension {

    public record Input(@Nullable DraftSettings programme, @Nullable ItemId studyProgramme, @Nullable Topic topic,
            @Nullable CreditPoints credits, @Nullable Boolean shareWithDegree) {}

    public record Elective(ItemId module, ItemId microCredential, CreditPoints credits, boolean made) {}

    /**
     * @param electivesNeeded how many CP a student must take in electives in all: the degree's and the MD's
     */
    public record Report(ItemId studyProgramme, List<Elective> onTopic, CreditPoints electivesOnOffer, CreditPoints degreeNeeds,
            CreditPoints electivesNeeded, boolean shared) {}

    private ElectiveExtension() {
    }

    public static Draft build(Offer offer, Input in) {
        DraftSettings settings = Inputs.settings(in.programme());
        List<Violation> problems = new ArrayList<>(settings.problems("programme", offer));
        StudyProgramme sp = in.studyProgramme() == null ? null : offer.requireStudyProgramme(in.studyProgramme(), "studyProgramme", problems);
        if (in.studyProgramme() == null) {
            problems.add(Violation.at("studyProgramme", "the study programme whose electives are extended"));
        }
        Topic topic = in.topic() == null ? new Topic(null, null) : in.topic();
        if (topic.isEmpty()) {
            problems.add(Violation.at("topic", "name the topic by subjects or ESCO skills"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CreditPoints target = in.credits() == null ? CreditPoints.of(15) : in.credits();
        boolean shared = Boolean.TRUE.equals(in.shareWithDegree());
        Drafting drafting = new Drafting(offer, settings);
        List<Module> electives = sp.electiveModules().stream().map(offer::module).flatMap(Optional::stream).toList();
        CreditPoints onOffer = electives.stream().map(Module::creditPoints).reduce(CreditPoints.ZERO, CreditPoints::plus);
        CreditPoints degreeNeeds = sp.electiveCreditsRequired() == null ? CreditPoints.ZERO : sp.electiveCreditsRequired();
        List<Module> onTopic = electives.stream().filter(m -> topic.score(m) > 0)
                .sorted(Comparator.comparing((Module m) -> -topic.score(m)).thenComparing(Module::id)).toList();
        List<Elective> rows = new ArrayList<>();
        List<MicroCredential> mcs = new ArrayList<>();
        for (Module m : onTopic) {
            MicroCredential mc = drafting.microCredentialFor(m);
            mcs.add(mc);
            rows.add(new Elective(m.id(), mc.id(), mc.creditPoints(), drafting.isNew(mc.id())));
        }
        CreditPoints topicCredits = Drafting.sum(mcs);
        CreditPoints needed = shared ? target.compareTo(degreeNeeds) > 0 ? target : degreeNeeds : degreeNeeds.plus(target);
        Report report = new Report(sp.id(), rows, onOffer, degreeNeeds, needed, shared);
        List<Note> reasons = new ArrayList<>();
        if (topicCredits.compareTo(target) < 0) {
            reasons.add(Note.at("credits", "elective-extension.topic-short", sp.id(), topicCredits, target));
        }
        if (!shared && onOffer.compareTo(needed) < 0) {
            reasons.add(Note.at("credits", "elective-extension.beyond-degree-short", sp.id(), onOffer, degreeNeeds, target));
        }
        List<Note> notes = new ArrayList<>();
        if (!reasons.isEmpty()) {
            return Draft.infeasible(Pattern.ELECTIVE_EXTENSION, report, notes, reasons);
        }
        List<Requirement> units = mcs.stream().map(mc -> (Requirement) Drafting.unit(mc)).toList();
        Requirement tree = topicCredits.equals(target)
                ? Drafting.allOf(units, null, shared ? Sharing.SHARED : Sharing.EXCLUSIVE)
                : Drafting.minCredits(target, units, "Electives on the topic beyond the degree", shared ? Sharing.SHARED : Sharing.EXCLUSIVE);
        drafting.programme(null, null, tree, target, Drafting.level(mcs), List.of(), false, Drafting.skillsOf(mcs));
        notes.add(Note.of(shared ? "elective-extension.shared" : "elective-extension.beside-degree", sp.id(), needed));
        return Draft.built(Pattern.ELECTIVE_EXTENSION, drafting.bundle(), report, notes);
    }
}
