package io.github.assessmentkit.report.spi;

import io.github.assessmentkit.report.internal.ReportChecks;

/**
 * How a report is written.
 *
 * @param language the languages written
 */
public record ReportOptions(ReportLanguage language) {
  /**
   * Creates the value, checking its components.
   *
   * @param language the languages written
   * @throws NullPointerException if the language is null
   */
  public ReportOptions {
    ReportChecks.notNull(language, "language");
  }

  /**
   * Returns the options for one choice of languages.
   *
   * @param language the languages written
   * @return the options
   */
  public static ReportOptions of(ReportLanguage language) {
    return new ReportOptions(language);
  }

  /** {@return Thai and English side by side} */
  public static ReportOptions bilingual() {
    return new ReportOptions(ReportLanguage.BOTH);
  }
}
