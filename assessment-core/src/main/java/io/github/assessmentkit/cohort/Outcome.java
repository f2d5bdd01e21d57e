package io.github.assessmentkit.cohort;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.CohortMessages;
import io.github.assessmentkit.scoring.AwardDecision;
import io.github.assessmentkit.scoring.LevelDecision;
import org.jspecify.annotations.Nullable;

/**
 * What one ladder or award scheme decided for an organisation, as a summary keeps it: the rung
 * reached or the tier won.
 *
 * @param decisionId the ladder's or award scheme's id
 * @param resultId the rung reached or the tier won; {@code null} when no tier was won or the
 *     decision was undecided
 * @param undecided whether the decision could not be made (its metric or condition did not apply)
 */
public record Outcome(String decisionId, @Nullable String resultId, boolean undecided) {
  /**
   * Creates the value, checking its components.
   *
   * @param decisionId the ladder's or award scheme's id
   * @param resultId the rung reached or the tier won, or {@code null}
   * @param undecided whether the decision could not be made
   * @throws io.github.assessmentkit.MissingValueException if {@code decisionId} is null
   * @throws InvalidValueException if an id is blank, or an undecided outcome names a result
   */
  public Outcome {
    Checks.notBlank(decisionId, "decisionId");
    if (resultId != null) {
      Checks.notBlank(resultId, "resultId");
      if (undecided) {
        throw new InvalidValueException(CohortMessages.undecidedWithResult(decisionId));
      }
    }
  }

  /**
   * Keeps a ladder's decision.
   *
   * @param decision the decision
   * @return the rung reached, or undecided
   */
  public static Outcome of(LevelDecision decision) {
    Checks.notNull(decision, "decision");
    return new Outcome(decision.ladderId(), decision.rungId(), decision.undecided());
  }

  /**
   * Keeps an award scheme's decision.
   *
   * @param decision the decision
   * @return the tier won, none, or undecided
   */
  public static Outcome of(AwardDecision decision) {
    Checks.notNull(decision, "decision");
    return new Outcome(decision.schemeId(), decision.tierId(), decision.undecided());
  }
}
