package io.github.assessmentkit.validation;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.rubric.Severity;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import org.jspecify.annotations.Nullable;

/**
 * One problem found in a document: where (a JSON Pointer into the assessment or rubric document),
 * which rule, the offending value, the message in Thai and English, and whether it stops scoring.
 *
 * @param path a JSON Pointer, for example {@code /ratings/3/value}
 * @param rule a stable rule id, for example {@code rating.value-in-scale}
 * @param value the offending value as text, or {@code null}
 * @param message what is wrong and why
 * @param severity {@link Severity#ERROR} when it stops scoring (every rule but those a rubric
 *     declares softer), {@link Severity#WARNING} when it is only reported
 */
public record Violation(
    String path, String rule, @Nullable String value, Text message, Severity severity) {
  /**
   * Creates the value, checking its components.
   *
   * @param path a JSON Pointer, for example {@code /ratings/3/value}
   * @param rule a stable rule id, for example {@code rating.value-in-scale}
   * @param value the offending value as text, or {@code null}
   * @param message what is wrong and why
   * @param severity whether it stops scoring
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public Violation {
    Checks.notNull(path, "path");
    Checks.notBlank(rule, "rule");
    Checks.notNull(message, "message");
    Checks.notNull(severity, "severity");
  }

  /**
   * Creates an error: a violation that stops scoring.
   *
   * @param path a JSON Pointer, for example {@code /ratings/3/value}
   * @param rule a stable rule id, for example {@code rating.value-in-scale}
   * @param value the offending value as text, or {@code null}
   * @param message what is wrong and why
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public Violation(String path, String rule, @Nullable String value, Text message) {
    this(path, rule, value, message, Severity.ERROR);
  }

  /** {@return whether it stops scoring} */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@return the path, the rule and the English message; a warning says so after the rule} */
  @Override
  public String toString() {
    return path + " [" + rule + "] " + (isError() ? "" : "(warning) ") + message.get(Language.EN);
  }
}
