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
import org.microdegree.results.AchievementInput;
import org.microdegree.shared.Coded;
import org.microdegree.shared.Violation;
import org.microdegree.shared.validation.Format;
import org.microdegree.shared.validation.Inputs;
import org.microdegree.shared.Ids;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.ItemId;

/**
 * Turns one result (CSV row, API body or form, all bound to {@link AchievementInput}) into an
 * achievement: the input's own constraints, then each field against the catalogue and the learners known.
 */
@RequiredArgsConstructor
public final class AchievementReader {

    /** What a result is checked against, loaded once per import. */
    public record Lookups(Set<ItemId> modules, Set<ItemId> microCredentials, Set<LearnerId> learnerIds,
            Map<String, Map<String, String>> studentNumbers, LocalDate today) {}

    private final Lookups lookups;

    /** Where a reader names a problem: the field (as the input record names it) and the reason. */
    public interface Problems {
        void fail(String field, String reason);
    }

    /** The achievement the input describes, or null when it has problems (each named to {@code problems}). */
    public @Nullable Achievement read(AchievementInput in, Problems problems, String source, Instant now, @Nullable String fixedInstitution) {
        return read(in, problems, source, now, fixedInstitution, true);
    }

    /**
     * The same for a row of a file whose rows passed {@link #read} in this job already: the input's
     * constraints are not checked again (a million rows a pass); a row that no longer reads is null.
     */
    public @Nullable Achievement readChecked(AchievementInput in, Problems problems, String source, Instant now) {
        return read(in, problems, source, now, null, false);
    }

    private @Nullable Achievement read(AchievementInput in, Problems problems, String source, Instant now, @Nullable String fixedInstitution,
            boolean constraints) {
        int[] count = {0};
        Problems f = (field, reason) -> {
            count[0]++;
            problems.fail(field, reason);
        };
        if (constraints) {
            for (Violation v : Inputs.violations(in)) {
                f.fail(v.path(), v.reason());
            }
        }
        String itemText = Format.present(in.item());
        ItemId item = itemText != null && ItemId.isValid(itemText) ? ItemId.of(itemText) : null;
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
        String instText = fixedInstitution != null ? fixedInstitution : Format.present(in.institution());
        InstitutionId institution = null;
        if (instText != null) {
            institution = InstitutionId.isValid(instText) ? InstitutionId.of(instText) : null;
        } else if (item != null) {
            institution = InstitutionId.of(item.institution());
        }
        LearnerId learner = learner(in, f, institution);
        LocalDate date = Format.parseDate(in.date());
        if (date != null && date.isAfter(lookups.today())) {
            f.fail("date", date + " is in the future");
        }
        GradeScale scale = Coded.fromCode(GradeScale.class, Format.lowerCase(in.scale())).orElse(null);
        String gradeText = Format.present(in.grade());
        Grade grade = null;
        if (gradeText != null && scale != null) {
            grade = GradeConversion.parse(scale, gradeText).orElse(null);
            if (grade == null) {
                f.fail("grade", "'" + gradeText + "' is not a grade on the " + scale.code() + " scale (" + GradeConversion.allowed(scale) + ")");
            }
        }
        BigDecimal cp = Format.parseDecimal(in.creditPoints());
        if (cp != null && grade != null) {
            if (grade.passed() && (cp.signum() <= 0 || cp.compareTo(BigDecimal.valueOf(60)) > 0)) {
                f.fail("creditPoints", "a pass earns more than 0 and at most 60 CP, not " + cp.toPlainString());
            } else if (!grade.passed() && cp.signum() != 0) {
                f.fail("creditPoints", "a fail earns 0 CP, not " + cp.toPlainString());
            } else if (cp.scale() > 1 && cp.stripTrailingZeros().scale() > 1) {
                f.fail("creditPoints", cp.toPlainString() + " has more than one decimal");
            }
        }
        AssessmentType assessment = Coded.fromCode(AssessmentType.class, Format.lowerCase(in.assessment())).orElse(null);
        String reference = Format.present(in.reference());
        if (reference == null && "csv".equals(source)) {
            f.fail("reference", "required");
        }
        if (count[0] > 0 || item == null || kind == null || institution == null || learner == null || date == null || grade == null || cp == null
                || assessment == null) {
            return null;
        }
        String ref = reference == null ? Ids.next() : reference;
        return new Achievement(institution.value() + ":" + ref, learner, institution, kind, item, date, grade,
                cp.setScale(1, RoundingMode.UNNECESSARY), assessment, Boolean.TRUE.equals(in.supervised()), Boolean.TRUE.equals(in.identityVerified()),
                source, ref, now);
    }

    private @Nullable LearnerId learner(AchievementInput in, Problems f, @Nullable InstitutionId institution) {
        String id = Format.present(in.learner());
        String number = Format.present(in.studentNumber());
        if (id != null) {
            if (!LearnerId.isValid(id) || !lookups.learnerIds().contains(LearnerId.of(id))) {
                f.fail("learner", "no learner has the id '" + id + "'");
                return null;
            }
            return LearnerId.of(id);
        }
        if (number == null) {
            f.fail("studentNumber", "required (or the learner's id in the column learner)");
            return null;
        }
        if (institution == null) {
            return null;
        }
        String found = lookups.studentNumbers().getOrDefault(institution.value(), Map.of()).get(number);
        if (found == null) {
            f.fail("studentNumber", "no learner has the student number '" + number + "' at " + institution);
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
