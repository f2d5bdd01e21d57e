package io.github.assessmentkit.cohort;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.internal.Checks;

/**
 * How one criterion's percent spreads across a group of organisations: exact values from 0 to 100,
 * over the organisations to which the criterion applies. Round one for display with {@link
 * Ratio#round(int)}; {@link Ratio#toExactDecimal()} gives the exact decimal when it ends.
 *
 * <p>Quartiles are those of linear interpolation between order statistics (Hyndman and Fan's type
 * 7, the default of R and of spreadsheets' {@code QUARTILE.INC}): with the {@code m} values sorted
 * as {@code x[0] ≤ … ≤ x[m-1]}, the quartile {@code p} is {@code x[j] + g × (x[j+1] - x[j])} where
 * {@code j + g = (m - 1) × p}, {@code j} whole and {@code 0 ≤ g < 1}. The median is the quartile
 * 1/2, the mean the exact sum divided by {@code m}.
 *
 * @param criterionId the criterion, or the rubric's id for the total
 * @param count how many organisations it applies to, 1 or more
 * @param min the lowest percent
 * @param lowerQuartile the first quartile
 * @param median the median
 * @param upperQuartile the third quartile
 * @param max the highest percent
 * @param mean the mean percent
 */
public record Spread(
    String criterionId,
    int count,
    Ratio min,
    Ratio lowerQuartile,
    Ratio median,
    Ratio upperQuartile,
    Ratio max,
    Ratio mean) {
  /**
   * Creates the value, checking its components.
   *
   * @param criterionId the criterion
   * @param count how many organisations, 1 or more
   * @param min the lowest percent
   * @param lowerQuartile the first quartile
   * @param median the median
   * @param upperQuartile the third quartile
   * @param max the highest percent
   * @param mean the mean
   * @throws io.github.assessmentkit.MissingValueException if a component is null
   * @throws io.github.assessmentkit.InvalidValueException if the count is below 1
   */
  public Spread {
    Checks.notBlank(criterionId, "criterionId");
    Checks.positive(count, "count");
    Checks.notNull(min, "min");
    Checks.notNull(lowerQuartile, "lowerQuartile");
    Checks.notNull(median, "median");
    Checks.notNull(upperQuartile, "upperQuartile");
    Checks.notNull(max, "max");
    Checks.notNull(mean, "mean");
  }
}
