/** The results model: achievements, grades, recognition cases. Pure Java; other modules may use it. */
@org.springframework.modulith.NamedInterface("model")
@org.jspecify.annotations.NullMarked
package org.microdegree.results.model;
