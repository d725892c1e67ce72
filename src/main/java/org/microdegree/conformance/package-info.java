/**
 * Conformance: rule profiles applied to catalogue designs (a bundle file, stored items, the whole
 * catalogue, a draft being edited), their findings and the profile endpoints. It guards the
 * catalogue's submission and publication through the catalogue's
 * {@link org.microdegree.catalog.SubmissionGate}. The package root is the module's API
 * ({@link org.microdegree.conformance.Conformance}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "skills", "labour", "policy", "policy :: model",
        "catalog", "catalog :: model", "catalog :: format"})
@org.jspecify.annotations.NullMarked
package org.microdegree.conformance;
