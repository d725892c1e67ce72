package org.microdegree.learners;

import java.util.List;
import org.microdegree.learners.model.Achievement;
import org.microdegree.learners.model.Application;
import org.microdegree.learners.model.Enrolment;
import org.microdegree.learners.model.Learner;
import org.microdegree.learners.model.Notification;
import org.microdegree.learners.model.RecognitionCase;

/** Everything about one learner: what their page shows. */
public record LearnerRecords(Learner learner, List<Application> applications, List<Enrolment> enrolments,
                             List<Achievement> achievements, List<RecognitionCase> recognitions, List<Notification> notifications) {
}
