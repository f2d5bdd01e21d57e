package io.github.assessmentkit.actionplan;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.internal.ActionPlanMessages;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.time.FiscalYear;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * An action's measure as the next assessment holds it: its latest value against the value the
 * action aimed for, in the measure's direction. It is reported beside the verdict and does not
 * change it.
 *
 * @param measureId the measure
 * @param goal the value aimed for
 * @param latest the latest observation's value, or {@code null} when the assessment holds no value
 *     of the measure
 * @param period the latest observation's fiscal year, or {@code null} with {@code latest}
 * @param reached whether the latest value reaches the goal (never when there is none)
 */
public record MeasureReading(
    String measureId,
    BigDecimal goal,
    @Nullable BigDecimal latest,
    @Nullable FiscalYear period,
    boolean reached) {
  /**
   * Creates the value, checking its components.
   *
   * @param measureId the measure
   * @param goal the value aimed for
   * @param latest the latest observation's value, or {@code null}
   * @param period the latest observation's fiscal year, or {@code null} with {@code latest}
   * @param reached whether the latest value reaches the goal
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if {@code latest} and {@code period} are not both given or
   *     both left out, or a missing value is said to reach the goal
   */
  public MeasureReading {
    Checks.notBlank(measureId, "measureId");
    Checks.notNull(goal, "goal");
    if ((latest == null) != (period == null) || (latest == null && reached)) {
      throw new InvalidValueException(ActionPlanMessages.measureReadingInconsistent(measureId));
    }
  }
}
