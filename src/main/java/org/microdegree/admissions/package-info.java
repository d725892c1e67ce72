/**
 * Admissions: application rounds with deadlines in a named time zone, applications with documents
 * and reviews, ranking and selection, the waitlist, enrolment within a round's places (and outside
 * rounds by registrars). The package root is the module's API, one service per use case.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "shared :: csv", "shared :: jdbc", "catalog", "catalog :: model", "learners",
        "learners :: model", "learners :: rules", "results", "shared :: validation"})
@org.jspecify.annotations.NullMarked
package org.microdegree.admissions;
