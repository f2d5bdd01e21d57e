package io.github.assessmentkit.scale;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * How an indicator is rated, and how a rating turns into a fraction of its points. A closed family:
 * band scales (Baldrige/TQA percentage bands), ordered levels (maturity), yes/partial/no, yes/no,
 * Likert, numeric measures with thresholds, and numeric scores between a minimum and a maximum.
 *
 * <p>Every scale is immutable and thread-safe.
 *
 * <p>Code that treats each kind of scale differently goes through {@link #accept(Visitor)}, so that
 * a new kind fails to compile until every such place handles it.
 */
public sealed interface Scale
    permits BandScale,
        LevelScale,
        YesPartialNoScale,
        YesNoScale,
        LikertScale,
        MeasureScale,
        NumericScale {

  /** {@return the stable name of the scale's type, as written in JSON} */
  String type();

  /**
   * Hands this scale to the visitor's method for its kind.
   *
   * @param <R> what the visitor returns
   * @param visitor the visitor
   * @return what the visitor returned
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per kind of scale.
   *
   * @param <R> what the visitor returns
   */
  interface Visitor<R> {
    /**
     * Visits a band scale.
     *
     * @param scale the scale
     * @return the result
     */
    R visitBand(BandScale scale);

    /**
     * Visits a level scale.
     *
     * @param scale the scale
     * @return the result
     */
    R visitLevel(LevelScale scale);

    /**
     * Visits a yes/partial/no scale.
     *
     * @param scale the scale
     * @return the result
     */
    R visitYesPartialNo(YesPartialNoScale scale);

    /**
     * Visits a yes/no scale.
     *
     * @param scale the scale
     * @return the result
     */
    R visitYesNo(YesNoScale scale);

    /**
     * Visits a Likert scale.
     *
     * @param scale the scale
     * @return the result
     */
    R visitLikert(LikertScale scale);

    /**
     * Visits a measure scale.
     *
     * @param scale the scale
     * @return the result
     */
    R visitMeasure(MeasureScale scale);

    /**
     * Visits a numeric scale.
     *
     * @param scale the scale
     * @return the result
     */
    R visitNumeric(NumericScale scale);
  }

  /**
   * Tells why a value is not allowed on this scale.
   *
   * @param value the value
   * @return the reason in Thai and English, or empty when the value is allowed
   */
  Optional<Text> reject(RatingValue value);

  /**
   * Turns an allowed value into the fraction of the indicator's points it earns.
   *
   * @param value an allowed value
   * @return a fraction from 0 to 1
   * @throws IllegalArgumentException if the value is not allowed
   */
  BigDecimal fraction(RatingValue value);

  /**
   * Turns an allowed value into the exact fraction of the indicator's points it earns: what scoring
   * uses. {@link #fraction} gives the same value as a decimal, cut at ten places where it does not
   * end sooner (level 1 of 0–3 is exactly {@code 1/3} here, {@code 0.3333333333} there).
   *
   * @param value an allowed value
   * @return a fraction from 0 to 1, exactly
   * @throws IllegalArgumentException if the value is not allowed
   */
  Ratio exactFraction(RatingValue value);

  /**
   * Names the band or level a value falls in.
   *
   * @param value an allowed value
   * @return the label, or empty when the scale has none
   */
  Optional<Text> label(RatingValue value);

  /**
   * Tells whether a value sits at the bottom of the scale (the lowest band or level, "no").
   *
   * @param value an allowed value
   * @return true at the bottom
   */
  boolean isLowest(RatingValue value);

  /**
   * Throws when a value is not allowed.
   *
   * @param value the value
   * @throws InvalidValueException naming the reason, in Thai and English
   */
  default void requireAllowed(RatingValue value) {
    Optional<Text> reason = reject(value);
    if (reason.isPresent()) {
      throw new InvalidValueException(reason.get());
    }
  }
}
