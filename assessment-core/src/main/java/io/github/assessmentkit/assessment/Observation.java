package io.github.assessmentkit.assessment;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.time.FiscalYear;
import java.math.BigDecimal;

/**
 * One value of a {@link Measure} in one fiscal year.
 *
 * @param period the fiscal year
 * @param value the measured value, exact
 */
public record Observation(FiscalYear period, BigDecimal value) {
  /**
   * Creates the value, checking its components.
   *
   * @param period the fiscal year
   * @param value the measured value, exact
   * @throws NullPointerException if a required component is null
   */
  public Observation {
    Checks.notNull(period, "period");
    Checks.notNull(value, "value");
  }
}
