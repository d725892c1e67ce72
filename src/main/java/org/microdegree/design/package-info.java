/**
 * The design assistant: the seven building patterns of the LUH model and the composer that picks
 * micro-credentials for a target, ending in drafts the catalogue imports. The package root is the
 * module's API ({@link org.microdegree.design.ProgrammeDesigner}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "catalog", "catalog :: model", "catalog :: format",
        "conformance", "policy :: model"})
@org.jspecify.annotations.NullMarked
package org.microdegree.design;
