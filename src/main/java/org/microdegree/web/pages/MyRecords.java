package org.microdegree.web.pages;

import java.util.List;
import org.microdegree.admissions.model.Application;
import org.microdegree.admissions.model.Enrolment;
import org.microdegree.learners.model.Learner;
import org.microdegree.learners.model.Notification;
import org.microdegree.results.model.Achievement;
import org.microdegree.results.model.RecognitionCase;

/** What the learner's own page shows, gathered from the learner records, admissions and results. */
record MyRecords(Learner learner, List<Application> applications, List<Enrolment> enrolments, List<Achievement> achievements,
        List<RecognitionCase> recognitions, List<Notification> notifications) {}
