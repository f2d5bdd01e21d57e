package io.github.assessmentkit.validation;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.text.Text;
import org.jspecify.annotations.Nullable;

/**
 * One problem found in a document: where (a JSON Pointer into the assessment or rubric document),
 * which rule, the offending value, and the message in Thai and English.
 *
 * @param path a JSON Pointer, for example {@code /ratings/3/value}
 * @param rule a stable rule id, for example {@code rating.value-in-scale}
 * @param value the offending value as text, or {@code null}
 * @param message what is wrong and why
 */
public record Violation(String path, String rule, @Nullable String value, Text message) {
  /**
   * Creates the value, checking its components.
   *
   * @param path a JSON Pointer, for example {@code /ratings/3/value}
   * @param rule a stable rule id, for example {@code rating.value-in-scale}
   * @param value the offending value as text, or {@code null}
   * @param message what is wrong and why
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public Violation {
    Checks.notNull(path, "path");
    Checks.notBlank(rule, "rule");
    Checks.notNull(message, "message");
  }

  @Override
  public String toString() {
    return path + " [" + rule + "] " + message.get(io.github.assessmentkit.text.Language.EN);
  }
}
