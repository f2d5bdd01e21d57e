package io.github.assessmentkit.actionplan;

import io.github.assessmentkit.internal.Checks;
import java.math.BigDecimal;

/**
 * Where an action's node stood on the scorecard the plan was written from: its standing in the
 * terms of the action's target (percent, band number or level rank), its percent and its points.
 *
 * @param standing the standing the target is read in
 * @param percent the node's percent
 * @param earned the node's points
 */
public record Baseline(BigDecimal standing, BigDecimal percent, BigDecimal earned) {
  /**
   * Creates the value, checking its components.
   *
   * @param standing the standing the target is read in
   * @param percent the node's percent
   * @param earned the node's points
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a component is negative
   */
  public Baseline {
    Checks.nonNegative(standing, "standing");
    Checks.nonNegative(percent, "percent");
    Checks.nonNegative(earned, "earned");
  }
}
