package org.microdegree.design;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.ImportResult;
import org.microdegree.catalog.format.BundleFormat;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.JournalEntry;
import org.microdegree.catalog.model.LifecycleStatus;
import org.microdegree.conformance.Conformance;
import org.microdegree.design.building.AdmissionBridge;
import org.microdegree.design.building.Composer;
import org.microdegree.design.building.Draft;
import org.microdegree.design.building.DraftSettings;
import org.microdegree.design.building.ElectiveExtension;
import org.microdegree.design.building.GapFiller;
import org.microdegree.design.building.Interconnected;
import org.microdegree.design.building.JointMaster;
import org.microdegree.design.building.Offer;
import org.microdegree.design.building.Pattern;
import org.microdegree.design.building.PowerProgramme;
import org.microdegree.design.building.Update;
import org.microdegree.design.internal.solver.CpSatComposer;
import org.microdegree.policy.model.ConformanceReport;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.Role;
import org.microdegree.shared.Violation;
import org.springframework.stereotype.Service;

/**
 * The design assistant's front door: reads a pattern's input (YAML or JSON, every problem named by
 * line and field), builds the draft from the published catalogue, and checks the draft against its
 * rule profiles, so that a designer sees at once whether it can go to review.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ProgrammeDesigner {

    /** A built (or impossible) design, with the draft's conformance when there is a draft. */
    public record Result(Draft draft, @Nullable ConformanceReport conformance) {

        /** Built, and without an error against its profiles. */
        public boolean ready() {
            return draft.feasible() && conformance != null && conformance.conforms();
        }
    }

    private final Catalogue catalogue;
    private final Conformance conformance;
    private final BundleFormat format = new BundleFormat();
    private final Composer composer = new CpSatComposer(1);

    /** Reads the input of a pattern and designs; bad input is an {@link InvalidInputException} with file, line and field. */
    public Result design(Pattern pattern, String source, byte[] content, BundleSyntax syntax, Actor actor) {
        return design(pattern, format.readValue(source, content, syntax, inputType(pattern)), actor);
    }

    /** Reads the input of a pattern; bad input is an {@link InvalidInputException} with file, line and field. */
    public BundleFormat.Located<?> read(Pattern pattern, String source, byte[] content, BundleSyntax syntax) {
        return format.readValue(source, content, syntax, inputType(pattern));
    }

    /** Designs from input read by {@link #read}: a problem of the input is named by its line and field. */
    public Result design(Pattern pattern, BundleFormat.Located<?> input, Actor actor) {
        try {
            return design(pattern, input.value(), actor);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(input.locate(e.violations()));
        }
    }

    public Result design(Pattern pattern, Object input, Actor actor) {
        requireDesigner(settingsOf(input), actor);
        Offer offer = new Offer(catalogue.snapshot());
        Draft draft = switch (pattern) {
            case UPDATE -> Update.build(offer, (Update.Input) input, this::publishedOn);
            case GAP_FILLER -> GapFiller.build(offer, (GapFiller.Input) input);
            case ELECTIVE_EXTENSION -> ElectiveExtension.build(offer, (ElectiveExtension.Input) input);
            case INTERCONNECTED -> Interconnected.build(offer, (Interconnected.Input) input);
            case ADMISSION_BRIDGE -> AdmissionBridge.build(offer, (AdmissionBridge.Input) input);
            case POWER_PROGRAMME -> PowerProgramme.build(offer, (PowerProgramme.Input) input);
            case JOINT_MASTER -> JointMaster.build(offer, (JointMaster.Input) input, composer);
        };
        ConformanceReport report = null;
        if (draft.feasible()) {
            DraftSettings settings = settingsOf(input);
            report = conformance.check(draft.bundle(), settings == null ? List.of() : settings.profiles());
        }
        return new Result(draft, report);
    }

    public static Class<?> inputType(Pattern pattern) {
        return switch (pattern) {
            case UPDATE -> Update.Input.class;
            case GAP_FILLER -> GapFiller.Input.class;
            case ELECTIVE_EXTENSION -> ElectiveExtension.Input.class;
            case INTERCONNECTED -> Interconnected.Input.class;
            case ADMISSION_BRIDGE -> AdmissionBridge.Input.class;
            case POWER_PROGRAMME -> PowerProgramme.Input.class;
            case JOINT_MASTER -> JointMaster.Input.class;
        };
    }

    /** The draft as an importable catalogue bundle file. */
    public byte[] write(Draft draft, BundleSyntax syntax) {
        return format.write(draft.bundle(), syntax);
    }

    /** What the catalogue publishes now: the options a wizard offers. */
    public Offer offer() {
        return new Offer(catalogue.snapshot());
    }

    /** Imports a built draft as drafts of the designer, all or nothing; the designer then submits it for review. */
    public ImportResult importDraft(Result result, Actor actor) {
        if (!result.draft().feasible()) {
            throw new InvalidInputException(List.of(Violation.at("", "the design cannot be built: nothing to import")));
        }
        return catalogue.importBundle("design " + result.draft().pattern().code(), result.draft().bundle(), v -> v, actor.name());
    }

    /** Any design value (report, view) as JSON with the catalogue's own forms of ids, texts and credit points. */
    public byte[] json(Object value) {
        return format.json().writeValueAsBytes(value);
    }

    private static @Nullable DraftSettings settingsOf(Object input) {
        return switch (input) {
            case Update.Input i -> i.programme();
            case GapFiller.Input i -> i.programme();
            case ElectiveExtension.Input i -> i.programme();
            case Interconnected.Input i -> i.programme();
            case AdmissionBridge.Input i -> i.programme();
            case PowerProgramme.Input i -> i.programme();
            case JointMaster.Input i -> i.programme();
            default -> throw new IllegalArgumentException("not a design input: " + input.getClass());
        };
    }

    /** Designing is a designer's work at the institution that will own the draft. */
    private static void requireDesigner(@Nullable DraftSettings settings, Actor actor) {
        if (actor.readOnly() || !actor.hasAnywhere(Role.DESIGNER)) {
            throw new ForbiddenException("designing programmes needs the role designer");
        }
        if (settings != null && settings.id() != null && !actor.has(Role.DESIGNER, settings.id().institution())) {
            throw new ForbiddenException("you need the role designer at " + settings.id().institution() + " to design " + settings.id());
        }
    }

    /** When the module's current published version was published: the day of its last "publish" in the journal. */
    private Optional<LocalDate> publishedOn(ItemId module) {
        return catalogue.journal(ItemKind.MODULE, module).stream()
                .filter(e -> e.to() == LifecycleStatus.PUBLISHED)
                .map(JournalEntry::at).max(Comparator.naturalOrder())
                .map(at -> at.atZone(ZoneOffset.UTC).toLocalDate());
    }
}
