/** The rules of grade conversion and recognition decisions: pure functions, tested alone; other modules may use them. */
@org.springframework.modulith.NamedInterface("rules")
@org.jspecify.annotations.NullMarked
package org.microdegree.results.rules;
