package org.microdegree.admissions.model;

/**
 * How applications are scored, 0 to 100: a weighted mean of the prior degree's grade (German 1.0
 * gives 100, 4.0 gives 25, none gives 0) and the mean of the reviewers' marks (each 0 to 100).
 */
public record Ranking(double priorGradeWeight, double reviewWeight) {

    public static final Ranking GRADE_ONLY = new Ranking(1, 0);

    public Ranking {
        if (priorGradeWeight < 0 || reviewWeight < 0) {
            throw new IllegalArgumentException("weights must not be negative");
        }
    }

    public boolean needsReviews() {
        return reviewWeight > 0;
    }
}
