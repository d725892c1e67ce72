package org.microdegree.analytics;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An institution's programmes (micro-degree programmes first, then micro-credentials) with their
 * figures for one term or all terms, and the terms there are figures for.
 */
public record Overview(String institution, List<String> institutions, @Nullable Term term, List<Term> terms, List<ProgrammeFigures> programmes) {}
