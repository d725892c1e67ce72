/** The rules of deadlines, ranking, selection, grades, recognition and access: pure functions, tested alone. */
@org.jspecify.annotations.NullMarked
package org.microdegree.learners.rules;
