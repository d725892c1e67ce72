/**
 * ESCO v1.2 skills, skill groups and occupations, shipped with the product and available offline:
 * lookup by URI and ranked label search.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
@org.jspecify.annotations.NullMarked
package org.microdegree.skills;
