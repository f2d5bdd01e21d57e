package io.github.assessmentkit.rubric;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.RubricMessages;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What a rating of an indicator must carry once it earns more than a declared percent of the
 * indicator's points: evidence, strengths, opportunities for improvement. A rubric declares rules
 * for an indicator or for every indicator under a criterion ({@link RubricBuilder#ratingRules}),
 * and validation reports a rating that breaks one: rule {@code rating.evidence-required}, {@code
 * rating.strengths-required} or {@code rating.improvements-required}.
 *
 * <p>"Above 0" is what award engines ask of evidence: a rating at 5 % must cite it, where {@link
 * Indicator#evidenceRequired()} exempts the whole lowest band.
 *
 * <pre>{@code
 * RatingRules tqa = RatingRules.NONE.evidenceAbove(0).strengthsAbove(0).improvementsAbove(0);
 * }</pre>
 *
 * @param evidenceAbove the percent above which a rating must cite evidence, or {@code null} for no
 *     such rule
 * @param strengthsAbove the percent above which a rating must name a strength, or {@code null}
 * @param improvementsAbove the percent above which a rating must name an opportunity for
 *     improvement, or {@code null}
 */
public record RatingRules(
    @Nullable BigDecimal evidenceAbove,
    @Nullable BigDecimal strengthsAbove,
    @Nullable BigDecimal improvementsAbove) {
  /** No rule: what an indicator has unless the rubric declares some. */
  public static final RatingRules NONE = new RatingRules(null, null, null);

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Creates the value, checking its components.
   *
   * @param evidenceAbove the percent above which a rating must cite evidence, or {@code null}
   * @param strengthsAbove the percent above which a rating must name a strength, or {@code null}
   * @param improvementsAbove the percent above which a rating must name an opportunity for
   *     improvement, or {@code null}
   * @throws IllegalArgumentException if a percent is below 0 or not below 100
   */
  public RatingRules {
    percent(evidenceAbove, "evidenceAbove");
    percent(strengthsAbove, "strengthsAbove");
    percent(improvementsAbove, "improvementsAbove");
  }

  private static void percent(@Nullable BigDecimal value, String name) {
    if (value == null) {
      return;
    }
    Checks.nonNegative(value, name);
    if (value.compareTo(HUNDRED) >= 0) {
      throw new InvalidValueException(RubricMessages.ratingRuleNotBelow100(name, value));
    }
  }

  /**
   * Returns a copy that requires evidence above a percent.
   *
   * @param percent from 0 (anything above the bottom of the points) to below 100
   * @return the copy
   */
  public RatingRules evidenceAbove(long percent) {
    return new RatingRules(BigDecimal.valueOf(percent), strengthsAbove, improvementsAbove);
  }

  /**
   * Returns a copy that requires a strength above a percent.
   *
   * @param percent from 0 to below 100
   * @return the copy
   */
  public RatingRules strengthsAbove(long percent) {
    return new RatingRules(evidenceAbove, BigDecimal.valueOf(percent), improvementsAbove);
  }

  /**
   * Returns a copy that requires an opportunity for improvement above a percent.
   *
   * @param percent from 0 to below 100
   * @return the copy
   */
  public RatingRules improvementsAbove(long percent) {
    return new RatingRules(evidenceAbove, strengthsAbove, BigDecimal.valueOf(percent));
  }

  /** {@return whether no rule is declared} */
  public boolean isEmpty() {
    return evidenceAbove == null && strengthsAbove == null && improvementsAbove == null;
  }

  /**
   * Fills the rules this value leaves undeclared from another, as an indicator's own rules are
   * filled from its criteria's.
   *
   * @param outer the rules declared further out
   * @return the rules in force
   */
  public RatingRules under(RatingRules outer) {
    Checks.notNull(outer, "outer");
    return new RatingRules(
        evidenceAbove != null ? evidenceAbove : outer.evidenceAbove,
        strengthsAbove != null ? strengthsAbove : outer.strengthsAbove,
        improvementsAbove != null ? improvementsAbove : outer.improvementsAbove);
  }

  /**
   * Tells whether a rule applies to a rating that earns a fraction of the indicator's points.
   *
   * @param above the rule's percent, or {@code null} for no rule
   * @param fraction the fraction the rating earns, exactly
   * @return true when the rule is declared and the fraction is above its percent
   */
  public static boolean applies(@Nullable BigDecimal above, Ratio fraction) {
    return above != null && fraction.times(100).compareTo(Ratio.of(above)) > 0;
  }
}
