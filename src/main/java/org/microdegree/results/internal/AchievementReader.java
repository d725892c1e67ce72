package org.microdegree.results.internal;

import lombok.RequiredArgsConstructor;
import org.microdegree.shared.LearnerId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.microdegree.shared.Secrets;
import org.microdegree.catalog.model.AssessmentType;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.results.model.Achievement;
import org.microdegree.results.model.Grade;
import org.microdegree.results.model.GradeScale;
import org.microdegree.results.rules.GradeConversion;
import org.microdegree.shared.Fields;
import org.microdegree.shared.Ids;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.ItemId;

/**
 * Turns the fields of one result (CSV row, API body or form) into an achievement, checking each
 * field against the catalogue and the learners known. Field names are the CSV column names.
 */
@RequiredArgsConstructor
public final class AchievementReader {

    /** What a result is checked against, loaded once per import. */
    public record Lookups(Set<ItemId> modules, Set<ItemId> microCredentials, Set<LearnerId> learnerIds,
            Map<String, Map<String, String>> studentNumbers, LocalDate today) {}

    private final Lookups lookups;

    public @Nullable Achievement read(Fields f, String source, Instant now, @Nullable String fixedInstitution) {
        int before = f.problems().size();
        ItemId item = f.parse("item", true, ItemId::of);
        ItemKind kind = null;
        if (item != null) {
            if (lookups.modules().contains(item)) {
                kind = ItemKind.MODULE;
            } else if (lookups.microCredentials().contains(item)) {
                kind = ItemKind.MICRO_CREDENTIAL;
            } else {
                f.fail("item", "no module or micro-credential '" + item + "' is in the catalogue");
            }
        }
        String instText = fixedInstitution != null ? fixedInstitution : f.raw("institution");
        InstitutionId institution = null;
        if (!instText.isEmpty()) {
            if (InstitutionId.isValid(instText)) {
                institution = InstitutionId.of(instText);
            } else {
                f.fail("institution", "'" + instText + "' is not an institution id");
            }
        } else if (item != null) {
            institution = InstitutionId.of(item.institution());
        }
        LearnerId learner = learner(f, institution);
        LocalDate date = f.date("date", true);
        if (date != null && date.isAfter(lookups.today())) {
            f.fail("date", date + " is in the future");
        }
        GradeScale scale = f.coded("scale", true, GradeScale.class);
        Grade grade = null;
        String gradeText = f.raw("grade");
        if (gradeText.isEmpty()) {
            f.fail("grade", "required");
        } else if (scale != null) {
            grade = GradeConversion.parse(scale, gradeText).orElse(null);
            if (grade == null) {
                f.fail("grade", "'" + gradeText + "' is not a grade on the " + scale.code() + " scale (" + GradeConversion.allowed(scale) + ")");
            }
        }
        BigDecimal cp = f.decimal("credit_points", true);
        if (cp != null && grade != null) {
            if (grade.passed() && (cp.signum() <= 0 || cp.compareTo(BigDecimal.valueOf(60)) > 0)) {
                f.fail("credit_points", "a pass earns more than 0 and at most 60 CP, not " + cp.toPlainString());
            } else if (!grade.passed() && cp.signum() != 0) {
                f.fail("credit_points", "a fail earns 0 CP, not " + cp.toPlainString());
            } else if (cp.scale() > 1 && cp.stripTrailingZeros().scale() > 1) {
                f.fail("credit_points", cp.toPlainString() + " has more than one decimal");
            }
        }
        AssessmentType assessment = f.coded("assessment", true, AssessmentType.class);
        boolean supervised = f.bool("supervised", false);
        boolean identity = f.bool("identity_verified", false);
        String reference = f.text("reference", "csv".equals(source), 100);
        if (reference != null && !reference.matches("[A-Za-z0-9][A-Za-z0-9._/-]*")) {
            f.fail("reference", "'" + reference + "' is not a key of letters, digits and . _ / -");
            reference = null;
        }
        if (f.problems().size() > before || item == null || kind == null || institution == null || learner == null || date == null
                || grade == null || cp == null || assessment == null) {
            return null;
        }
        String ref = reference == null ? Ids.next() : reference;
        return new Achievement(institution.value() + ":" + ref, learner, institution, kind, item, date, grade,
                cp.setScale(1, RoundingMode.UNNECESSARY), assessment, supervised, identity, source,
                ref, now);
    }

    private @Nullable LearnerId learner(Fields f, @Nullable InstitutionId institution) {
        String id = f.raw("learner");
        String number = f.raw("student_number");
        if (!id.isEmpty()) {
            if (!LearnerId.isValid(id) || !lookups.learnerIds().contains(LearnerId.of(id))) {
                f.fail("learner", "no learner has the id '" + id + "'");
                return null;
            }
            return LearnerId.of(id);
        }
        if (number.isEmpty()) {
            f.fail("student_number", "required (or the learner's id in the column learner)");
            return null;
        }
        if (institution == null) {
            return null;
        }
        String found = lookups.studentNumbers().getOrDefault(institution.value(), Map.of()).get(number);
        if (found == null) {
            f.fail("student_number", "no learner has the student number '" + number + "' at " + institution);
            return null;
        }
        return LearnerId.of(found);
    }

    /** What decides whether a re-sent result changed: everything but ids and the time it was recorded. */
    public static String hash(Achievement a) {
        String s = String.join("\u0001", a.learnerId().value(), a.institution().value(), a.itemKind().code(), a.item().value(),
                a.achievedOn().toString(), a.grade().scale().code(), a.grade().value(), a.creditPoints().toPlainString(),
                a.assessment().code(), Boolean.toString(a.supervised()), Boolean.toString(a.identityVerified()));
        return Secrets.sha256Hex(s);
    }
}
