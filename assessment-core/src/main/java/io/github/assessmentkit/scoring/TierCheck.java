package io.github.assessmentkit.scoring;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.text.Text;

/**
 * One tier checked while deciding an award.
 *
 * @param tierId the tier
 * @param name the tier's name
 * @param result whether its condition held, and why
 */
public record TierCheck(String tierId, Text name, ConditionResult result) {
  /**
   * Creates the value, checking its components.
   *
   * @param tierId the tier
   * @param name the tier's name
   * @param result whether its condition held, and why
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public TierCheck {
    Checks.notBlank(tierId, "tierId");
    Checks.notNull(name, "name");
    Checks.notNull(result, "result");
  }
}
