package org.microdegree.analytics;

import java.util.List;

/**
 * One programme looked at closely.
 *
 * @param perTerm its figures term by term (the terms with any event)
 * @param passed per component: how many learners enrolled in the programme passed it
 * @param stoppedAt per component: how many enrolled learners who have not completed the programme passed it last (where they stand or stopped); "none yet" for those without any
 * @param skills the ESCO skills its components teach, each with the learners who passed a component teaching it
 */
public record ProgrammeAnalysis(ProgrammeFigures figures, List<TermFigures> perTerm, List<Count> passed, List<Count> stoppedAt, List<Count> skills,
        long enrolledNow, long completedNow) {

    /** A figure with what it is of: a component's id and title, a skill's URI and label. */
    public record Count(String key, String label, long value) {}

    public record TermFigures(Term term, long applications, long admitted, long enrolled, long completed, long certificates) {}
}
