package io.github.assessmentkit.report.internal;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import gg.jte.output.WriterOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The HTML templates, compiled from {@code src/main/jte} at build time into the package {@code
 * io.github.assessmentkit.report.internal.jte}. Their content type is HTML, so every {@code ${...}}
 * is escaped for where it stands (element text or attribute value).
 */
final class Templates {
  private static final TemplateEngine ENGINE =
      TemplateEngine.createPrecompiled(
          null,
          ContentType.Html,
          Templates.class.getClassLoader(),
          "io.github.assessmentkit.report.internal.jte");

  private Templates() {}

  /**
   * Renders a template to a writer and flushes it.
   *
   * @param name the template's file name, for example {@code scorecard.jte}
   * @param model its one parameter
   * @param out where to write
   * @throws IOException if writing fails
   */
  static void render(String name, Object model, Writer out) throws IOException {
    try {
      ENGINE.render(name, model, new WriterOutput(out));
    } catch (TemplateException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw e;
    }
    out.flush();
  }
}
