package io.github.assessmentkit.cohort;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.CohortMessages;
import java.math.BigDecimal;

/**
 * What a learning exchange on one criterion asks: who leads, who learns, and how many learners a
 * leader takes. A band is given by its lowest percent (band 4 of the CQA scale is 50).
 *
 * <pre>{@code
 * ExchangeRule leadership = ExchangeRule.of("1", 70, 50, 2); // leaders ≥ 70 %, learners < 50 %
 * }</pre>
 *
 * @param criterionId the criterion, for example a CQA category
 * @param leaderAtLeast the percent from which an organisation leads, 0 to 100
 * @param learnerBelow the percent below which an organisation learns, 0 to 100
 * @param capacity how many learners one leader takes, 1 or more
 */
public record ExchangeRule(
    String criterionId, BigDecimal leaderAtLeast, BigDecimal learnerBelow, int capacity) {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Creates the value, checking its components.
   *
   * @param criterionId the criterion
   * @param leaderAtLeast the leaders' percent, 0 to 100
   * @param learnerBelow the learners' percent, 0 to 100
   * @param capacity learners per leader, 1 or more
   * @throws io.github.assessmentkit.MissingValueException if a component is null
   * @throws InvalidValueException if a percent is outside 0 to 100 or the capacity is below 1
   */
  public ExchangeRule {
    Checks.notBlank(criterionId, "criterionId");
    Checks.nonNegative(leaderAtLeast, "leaderAtLeast");
    Checks.nonNegative(learnerBelow, "learnerBelow");
    if (leaderAtLeast.compareTo(HUNDRED) > 0) {
      throw new InvalidValueException(
          CohortMessages.percentOutOfRange("leaderAtLeast", leaderAtLeast));
    }
    if (learnerBelow.compareTo(HUNDRED) > 0) {
      throw new InvalidValueException(
          CohortMessages.percentOutOfRange("learnerBelow", learnerBelow));
    }
    Checks.positive(capacity, "capacity");
  }

  /**
   * Gives a rule with whole percents.
   *
   * @param criterionId the criterion
   * @param leaderAtLeast the leaders' percent
   * @param learnerBelow the learners' percent
   * @param capacity learners per leader
   * @return the rule
   */
  public static ExchangeRule of(
      String criterionId, long leaderAtLeast, long learnerBelow, int capacity) {
    return new ExchangeRule(
        criterionId, BigDecimal.valueOf(leaderAtLeast), BigDecimal.valueOf(learnerBelow), capacity);
  }
}
