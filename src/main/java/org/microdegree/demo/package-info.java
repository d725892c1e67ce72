/**
 * Demo and synthetic data, kept apart from the business modules: the worked example with its demo
 * accounts and learners (loaded in demo mode), and generated catalogues, exam-office files and whole
 * installations for tests and benchmarks. Only the command line (and tests) use it; no business
 * module depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "catalog", "catalog :: model", "conformance", "learners",
        "learners :: model", "admissions", "admissions :: model", "admissions :: rules", "results", "results :: model", "results :: rules", "accounts",
        "labour"})
@org.jspecify.annotations.NullMarked
package org.microdegree.demo;
