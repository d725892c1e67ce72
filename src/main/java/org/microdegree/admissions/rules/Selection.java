package org.microdegree.admissions.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.microdegree.admissions.model.Application;
import org.microdegree.admissions.model.ApplicationRound;
import org.microdegree.admissions.model.ApplicationStatus;
import org.microdegree.admissions.model.EligibilityCriterion;
import org.microdegree.admissions.model.Ranking;
import org.microdegree.shared.ApplicationId;
import org.microdegree.shared.InstitutionId;

/**
 * Ranking and selection of a round's applications. Deterministic: by score (highest first), then
 * the earlier submission, then the application id. Eligible applicants who get no place are
 * waitlisted in rank order; the waitlist moves up in that order whenever a place comes free, skipping
 * those whose home institution has used up its quota.
 */
public final class Selection {

    private Selection() {
    }

    /** The decision for one application. */
    public record Decision(ApplicationId applicationId, ApplicationStatus status, @Nullable BigDecimal score, @Nullable Integer rank,
            @Nullable String reason) {}

    /** Why an application is not eligible, or empty. */
    public static Optional<String> ineligibility(ApplicationRound round, Application a) {
        List<String> reasons = new ArrayList<>();
        for (EligibilityCriterion c : round.eligibility()) {
            c.unmet(a.profile()).ifPresent(reasons::add);
        }
        for (String doc : round.documents()) {
            if (!a.documents().contains(doc)) {
                reasons.add("document '" + doc + "' missing");
            }
        }
        return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", reasons));
    }

    /** The score, 0 to 100 with three decimals. */
    public static BigDecimal score(Ranking ranking, Application a) {
        double total = ranking.priorGradeWeight() + ranking.reviewWeight();
        if (total == 0) {
            return BigDecimal.ZERO.setScale(3);
        }
        double grade = a.profile().priorGrade() == null ? 0 : Math.max(0, (5 - a.profile().priorGrade().doubleValue()) / 4 * 100);
        double review = a.reviews().stream().mapToDouble(r -> r.mark().doubleValue()).average().orElse(0);
        double s = (ranking.priorGradeWeight() * grade + ranking.reviewWeight() * review) / total;
        return BigDecimal.valueOf(s).setScale(3, RoundingMode.HALF_UP);
    }

    /** The applications a ranked round cannot yet be decided without: eligible but not reviewed when reviews count. */
    public static List<Application> awaitingReview(ApplicationRound round, List<Application> applications) {
        if (!round.ranking().needsReviews()) {
            return List.of();
        }
        return applications.stream().filter(a -> a.status() == ApplicationStatus.SUBMITTED)
                .filter(a -> ineligibility(round, a).isEmpty()).filter(a -> a.reviews().isEmpty()).toList();
    }

    /** Decides every submitted application of a ranked round. */
    public static List<Decision> select(ApplicationRound round, List<Application> applications) {
        record Scored(Application a, BigDecimal score) {}
        List<Decision> out = new ArrayList<>();
        List<Scored> eligible = new ArrayList<>();
        for (Application a : applications) {
            if (a.status() != ApplicationStatus.SUBMITTED) {
                continue;
            }
            Optional<String> why = ineligibility(round, a);
            if (why.isPresent()) {
                out.add(new Decision(a.id(), ApplicationStatus.INELIGIBLE, null, null, why.get()));
            } else {
                eligible.add(new Scored(a, score(round.ranking(), a)));
            }
        }
        eligible.sort(Comparator.comparing(Scored::score).reversed()
                .thenComparing(s -> s.a().submittedAt()).thenComparing(s -> s.a().id()));
        Map<InstitutionId, Integer> perInstitution = new HashMap<>();
        int taken = (int) applications.stream().filter(a -> a.status().holdsPlace()).count();
        applications.stream().filter(a -> a.status().holdsPlace()).forEach(a -> perInstitution.merge(a.institution(), 1, Integer::sum));
        int rank = 0;
        for (Scored s : eligible) {
            rank++;
            int atHome = perInstitution.getOrDefault(s.a().institution(), 0);
            boolean quotaFull = round.perInstitution() != null && atHome >= round.perInstitution();
            if (taken < round.capacity() && !quotaFull) {
                taken++;
                perInstitution.merge(s.a().institution(), 1, Integer::sum);
                // why she has a place: which of them, in all and of her home institution's
                String place = "place " + taken + " of " + round.capacity();
                out.add(new Decision(s.a().id(), ApplicationStatus.SELECTED, s.score(), rank, round.perInstitution() == null
                        ? place
                        : place + ", " + (atHome + 1) + " of " + round.perInstitution() + " for " + s.a().institution()));
            } else {
                // why a higher rank may wait while a lower one has a place: her home institution's places are taken
                out.add(new Decision(s.a().id(), ApplicationStatus.WAITLISTED, s.score(), rank, quotaFull
                        ? "the " + round.perInstitution() + " places for " + s.a().institution() + " are taken by higher ranks"
                        : "all " + round.capacity() + " places are taken by higher ranks"));
            }
        }
        return out;
    }

    /** Who moves up from the waitlist now that places may have come free, in rank order. */
    public static List<Application> moveUp(ApplicationRound round, List<Application> applications) {
        Map<InstitutionId, Integer> perInstitution = new HashMap<>();
        int taken = 0;
        for (Application a : applications) {
            if (a.status().holdsPlace()) {
                taken++;
                perInstitution.merge(a.institution(), 1, Integer::sum);
            }
        }
        List<Application> waitlist = applications.stream().filter(a -> a.status() == ApplicationStatus.WAITLISTED)
                .sorted(Comparator.comparing((Application a) -> a.rank() == null ? Integer.MAX_VALUE : a.rank())).toList();
        List<Application> up = new ArrayList<>();
        for (Application a : waitlist) {
            if (taken >= round.capacity()) {
                break;
            }
            if (round.perInstitution() != null && perInstitution.getOrDefault(a.institution(), 0) >= round.perInstitution()) {
                continue;
            }
            taken++;
            perInstitution.merge(a.institution(), 1, Integer::sum);
            up.add(a);
        }
        return up;
    }
}
