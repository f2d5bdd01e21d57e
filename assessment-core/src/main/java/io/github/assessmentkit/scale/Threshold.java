package io.github.assessmentkit.scale;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.ScaleMessages;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;

/**
 * A step of a {@link MeasureScale}: a measured value at or past {@code bound} earns {@code credit}.
 *
 * @param bound the value that must be reached (at least it when higher is better, at most it when
 *     lower is better)
 * @param credit the fraction earned, 0 to 1
 * @param label the step's name, for example "high" / "สูง"
 */
public record Threshold(BigDecimal bound, BigDecimal credit, Text label) {
  /**
   * Creates the value, checking its components.
   *
   * @param bound the value that must be reached (at least it when higher is better, at most it when
   *     lower is better)
   * @param credit the fraction earned, 0 to 1
   * @param label the step's name, for example "high" / "สูง"
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public Threshold {
    Checks.notNull(bound, "bound");
    Checks.nonNegative(credit, "credit");
    if (credit.compareTo(BigDecimal.ONE) > 0) {
      throw new InvalidValueException(ScaleMessages.creditAboveOne(credit));
    }
    Checks.notNull(label, "label");
  }
}
