/** The rules of deadlines, ranking and selection: pure functions, tested alone; other modules may use them. */
@org.springframework.modulith.NamedInterface("rules")
@org.jspecify.annotations.NullMarked
package org.microdegree.admissions.rules;
