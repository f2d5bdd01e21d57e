package io.github.assessmentkit.scoring;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.text.Text;

/**
 * Something the scorecard's reader must know: an unrated or unknown indicator, a criterion excluded
 * as not applicable, a rating that cites evidence not valid for the fiscal year assessed.
 *
 * @param code a stable code: {@code not-rated}, {@code unknown}, {@code not-applicable}, {@code
 *     nothing-applicable} or {@code evidence-not-valid}
 * @param path the indicator's or criterion's id
 * @param message what it means, in Thai and English
 */
public record ScoreWarning(String code, String path, Text message) {
  /**
   * Creates the value, checking its components.
   *
   * @param code a stable code: {@code not-rated}, {@code unknown}, {@code not-applicable}, {@code
   *     nothing-applicable} or {@code evidence-not-valid}
   * @param path the indicator's or criterion's id
   * @param message what it means, in Thai and English
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public ScoreWarning {
    Checks.notBlank(code, "code");
    Checks.notBlank(path, "path");
    Checks.notNull(message, "message");
  }
}
