/** The learners' domain model: pure Java, no framework, no SQL. */
@org.jspecify.annotations.NullMarked
package org.microdegree.learners.model;
