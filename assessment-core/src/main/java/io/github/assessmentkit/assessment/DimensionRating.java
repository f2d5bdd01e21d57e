package io.github.assessmentkit.assessment;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.internal.AssessmentMessages;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The rating of one dimension of a band-scale item, such as Approach or Deployment (ADLI) or Levels
 * or Trends (LeTCI), with its reason in Thai and English. A {@link Rating} of a band-scale
 * indicator may carry one per dimension of the scale beside the item's own percentage.
 *
 * <pre>{@code
 * Rating item = Rating.of("1.1", 70)
 *     .withDimensions(
 *         DimensionRating.of("A", 70),
 *         DimensionRating.of("D", 45, Text.of("ใช้เพียงสองฝ่าย", "Used by two units only")),
 *         DimensionRating.of("L", 60),
 *         DimensionRating.of("I", 65));
 * }</pre>
 *
 * <p>Whether the code names a dimension of the indicator's scale and the percentage is one of its
 * steps is checked against the rubric by validation (rule {@code rating.dimension-valid}). A rubric
 * may cap the item by its weakest dimension and require every dimension to be rated; see {@code
 * Rubric.capsByWeakestDimension()} and {@code Rubric.requiresEveryDimension()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param dimension the code of one of the band scale's dimensions, for example {@code "A"} or
 *     {@code "Le"}
 * @param value a percentage from 0 to 100, as for the item itself
 * @param rationale why, in Thai and English, or {@code null}
 */
public record DimensionRating(String dimension, RatingValue value, @Nullable Text rationale) {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Creates the value, checking its components.
   *
   * @param dimension the code of one of the band scale's dimensions
   * @param value a percentage from 0 to 100
   * @param rationale why, or {@code null}
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if the code is blank, or the value is a choice or a number
   *     outside 0 to 100
   */
  public DimensionRating {
    Checks.notBlank(dimension, "dimension");
    Checks.notNull(value, "value");
    Optional<BigDecimal> number = value.asNumber();
    if (number.isEmpty() || number.get().signum() < 0 || number.get().compareTo(HUNDRED) > 0) {
      throw new InvalidValueException(
          AssessmentMessages.dimensionNotAPercentage(dimension, value.toString()));
    }
  }

  /**
   * A dimension rated without a rationale.
   *
   * @param dimension the dimension's code
   * @param percent the percentage, 0 to 100
   * @return the rating
   * @throws IllegalArgumentException if the code is blank or the percentage out of range
   */
  public static DimensionRating of(String dimension, long percent) {
    return new DimensionRating(dimension, RatingValue.of(percent), null);
  }

  /**
   * A dimension rated with its rationale.
   *
   * @param dimension the dimension's code
   * @param percent the percentage, 0 to 100
   * @param rationale why, in Thai and English
   * @return the rating
   * @throws NullPointerException if the rationale is null
   * @throws IllegalArgumentException if the code is blank or the percentage out of range
   */
  public static DimensionRating of(String dimension, long percent, Text rationale) {
    return new DimensionRating(
        dimension, RatingValue.of(percent), Checks.notNull(rationale, "rationale"));
  }

  /** {@return the percentage given} */
  public BigDecimal percent() {
    return value.asNumber().orElseThrow();
  }
}
