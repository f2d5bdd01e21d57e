package io.github.assessmentkit.award;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.text.Text;
import java.util.List;

/**
 * Whether a condition held, why, and the results of the conditions inside it.
 *
 * @param met whether it held
 * @param reason what was compared, with the numbers
 * @param parts results of nested conditions
 */
public record ConditionResult(boolean met, Text reason, List<ConditionResult> parts) {
  /**
   * Creates the value, checking its components.
   *
   * @param met whether it held
   * @param reason what was compared, with the numbers
   * @param parts results of nested conditions
   * @throws NullPointerException if a required component is null
   */
  public ConditionResult {
    Checks.notNull(reason, "reason");
    parts = Checks.copy(parts, "parts");
  }
}
