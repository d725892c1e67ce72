package org.microdegree.admissions.model;

import java.math.BigDecimal;
import java.time.Instant;

/** A reviewer's mark for an application, 0 to 100. */
public record Review(String reviewer, BigDecimal mark, Instant reviewedAt) {}
