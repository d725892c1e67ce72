/**
 * Learners and their studies: learner records with minimal personal data, application rounds with
 * deadlines, ranking and selection, enrolment within capacity, achievements (entered, sent over the
 * API or imported from an exam office), recognition cases, notifications, and the learner's rights
 * to see, take away and erase their data. The package root is the module's API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "catalog", "catalog :: model", "accounts"})
@org.jspecify.annotations.NullMarked
package org.microdegree.learners;
