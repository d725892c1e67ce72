package org.microdegree.labour;

/**
 * One labour-market figure: how many openings of a measure an occupation had in a region and period.
 *
 * @param occupation the ESCO occupation's URI
 * @param region a NUTS code (country {@code DE}, state {@code DE9}, district {@code DE929}) or {@code EU27}
 * @param period a year ({@code 2025}), quarter ({@code 2025-Q3}) or month ({@code 2025-09}); ISO order sorts them
 * @param source who published the figure, as the CSV names it
 */
public record DemandFigure(String occupation, String region, String period, Measure measure, long figure, String source) {}
