/**
 * The degree audit: which learner has earned which micro-credential and programme, exactly, and
 * what is still missing. The engine ({@code engine/}) is pure Java; the package root is the API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "catalog", "catalog :: model", "learners", "learners :: model", "admissions",
        "admissions :: model", "admissions :: rules", "results", "results :: model", "results :: rules"})
@org.jspecify.annotations.NullMarked
package org.microdegree.audit;
