/** The admissions model: rounds, applications, enrolments. Pure Java; other modules may use it. */
@org.springframework.modulith.NamedInterface("model")
@org.jspecify.annotations.NullMarked
package org.microdegree.admissions.model;
