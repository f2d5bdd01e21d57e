package io.github.assessmentkit.spi;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.internal.Decimals;
import io.github.assessmentkit.internal.ScoringMessages;
import java.math.BigDecimal;

/**
 * How much of a node could be judged: of the ratable indicators (all but those not applicable and
 * excluded), how many are rated, and how many are fully met.
 *
 * @param ratable indicators that should be rated
 * @param rated indicators that are rated (a value, or not applicable counted as met)
 * @param met rated indicators that earn their full points
 */
public record Coverage(int ratable, int rated, int met) {
  /** Nothing to rate. */
  public static final Coverage NONE = new Coverage(0, 0, 0);

  /**
   * Creates the value, checking its components.
   *
   * @param ratable indicators that should be rated
   * @param rated indicators that are rated (a value, or not applicable counted as met)
   * @param met rated indicators that earn their full points
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public Coverage {
    if (met < 0 || met > rated || rated > ratable) {
      throw new InvalidValueException(ScoringMessages.coverageCounts(met, rated, ratable));
    }
  }

  /**
   * Adds two coverages.
   *
   * @param other the other
   * @return the sum
   */
  public Coverage plus(Coverage other) {
    return new Coverage(ratable + other.ratable, rated + other.rated, met + other.met);
  }

  /** {@return rated as a percent of ratable, two decimal places; 100 when nothing is ratable} */
  public BigDecimal percent() {
    if (ratable == 0) {
      return BigDecimal.valueOf(100).setScale(Decimals.PERCENT_SCALE);
    }
    return Decimals.percent(BigDecimal.valueOf(rated), BigDecimal.valueOf(ratable));
  }

  /** {@return whether every ratable indicator is rated} */
  public boolean isComplete() {
    return rated == ratable;
  }
}
