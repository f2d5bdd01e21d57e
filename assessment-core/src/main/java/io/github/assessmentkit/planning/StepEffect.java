package io.github.assessmentkit.planning;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.List;

/**
 * What one step up one indicator's scale does, found by scoring the assessment with that one rating
 * changed: the total before and after, the exact gain, and every level or award decided
 * differently.
 *
 * <p>Under the additive strategies (holistic band, points sum, weighted mean, checklist fraction)
 * the exact gains of steps on different indicators add up: two steps together add the sum of their
 * gains. Under the others (maturity, weakest link, all or nothing) a step may add nothing alone and
 * much together with another; {@link WhatIf#plan} scores every combination it proposes.
 *
 * @param step the step
 * @param totalBefore the total as shown before the step
 * @param totalAfter the total as shown after the step
 * @param exactGain what the step adds to the total, exactly (the exact earned points after minus
 *     before); never below 0 under the built-in strategies, which are all monotone
 * @param changes the levels and awards decided differently after the step, in the rubric's order
 *     (ladders first, then award schemes); empty when none changes
 * @param explanation the step and its gain in words
 */
public record StepEffect(
    Step step,
    BigDecimal totalBefore,
    BigDecimal totalAfter,
    Ratio exactGain,
    List<OutcomeChange> changes,
    Text explanation) {
  /**
   * Creates the value, checking its components.
   *
   * @param step the step
   * @param totalBefore the total as shown before the step
   * @param totalAfter the total as shown after the step
   * @param exactGain what the step adds to the total, exactly
   * @param changes the levels and awards decided differently after the step
   * @param explanation the step and its gain in words
   * @throws NullPointerException if a required component is null
   */
  public StepEffect {
    Checks.notNull(step, "step");
    Checks.notNull(totalBefore, "totalBefore");
    Checks.notNull(totalAfter, "totalAfter");
    Checks.notNull(exactGain, "exactGain");
    changes = Checks.copy(changes, "changes");
    Checks.notNull(explanation, "explanation");
  }

  /** {@return what the step adds to the total as shown: after minus before, two decimal places} */
  public BigDecimal gain() {
    return totalAfter.subtract(totalBefore);
  }

  /** {@return whether the step changes a level or an award} */
  public boolean changesAnOutcome() {
    return !changes.isEmpty();
  }
}
