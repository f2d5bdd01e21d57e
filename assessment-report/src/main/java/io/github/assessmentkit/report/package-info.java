/**
 * Reports: renderers that write a {@link io.github.assessmentkit.report.ScorecardReport}, a {@link
 * io.github.assessmentkit.report.CohortReport} or a {@link
 * io.github.assessmentkit.report.HistoryReport} to a stream the caller hands in, in the languages
 * the caller chooses ({@link io.github.assessmentkit.report.spi.ReportLanguage}), and the registry
 * that finds them by report type and id.
 *
 * <p>The HTML reports are one self-contained file each: the charts are inline SVG computed in Java,
 * with a title, a description and a table beside each; there is no script, external font, image or
 * style sheet, and a Content-Security-Policy forbids them. Every text that comes from a rubric or
 * an assessment is escaped.
 *
 * <p>Null policy: nothing is null unless marked {@code @Nullable}. Threads: the reports, options,
 * standard renderers and registries are immutable and thread-safe; the builder is for one thread.
 */
@NullMarked
package io.github.assessmentkit.report;

import org.jspecify.annotations.NullMarked;
