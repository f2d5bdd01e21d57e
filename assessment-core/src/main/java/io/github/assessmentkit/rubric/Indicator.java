package io.github.assessmentkit.rubric;

import io.github.assessmentkit.Extensions;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.scale.Scale;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;

/**
 * What an assessor rates: a question on a {@link Scale}. A criterion with several indicators shares
 * its points among them (and its children, if it has any) by weight; an indicator of weight 0 is
 * assessed and reported but not counted.
 *
 * <pre>{@code
 * Indicator meeting = Indicator.of("G1.1", Text.of("...", "General meeting held on time"),
 *     YesPartialNoScale.STANDARD).withWeight(2).requiringEvidence();
 * }</pre>
 *
 * @param id the id ratings refer to, unique among the rubric's indicators (a criterion may share
 *     it)
 * @param text the question
 * @param scale how it is rated
 * @param weight its share of the criterion's points relative to its siblings, zero or more (0:
 *     assessed and reported, not counted)
 * @param evidenceRequired whether a rating above the bottom of the scale must cite evidence; the
 *     lowest band is exempt as a whole, so declare {@link RatingRules#evidenceAbove} for evidence
 *     above a given percent
 * @param extensions fields from a newer format, kept as they came
 * @param notApplicableAllowed whether a rating may mark it not applicable; when false, validation
 *     reports such a rating as an error (rule {@code rating.not-applicable-allowed}), as for an
 *     indicator a gate reads, whose points must not move to the others
 */
public record Indicator(
    String id,
    Text text,
    Scale scale,
    BigDecimal weight,
    boolean evidenceRequired,
    Extensions extensions,
    boolean notApplicableAllowed) {
  /**
   * Creates the value, checking its components.
   *
   * @param id the id ratings refer to, unique among the rubric's indicators (a criterion may share
   *     it)
   * @param text the question
   * @param scale how it is rated
   * @param weight its share of the criterion's points relative to its siblings, zero or more (0:
   *     assessed and reported, not counted)
   * @param evidenceRequired whether a rating above the bottom of the scale must cite evidence
   * @param extensions fields from a newer format, kept as they came
   * @param notApplicableAllowed whether a rating may mark it not applicable
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public Indicator {
    Checks.notBlank(id, "id");
    Checks.notNull(text, "text");
    Checks.notNull(scale, "scale");
    Checks.nonNegative(weight, "weight");
    Checks.notNull(extensions, "extensions");
  }

  /**
   * Creates an indicator that may be rated not applicable.
   *
   * @param id the id ratings refer to, unique among the rubric's indicators
   * @param text the question
   * @param scale how it is rated
   * @param weight its share of the criterion's points relative to its siblings, zero or more
   * @param evidenceRequired whether a rating above the bottom of the scale must cite evidence
   * @param extensions fields from a newer format, kept as they came
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public Indicator(
      String id,
      Text text,
      Scale scale,
      BigDecimal weight,
      boolean evidenceRequired,
      Extensions extensions) {
    this(id, text, scale, weight, evidenceRequired, extensions, true);
  }

  /**
   * Creates an indicator of weight 1 that does not demand evidence.
   *
   * @param id the id
   * @param text the question
   * @param scale the scale
   * @return the indicator
   */
  public static Indicator of(String id, Text text, Scale scale) {
    return new Indicator(id, text, scale, BigDecimal.ONE, false, Extensions.NONE);
  }

  /**
   * Returns a copy with another weight.
   *
   * @param newWeight the weight, zero or more
   * @return the copy
   */
  public Indicator withWeight(long newWeight) {
    return withWeight(BigDecimal.valueOf(newWeight));
  }

  /**
   * Returns a copy with another weight.
   *
   * @param newWeight the weight, zero or more
   * @return the copy
   */
  public Indicator withWeight(BigDecimal newWeight) {
    return new Indicator(
        id, text, scale, newWeight, evidenceRequired, extensions, notApplicableAllowed);
  }

  /** {@return a copy whose ratings above the bottom of the scale must cite evidence} */
  public Indicator requiringEvidence() {
    return new Indicator(id, text, scale, weight, true, extensions, notApplicableAllowed);
  }

  /**
   * Returns a copy that may or may not be rated not applicable. An indicator a gate reads is
   * usually not: marked not applicable, its points would move to the others and the gate would read
   * nothing.
   *
   * <pre>{@code
   * Indicator deficiency = Indicator.of("S3.1", question, YesPartialNoScale.STANDARD).withNotApplicableAllowed(false);
   * }</pre>
   *
   * @param allowed whether a rating may mark it not applicable
   * @return the copy
   */
  public Indicator withNotApplicableAllowed(boolean allowed) {
    return new Indicator(id, text, scale, weight, evidenceRequired, extensions, allowed);
  }
}
