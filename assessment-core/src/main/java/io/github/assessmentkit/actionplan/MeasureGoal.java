package io.github.assessmentkit.actionplan;

import io.github.assessmentkit.internal.Checks;
import java.math.BigDecimal;

/**
 * A measure an action means to move and the value it aims for, read against the measure's latest
 * observation, in its direction, at the next assessment.
 *
 * @param measureId the measure's id in the assessments
 * @param value the value aimed for, in the measure's unit
 */
public record MeasureGoal(String measureId, BigDecimal value) {
  /**
   * Creates the value, checking its components.
   *
   * @param measureId the measure's id in the assessments
   * @param value the value aimed for, in the measure's unit
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code measureId} is blank
   */
  public MeasureGoal {
    Checks.notBlank(measureId, "measureId");
    Checks.notNull(value, "value");
  }
}
