package io.github.assessmentkit.scoring;

import io.github.assessmentkit.spi.ScoringStrategy;
import io.github.assessmentkit.text.Text;

/**
 * Thrown before any criterion is scored when a strategy says it cannot score a criterion of the
 * rubric (see {@link ScoringStrategy#misfit}), for example {@code holistic-band} on a leaf whose
 * indicator is on a level scale. The message names the criterion and the strategy.
 */
public class StrategyMisfitException extends ScoringException {
  private static final long serialVersionUID = 1L;

  /** The strategy that does not fit. */
  private final String strategyId;

  /**
   * Creates the exception.
   *
   * @param criterionId the criterion the strategy cannot score
   * @param strategyId the strategy
   * @param message what is wrong, naming both
   */
  public StrategyMisfitException(String criterionId, String strategyId, Text message) {
    super(criterionId, message);
    this.strategyId = strategyId;
  }

  /** {@return the strategy that does not fit} */
  public String strategyId() {
    return strategyId;
  }
}
