/**
 * Checking what a client sent (an API body, a form, a CSV row bound to the same input record) with
 * Jakarta Bean Validation: the formats of text fields ({@link Formatted}), codes of our vocabularies
 * ({@link Code}), storable text ({@link StorableText}), and {@link Inputs}, which turns every violation
 * into a {@link org.microdegree.shared.Violation} named by its field, all at once.
 */
@org.springframework.modulith.NamedInterface("validation")
@org.jspecify.annotations.NullMarked
package org.microdegree.shared.validation;
