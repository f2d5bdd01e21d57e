package io.github.assessmentkit.report.internal;

/**
 * A chart drawn as inline SVG, its text escaped.
 *
 * @param id the chart's id in the page, for example {@code chart-radar}
 * @param svg the {@code <svg>} element
 */
public record Chart(String id, String svg) {}
