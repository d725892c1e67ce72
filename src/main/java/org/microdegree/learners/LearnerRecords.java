package org.microdegree.learners;

import java.util.List;
import java.util.Map;
import org.microdegree.learners.model.Learner;
import org.microdegree.learners.model.Notification;

/** Everything about one learner: her record, what the other modules keep about her (by section), her notifications. */
public record LearnerRecords(Learner learner, Map<String, List<?>> kept, List<Notification> notifications) {}
