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

  /** Shared values for small counts, made when first asked for. */
  private static final Coverage[] SMALL = new Coverage[16 * 16 * 16];

  /**
   * Gives the coverage of these counts, sharing one instance for counts below 16.
   *
   * @param ratable indicators that should be rated
   * @param rated indicators that are rated
   * @param met rated indicators that earn their full points
   * @return the coverage
   * @throws IllegalArgumentException if the counts are out of range
   */
  public static Coverage of(int ratable, int rated, int met) {
    if (ratable < 0 || ratable >= 16 || rated < 0 || met < 0 || rated > ratable || met > rated) {
      return new Coverage(ratable, rated, met);
    }
    int at = (ratable * 16 + rated) * 16 + met;
    Coverage known = SMALL[at];
    if (known == null) {
      // a race makes two equal instances at worst; a record of ints is safe to share
      known = new Coverage(ratable, rated, met);
      SMALL[at] = known;
    }
    return known;
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
