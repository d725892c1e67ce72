/** Who may read and change a learner's records: pure functions, tested alone; other modules may use them. */
@org.springframework.modulith.NamedInterface("rules")
@org.jspecify.annotations.NullMarked
package org.microdegree.learners.rules;
