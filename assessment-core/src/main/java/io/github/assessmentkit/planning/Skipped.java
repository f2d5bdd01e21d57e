package io.github.assessmentkit.planning;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.text.Text;

/**
 * An indicator that has no step to take, and why: not rated, not applicable, at the top of its
 * scale, on a scale without steps, or a step validation would refuse.
 *
 * @param indicatorId the indicator
 * @param reason why, in Thai and English
 */
public record Skipped(String indicatorId, Text reason) {
  /**
   * Creates the value, checking its components.
   *
   * @param indicatorId the indicator
   * @param reason why, in Thai and English
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if the id is blank
   */
  public Skipped {
    Checks.notBlank(indicatorId, "indicatorId");
    Checks.notNull(reason, "reason");
  }
}
