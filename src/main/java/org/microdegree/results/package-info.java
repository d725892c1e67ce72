/**
 * Results: assessment results (achievements: entered, sent over the API or imported from an exam
 * office), recognition of prior learning, and the evidence the audit reads; {@link
 * org.microdegree.results.EvidenceRecorded} tells the audit that a learner's evidence changed.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "shared :: csv", "shared :: jdbc", "catalog", "catalog :: model", "learners",
        "learners :: model", "learners :: rules", "shared :: validation"})
@org.jspecify.annotations.NullMarked
package org.microdegree.results;
