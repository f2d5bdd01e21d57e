package io.github.assessmentkit.history;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.HistoryMessages;
import io.github.assessmentkit.text.Text;
import org.jspecify.annotations.Nullable;

/**
 * A ladder's rung or an award scheme's tier in one year of a {@link History}.
 *
 * @param decisionId the ladder or scheme
 * @param award whether it is an award scheme (else a ladder)
 * @param resultId the rung or tier reached, or {@code null} when undecided or no tier was won
 * @param label the rung's or tier's name, "no award" or "undecided"
 * @param number the rung's number from 1 at the bottom, or the tier's from 1 at the lowest tier; 0
 *     when undecided or no tier was won
 */
public record DecisionPoint(
    String decisionId, boolean award, @Nullable String resultId, Text label, int number) {
  /**
   * Creates the value, checking its components.
   *
   * @param decisionId the ladder or scheme
   * @param award whether it is an award scheme
   * @param resultId the rung or tier, or {@code null}
   * @param label the name
   * @param number the number, 0 when none
   * @throws io.github.assessmentkit.MissingValueException if a component is null
   * @throws io.github.assessmentkit.InvalidValueException if an id is blank or the number negative
   */
  public DecisionPoint {
    Checks.notBlank(decisionId, "decisionId");
    if (resultId != null) {
      Checks.notBlank(resultId, "resultId");
    }
    Checks.notNull(label, "label");
    if (number < 0) {
      throw new InvalidValueException(HistoryMessages.negative("number", number));
    }
  }
}
