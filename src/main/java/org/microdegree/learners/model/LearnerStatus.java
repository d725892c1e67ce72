package org.microdegree.learners.model;

import org.microdegree.shared.Coded;

/** What a learner is to the university; micro-credentials serve all of them (seed 001). */
public enum LearnerStatus implements Coded {
    STUDENT,
    ALUMNUS,
    PROFESSIONAL,
    DOCTORAL_CANDIDATE,
    POSTDOC,
    EXTERNAL;
}
