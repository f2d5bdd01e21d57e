package io.github.assessmentkit.cohort;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.text.Text;
import org.jspecify.annotations.Nullable;

/**
 * How many organisations had one outcome of a ladder or award scheme.
 *
 * @param resultId the rung or tier, or {@code null} for "no award" and for "undecided"
 * @param label its name
 * @param undecided whether this counts the undecided decisions
 * @param count how many
 */
public record OutcomeCount(@Nullable String resultId, Text label, boolean undecided, int count) {
  /**
   * Creates the value, checking its components.
   *
   * @param resultId the rung or tier, or {@code null}
   * @param label its name
   * @param undecided whether this counts the undecided decisions
   * @param count how many, zero or more
   * @throws io.github.assessmentkit.MissingValueException if the label is null
   */
  public OutcomeCount {
    Checks.notNull(label, "label");
    Checks.nonNegative(java.math.BigDecimal.valueOf(count), "count");
  }
}
