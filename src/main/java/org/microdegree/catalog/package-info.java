/**
 * The catalogue: institutions, study programmes, modules, micro-credentials and micro-degree
 * programmes, their versions and lifecycle, the journal, and the catalogue bundle format.
 * The package root is the module's API ({@link org.microdegree.catalog.Catalogue}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "shared :: jdbc", "shared :: validation", "skills", "policy",
        "policy :: model"})
@org.jspecify.annotations.NullMarked
package org.microdegree.catalog;
