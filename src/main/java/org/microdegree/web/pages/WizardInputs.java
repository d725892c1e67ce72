package org.microdegree.web.pages;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.microdegree.design.building.AdmissionBridge;
import org.microdegree.design.building.DraftSettings;
import org.microdegree.design.building.ElectiveExtension;
import org.microdegree.design.building.GapFiller;
import org.microdegree.design.building.Interconnected;
import org.microdegree.design.building.JointMaster;
import org.microdegree.design.building.Pattern;
import org.microdegree.design.building.PowerProgramme;
import org.microdegree.design.building.Topic;
import org.microdegree.design.building.Update;
import org.microdegree.shared.CreditPoints;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.Text;
import org.microdegree.shared.Violation;
import org.springframework.util.MultiValueMap;

/**
 * A wizard's form as the pattern's input: every field read, every unreadable value named at once
 * (by the form field it came from), before the pattern checks what it needs.
 */
final class WizardInputs {

    /** The form fields the pattern's own paths name differently: the error shows beside these. */
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("programme.id", "id"), Map.entry("programme.title", "titleEn"),
            Map.entry("programme.labourMarketRationale", "rationaleEn"), Map.entry("programme.unit", "unit"),
            Map.entry("programme.counsellingContact", "counsellingContact"), Map.entry("programme.qualityAssurance", "qualityAssurance"),
            Map.entry("field", "subjects"), Map.entry("topic", "subjects"), Map.entry("applicationRound", "applicationRound.closes"),
            Map.entry("applicant", "applicant.eqfLevel"), Map.entry("targets", "outcomes"));

    private final MultiValueMap<String, String> form;
    private final List<Violation> problems = new ArrayList<>();

    private WizardInputs(MultiValueMap<String, String> form) {
        this.form = form;
    }

    /** The pattern's input from the form, or an {@link InvalidInputException} naming every field that cannot be read. */
    static Object read(Pattern pattern, MultiValueMap<String, String> form) {
        WizardInputs in = new WizardInputs(form);
        Object input = switch (pattern) {
            case UPDATE -> new Update.Input(in.settings(), in.topic(), in.date("newSince"), in.credits("credits"), in.number("minimumEqfLevel"),
                    in.ids("confirmed"), in.ids("rejected"));
            case GAP_FILLER -> new GapFiller.Input(in.settings(), in.ids("studyProgrammes"), in.all("subjects"), in.credits("credits"), null);
            case ELECTIVE_EXTENSION -> new ElectiveExtension.Input(in.settings(), in.id("studyProgramme"), in.topic(), in.credits("credits"),
                    form.containsKey("shareWithDegree"));
            case INTERCONNECTED -> new Interconnected.Input(in.settings(), in.ids("studyProgrammes"), in.topic(), in.numbers("sizes"));
            case ADMISSION_BRIDGE -> new AdmissionBridge.Input(in.settings(),
                    new AdmissionBridge.Requirements(in.id("admission.master"), in.credits("admission", 4), in.number("admission.eqfLevel"),
                            in.languages("admission", 2)),
                    new AdmissionBridge.Record(in.number("applicant.eqfLevel"), in.credits("applicant", 4), in.languages("applicant", 2)),
                    in.numbers("bridgeSizes"));
            case POWER_PROGRAMME -> new PowerProgramme.Input(in.settings(), in.all("partners"), in.topic(), in.credits("credits"), in.number("eqfLevel"),
                    in.round());
            case JOINT_MASTER -> new JointMaster.Input(in.settings(), in.perInstitution("quota."), null, null, CreditPoints.of(5), in.number("eqfLevel"),
                    in.numbers("groupCredits"), new JointMaster.Targets(in.lines("skills"), in.lines("outcomes")), List.of(), 10_000L);
        };
        if (!in.problems.isEmpty()) {
            throw new InvalidInputException(in.problems);
        }
        return input;
    }

    /** The problems of a refused build by the form field each belongs beside. */
    static Map<String, List<String>> byField(List<Violation> violations) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Violation v : violations) {
            String path = v.path().replaceAll("\\[.*$", "");
            out.computeIfAbsent(FIELDS.getOrDefault(path, path), k -> new ArrayList<>()).add(v.reason());
        }
        return out;
    }

    private DraftSettings settings() {
        return new DraftSettings(id("id"), text("titleEn", "titleDe"), text("rationaleEn", "rationaleDe"), List.of("students"), null, id("unit"),
                first("counsellingContact"), first("qualityAssurance"), List.of("en"), null, null, null);
    }

    private Topic topic() {
        return new Topic(all("subjects"), lines("skills"));
    }

    private PowerProgramme.Round round() {
        Map<String, Integer> places = perInstitution("applicationRound.places.");
        return new PowerProgramme.Round(places.isEmpty() ? null : places, decimal("applicationRound.priorGradeWeight"),
                decimal("applicationRound.reviewWeight"), dateTime("applicationRound.opens"), dateTime("applicationRound.closes"),
                first("applicationRound.zone"));
    }

    /** Rows {@code <side>.credits[i].subject} and {@code .credits}; rows left empty are skipped. */
    private List<AdmissionBridge.Credits> credits(String side, int rows) {
        List<AdmissionBridge.Credits> out = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            String subject = first(side + ".credits[" + i + "].subject");
            CreditPoints cp = credits(side + ".credits[" + i + "].credits");
            if (subject != null || cp != null) {
                out.add(new AdmissionBridge.Credits(subject, cp));
            }
        }
        return out;
    }

    private List<AdmissionBridge.Language> languages(String side, int rows) {
        List<AdmissionBridge.Language> out = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            String language = first(side + ".languages[" + i + "].language");
            String level = first(side + ".languages[" + i + "].level");
            if (language != null || level != null) {
                out.add(new AdmissionBridge.Language(language, level));
            }
        }
        return out;
    }

    /** Fields {@code <prefix><institution>} with a whole number; empty ones are left out. */
    private Map<String, Integer> perInstitution(String prefix) {
        Map<String, Integer> out = new LinkedHashMap<>();
        form.keySet().stream().filter(k -> k.startsWith(prefix)).sorted().forEach(k -> {
            Integer n = number(k);
            if (n != null && n > 0) {
                out.put(k.substring(prefix.length()), n);
            }
        });
        return out;
    }

    private @Nullable String first(String name) {
        String v = form.getFirst(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private List<String> all(String name) {
        return form.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).map(String::strip).toList();
    }

    private List<String> lines(String name) {
        String text = first(name);
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private @Nullable Text text(String en, String de) {
        return first(en) == null ? null : Text.of(first(en), first(de));
    }

    private @Nullable ItemId id(String name) {
        return parse(name, first(name), v -> ItemId.isValid(v) ? ItemId.of(v) : null, "is not an id of the form institution:name");
    }

    private List<ItemId> ids(String name) {
        return all(name).stream().map(v -> parse(name, v, s -> ItemId.isValid(s) ? ItemId.of(s) : null, "is not an id of the form institution:name"))
                .filter(Objects::nonNull).toList();
    }

    private @Nullable CreditPoints credits(String name) {
        return parse(name, first(name), CreditPoints::parse, "is not a number of credit points, e.g. 5 or 2.5");
    }

    private @Nullable Integer number(String name) {
        return parse(name, first(name), Integer::valueOf, "is not a whole number");
    }

    /** A list of whole numbers, from several fields of the name or one field separated by commas. */
    private List<Integer> numbers(String name) {
        return all(name).stream().flatMap(v -> Arrays.stream(v.split("[,;\\s]+"))).filter(s -> !s.isEmpty())
                .map(s -> parse(name, s, Integer::valueOf, "is not a whole number")).filter(Objects::nonNull).toList();
    }

    private @Nullable Double decimal(String name) {
        return parse(name, first(name), s -> Double.valueOf(s.replace(',', '.')), "is not a number, e.g. 0.6");
    }

    private @Nullable LocalDate date(String name) {
        return parse(name, first(name), LocalDate::parse, "is not a date of the form 2024-01-31");
    }

    private @Nullable LocalDateTime dateTime(String name) {
        return parse(name, first(name), LocalDateTime::parse, "is not a date and time of the form 2027-03-15T23:00");
    }

    private <T> @Nullable T parse(String name, @Nullable String value, Function<String, @Nullable T> reader, String reason) {
        if (value == null) {
            return null;
        }
        T parsed;
        try {
            parsed = reader.apply(value);
        } catch (IllegalArgumentException | ArithmeticException | DateTimeParseException e) {
            parsed = null;
        }
        if (parsed == null) {
            problems.add(Violation.at(name, "'" + value + "' " + reason));
        }
        return parsed;
    }
}
