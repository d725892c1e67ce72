package org.microdegree.results;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.microdegree.shared.LearnerId;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.microdegree.shared.Coded;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.results.internal.jdbc.ResultStore;
import org.microdegree.results.model.Achievement;
import org.microdegree.results.model.RecognitionCase;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.ItemId;
import org.springframework.stereotype.Service;

/**
 * What counts towards credentials, for the audit and the certificates: passed results and granted
 * recognitions, of one learner, of many (a job's chunk) or of everyone (a batch audit). No access
 * check: the callers (audit, credentials, jobs) check who asks.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LearnerEvidence {

    private final ResultStore resultStore;

    /** What counts towards credentials: passed achievements and granted recognitions. */
    public List<Evidence> of(LearnerId learnerId) {
        return evidence(resultStore.achievementsOf(learnerId), resultStore.recognitionsOf(learnerId));
    }

    /**
     * The evidence of the learners with ids after {@code after} (exclusive; "" from the first) up to
     * {@code to}, for a batch audit's chunk: one range of the learner index, which H2 reads far
     * faster than a list of a thousand ids.
     */
    public Map<LearnerId, List<Evidence>> ofLearnersBetween(String after, LearnerId to) {
        return collect(row -> resultStore.forEachPassedBetween(after, to.value(), row),
                learner -> learner.value().compareTo(after) > 0 && learner.value().compareTo(to.value()) <= 0, true);
    }

    /** The evidence of these learners, for a re-audit of many at once. */
    public Map<LearnerId, List<Evidence>> ofLearners(Collection<LearnerId> learnerIds) {
        Set<LearnerId> only = new HashSet<>(learnerIds);
        return collect(row -> resultStore.forEachPassed(learnerIds, row), only::contains, true);
    }

    private Map<LearnerId, List<Evidence>> collect(Consumer<ResultStore.PassedRow> source, java.util.function.@Nullable Predicate<LearnerId> only,
            boolean withRecognitions) {
        Map<String, List<Evidence>> byText = new HashMap<>();
        Map<String, ItemId> items = new HashMap<>();
        Map<String, InstitutionId> institutions = new HashMap<>();
        Map<String, ItemKind> kinds = new HashMap<>();
        Map<Object, Object> values = new HashMap<>(); // CP, grades and dates: a few hundred distinct values
        source.accept((learner, id, institution, kind, item, cp, german, on) -> byText.computeIfAbsent(learner, k -> new ArrayList<>(40))
                .add(new Evidence("achievement", id, kinds.computeIfAbsent(kind, k -> Coded.fromCode(ItemKind.class, k).orElseThrow()),
                        items.computeIfAbsent(item, ItemId::of), institutions.computeIfAbsent(institution, InstitutionId::of),
                        shared(values, cp), german == null ? null : shared(values, german), shared(values, on))));
        // rows are grouped by the learner's text as read; one typed id per learner afterwards, not one more lookup per row
        Map<LearnerId, List<Evidence>> out = HashMap.newHashMap(byText.size());
        byText.forEach((learner, evidence) -> out.put(LearnerId.of(learner), evidence));
        if (withRecognitions) { // once per read, not once per part
            resultStore.creditingRecognitions().forEach((learner, cases) -> {
                if (only == null || only.test(learner)) {
                    out.computeIfAbsent(learner, k -> new ArrayList<>()).addAll(evidence(List.of(), cases));
                }
            });
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static <T> T shared(Map<Object, Object> values, T value) {
        return (T) values.computeIfAbsent(value, v -> v);
    }

    private static List<Evidence> evidence(List<Achievement> achievements, List<RecognitionCase> recognitions) {
        List<Evidence> out = new ArrayList<>();
        for (Achievement a : achievements) {
            if (a.grade().passed()) {
                out.add(new Evidence("achievement", a.id(), a.itemKind(), a.item(), a.institution(), a.creditPoints(), a.grade().german(),
                        a.achievedOn()));
            }
        }
        for (RecognitionCase c : recognitions) {
            if (c.status().credits() && c.creditedCreditPoints() != null && c.decidedAt() != null) {
                ItemKind kind = switch (c.target()) {
                    case MICRO_CREDENTIAL -> ItemKind.MICRO_CREDENTIAL;
                    case MICRO_DEGREE -> ItemKind.MICRO_DEGREE;
                    case STUDY_PROGRAMME -> ItemKind.STUDY_PROGRAMME;
                    case ADMISSION_REQUIREMENT -> null;
                };
                out.add(new Evidence("recognition", c.id(), kind,
                        kind != null && ItemId.isValid(c.targetRef()) ? ItemId.of(c.targetRef()) : null,
                        c.targetInstitution(), c.creditedCreditPoints(), null,
                        LocalDate.ofInstant(c.decidedAt(), ZoneOffset.UTC)));
            }
        }
        return out;
    }
}
