package org.microdegree.results.model;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A grade as recorded, with its German equivalent (null for pass/fail, which has none) and
 * whether it passes. Made by {@link org.microdegree.results.rules.GradeConversion#parse}.
 */
public record Grade(GradeScale scale, String value, @Nullable BigDecimal german, boolean passed) {}
