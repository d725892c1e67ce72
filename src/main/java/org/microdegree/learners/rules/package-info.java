/** The rules of deadlines, ranking, selection, grades, recognition and access: pure functions, tested alone; other modules may use them. */
@org.springframework.modulith.NamedInterface("rules")
@org.jspecify.annotations.NullMarked
package org.microdegree.learners.rules;
