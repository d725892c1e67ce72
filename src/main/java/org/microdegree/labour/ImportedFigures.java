package org.microdegree.labour;

/** What an import did: rows read, figures new, figures that replaced one of the same occupation, region, period and measure. */
public record ImportedFigures(int rows, int inserted, int replaced, int occupations) {}
