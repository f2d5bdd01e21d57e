package io.github.assessmentkit.planning;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One step up an indicator's scale: from the value it is rated with to the next value its scale
 * allows (the next percentage of a band scale, the next level, {@code no} to {@code partial} to
 * {@code yes}, the next Likert point, the next threshold of a measure, the next step of a numeric
 * scale).
 *
 * @param indicatorId the indicator
 * @param from the value before the step
 * @param to the value after the step
 * @param fromLabel the band or level of {@code from}, or {@code null} when the scale names none
 * @param toLabel the band or level of {@code to}, or {@code null} when the scale names none
 * @param cost what the step costs, as declared for the indicator (1 unless declared)
 */
public record Step(
    String indicatorId,
    RatingValue from,
    RatingValue to,
    @Nullable Text fromLabel,
    @Nullable Text toLabel,
    BigDecimal cost) {
  /**
   * Creates the value, checking its components.
   *
   * @param indicatorId the indicator
   * @param from the value before the step
   * @param to the value after the step
   * @param fromLabel the band or level of {@code from}, or {@code null}
   * @param toLabel the band or level of {@code to}, or {@code null}
   * @param cost what the step costs, more than 0
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if the id is blank or the cost not more than 0
   */
  public Step {
    Checks.notBlank(indicatorId, "indicatorId");
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
    Checks.positive(cost, "cost");
  }

  /** {@return the step in short, for example {@code "7.1: 45 → 50"}} */
  public String shortForm() {
    return indicatorId + ": " + from + " → " + to;
  }
}
