package org.microdegree.web.pages;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn as SVG by the page (fragments/chart.html): bars scaled to the
 * largest value; {@code description} is its text alternative, every bar's label and value.
 */
record BarChart(String id, String title, List<Bar> bars) {

    record Bar(String label, long value, int percent, int y) {}

    static final int ROW = 28;

    static BarChart of(String id, String title, List<String> labels, List<Long> values) {
        long max = values.stream().mapToLong(Long::longValue).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            long v = values.get(i);
            bars.add(new Bar(labels.get(i), v, max == 0 ? 0 : (int) Math.round(100.0 * v / max), i * ROW));
        }
        return new BarChart(id, title, bars);
    }

    public int height() {
        return Math.max(1, bars.size()) * ROW;
    }

    public String description() {
        StringBuilder s = new StringBuilder(title).append(": ");
        for (int i = 0; i < bars.size(); i++) {
            s.append(i == 0 ? "" : "; ").append(bars.get(i).label()).append(' ').append(bars.get(i).value());
        }
        return s.toString();
    }
}
