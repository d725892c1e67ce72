/**
 * Learner records with minimal personal data: creation and import, student numbers and
 * affiliations, consent, the journal, notifications, linking records to accounts, and the
 * learner's rights to see, take away and erase her data (with every {@link
 * org.microdegree.learners.LearnerRecordKeeper} that keeps records about her). The package root is
 * the module's API; {@link org.microdegree.learners.LearnerDirectory} is what admissions and
 * results use.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "shared :: csv", "shared :: jdbc", "shared :: validation", "catalog",
        "catalog :: model", "accounts"})
@org.jspecify.annotations.NullMarked
package org.microdegree.learners;
