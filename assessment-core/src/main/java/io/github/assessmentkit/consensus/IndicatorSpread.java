package io.github.assessmentkit.consensus;

import io.github.assessmentkit.assessment.RatingState;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.scale.RatingValue;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How the assessors of a {@link Panel} rated one indicator: each one's value, how far apart they
 * are, whether that is more than the panel tolerates, and the consensus proposed.
 *
 * @param indicatorId the indicator
 * @param values one per assessor, ordered by assessor id
 * @param lowest the rated value earning least, or {@code null} when no assessor rated a value
 * @param highest the rated value earning most, or {@code null} when no assessor rated a value
 * @param spread the distance from {@code lowest} to {@code highest} in steps of the scale (bands on
 *     a band scale, levels, points, grid steps, thresholds), 0 when they agree; {@code null} when
 *     no assessor rated a value
 * @param tolerance the largest spread that is not flagged
 * @param applicabilitySplit whether some assessors rated a value and others found the indicator not
 *     applicable
 * @param flagged whether the spread is more than the tolerance, or applicability is split: what the
 *     panel must talk about
 * @param proposal the consensus proposed by the panel's rule: a rated value when any assessor rated
 *     one; not applicable when none did and at least one found it not applicable; {@code null} when
 *     nobody rated it or every assessor left it unknown
 */
public record IndicatorSpread(
    String indicatorId,
    List<AssessorValue> values,
    @Nullable RatingValue lowest,
    @Nullable RatingValue highest,
    @Nullable BigDecimal spread,
    BigDecimal tolerance,
    boolean applicabilitySplit,
    boolean flagged,
    @Nullable RatingState proposal) {
  /**
   * Creates the value, checking its components.
   *
   * @param indicatorId the indicator
   * @param values one per assessor
   * @param lowest the lowest rated value, or {@code null}
   * @param highest the highest rated value, or {@code null}
   * @param spread the spread in steps, or {@code null}
   * @param tolerance the tolerance in steps, not negative
   * @param applicabilitySplit whether applicability is split
   * @param flagged whether the panel must talk about it
   * @param proposal the proposal, or {@code null}
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if the id is blank or the tolerance negative
   */
  public IndicatorSpread {
    Checks.notBlank(indicatorId, "indicatorId");
    values = Checks.copy(values, "values");
    Checks.nonNegative(tolerance, "tolerance");
  }

  /** {@return the values the assessors rated on the scale, ordered by assessor id} */
  public List<RatingValue> rated() {
    return values.stream().flatMap(v -> States.value(v.state()).stream()).toList();
  }
}
