/** The learners' domain model: pure Java, no framework, no SQL. Other modules may use it. */
@org.springframework.modulith.NamedInterface("model")
@org.jspecify.annotations.NullMarked
package org.microdegree.learners.model;
