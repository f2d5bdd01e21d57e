package io.github.assessmentkit.report.spi;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes one kind of report in one format. A renderer has a stable id (for example {@value #HTML}),
 * unique among the renderers of its report type, and writes to a stream the caller hands in,
 * leaving it open.
 *
 * <p>Register one with {@link io.github.assessmentkit.report.RendererRegistry#builder()} or list it
 * in {@code META-INF/services/io.github.assessmentkit.report.spi.ReportRenderer} (on the module
 * path: {@code provides io.github.assessmentkit.report.spi.ReportRenderer with ...}).
 * Implementations are immutable and thread-safe.
 *
 * @param <R> the report it writes, for example {@link
 *     io.github.assessmentkit.report.ScorecardReport}
 */
public interface ReportRenderer<R> {
  /** The id of the HTML renderers. */
  String HTML = "html";

  /** The id of the Markdown renderers. */
  String MARKDOWN = "markdown";

  /** The id of the CSV renderers. */
  String CSV = "csv";

  /** {@return the renderer's id, unique for its report type} */
  String id();

  /** {@return the type of report it writes} */
  Class<R> reportType();

  /** {@return the media type of what it writes, for example {@code text/html; charset=UTF-8}} */
  String mediaType();

  /** {@return the usual file name extension, without the dot, for example {@code html}} */
  String fileExtension();

  /**
   * Writes a report as characters. The writer is flushed, not closed.
   *
   * @param report the report
   * @param options the languages and other choices
   * @param out where to write
   * @throws IOException if writing fails
   */
  void render(R report, ReportOptions options, Writer out) throws IOException;

  /**
   * Writes a report as UTF-8 bytes. The stream is flushed, not closed.
   *
   * @param report the report
   * @param options the languages and other choices
   * @param out where to write
   * @throws IOException if writing fails
   */
  default void render(R report, ReportOptions options, OutputStream out) throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    render(report, options, writer);
    writer.flush();
  }
}
