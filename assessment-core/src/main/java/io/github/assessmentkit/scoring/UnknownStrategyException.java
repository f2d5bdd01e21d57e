package io.github.assessmentkit.scoring;

import io.github.assessmentkit.AssessmentException;
import io.github.assessmentkit.internal.Messages;
import java.util.Collection;

/** Thrown when a strategy id is not registered; the message lists the known ids. */
public class UnknownStrategyException extends AssessmentException {
  private static final long serialVersionUID = 1L;

  /** The unknown id. */
  private final String strategyId;

  /**
   * Creates the exception.
   *
   * @param strategyId the unknown id
   * @param known the registered ids
   */
  public UnknownStrategyException(String strategyId, Collection<String> known) {
    super(Messages.unknownStrategy(strategyId, known));
    this.strategyId = strategyId;
  }

  /** {@return the unknown id} */
  public String strategyId() {
    return strategyId;
  }
}
