/**
 * Analytics of an institution's programmes for its designers, quality assurance and registrars:
 * applications, admitted, enrolled, completed, certificates issued, time to completion, drop-off
 * per component and ESCO skills covered, per programme and term. Read by SQL over the tables of
 * admissions, learners, audit and credentials (a read model, ADR 0047); counts only, no person.
 * The package root is the module's API ({@link org.microdegree.analytics.Analytics}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "catalog", "catalog :: model", "skills"})
@org.jspecify.annotations.NullMarked
package org.microdegree.analytics;
