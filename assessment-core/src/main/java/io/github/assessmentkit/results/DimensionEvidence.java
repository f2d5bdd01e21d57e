package io.github.assessmentkit.results;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.results.internal.ResultsMessages;
import io.github.assessmentkit.text.Text;
import org.jspecify.annotations.Nullable;

/**
 * What one LeTCI dimension shows over an indicator's measures, by {@link LetciReading}: how many of
 * the measures are good and strong in it, the band that supports, the evidence measure by measure
 * and what the next band needs.
 *
 * @param dimension the dimension
 * @param band the highest band the dimension supports, from 1
 * @param good how many measures are good in it
 * @param strong how many are strong in it (a strong measure is also good)
 * @param measures how many measures were read
 * @param evidence the counts and each measure's numbers, in Thai and English
 * @param toNext what the next band needs in this dimension, or {@code null} at the top band
 */
public record DimensionEvidence(
    LetciDimension dimension,
    int band,
    int good,
    int strong,
    int measures,
    Text evidence,
    @Nullable Text toNext) {
  /**
   * Creates the value, checking its components.
   *
   * @param dimension the dimension
   * @param band the highest band the dimension supports, from 1
   * @param good how many measures are good in it
   * @param strong how many are strong in it
   * @param measures how many measures were read
   * @param evidence the counts and each measure's numbers
   * @param toNext what the next band needs, or {@code null} at the top band
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if the counts do not fit ({@code 0 ≤ strong ≤ good ≤
   *     measures}, {@code measures ≥ 1}, {@code band ≥ 1})
   */
  public DimensionEvidence {
    Checks.notNull(dimension, "dimension");
    Checks.notNull(evidence, "evidence");
    if (band < 1 || measures < 1 || strong < 0 || strong > good || good > measures) {
      throw new InvalidValueException(
          ResultsMessages.countsDoNotFit(dimension.code(), band, good, strong, measures));
    }
  }
}
