package io.github.assessmentkit.rubric;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.RubricMessages;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.List;

/**
 * A rule an award tier requires: a metric against a bound, a rung reached on a ladder, a minimum
 * coverage, all / any of other conditions, or another condition under a name. Immutable and
 * thread-safe.
 *
 * <p>A closed family: code that treats each kind of condition differently goes through {@link
 * #accept(Visitor)}, so that a new kind fails to compile until every such place handles it.
 *
 * <pre>{@code
 * Condition customerTheme = Condition.named(
 *     Text.of("ด้านลูกค้า", "Customer theme"),
 *     Condition.allOf(
 *         Condition.atLeast(Metric.percent("3"), 50),
 *         Condition.atLeast(Metric.percent("7.2"), 50)));
 * Condition tqcPlus = Condition.allOf(
 *     Condition.above(Metric.totalPoints(), 450),
 *     Condition.atLeast(Metric.percent("1"), 50),
 *     Condition.anyOf(customerTheme, peopleTheme, operationTheme, innovationTheme));
 * }</pre>
 */
public sealed interface Condition
    permits Condition.Compare,
        Condition.AllOf,
        Condition.AnyOf,
        Condition.RungReached,
        Condition.CoverageAtLeast,
        Condition.Named,
        Condition.RatedWith {

  /**
   * Hands this condition to the visitor's method for its kind.
   *
   * @param <R> what the visitor returns
   * @param visitor the visitor
   * @return what the visitor returned
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per kind of condition.
   *
   * @param <R> what the visitor returns
   */
  interface Visitor<R> {
    /**
     * Visits a metric compared with a bound.
     *
     * @param condition the condition
     * @return the result
     */
    R visitCompare(Compare condition);

    /**
     * Visits every condition of a list.
     *
     * @param condition the condition
     * @return the result
     */
    R visitAllOf(AllOf condition);

    /**
     * Visits any condition of a list.
     *
     * @param condition the condition
     * @return the result
     */
    R visitAnyOf(AnyOf condition);

    /**
     * Visits a rung reached on a ladder.
     *
     * @param condition the condition
     * @return the result
     */
    R visitRungReached(RungReached condition);

    /**
     * Visits a minimum coverage.
     *
     * @param condition the condition
     * @return the result
     */
    R visitCoverageAtLeast(CoverageAtLeast condition);

    /**
     * Visits a named condition.
     *
     * @param condition the condition
     * @return the result
     */
    R visitNamed(Named condition);

    /**
     * Visits an indicator rated with a code.
     *
     * @param condition the condition
     * @return the result
     */
    R visitRatedWith(RatedWith condition);
  }

  /**
   * The indicator must be rated with the code, for example {@code "yes"} on a yes/partial/no scale
   * or a level's code; an indicator rated not applicable, unknown or not at all follows {@link
   * WhenNotApplicable#FAILS}.
   *
   * @param indicatorId the indicator
   * @param code the code it must be rated with
   * @return the condition
   */
  static RatedWith ratedWith(String indicatorId, String code) {
    return new RatedWith(indicatorId, code, WhenNotApplicable.FAILS);
  }

  /**
   * The metric must be strictly above the bound.
   *
   * @param metric the metric
   * @param bound the bound
   * @return the condition
   */
  static Compare above(Metric metric, long bound) {
    return new Compare(metric, Comparison.GREATER_THAN, BigDecimal.valueOf(bound));
  }

  /**
   * The metric must reach the bound.
   *
   * @param metric the metric
   * @param bound the bound
   * @return the condition
   */
  static Compare atLeast(Metric metric, long bound) {
    return new Compare(metric, Comparison.AT_LEAST, BigDecimal.valueOf(bound));
  }

  /**
   * Every condition must hold.
   *
   * @param conditions the conditions
   * @return the condition
   */
  static Condition allOf(Condition... conditions) {
    return new AllOf(List.of(conditions));
  }

  /**
   * At least one condition must hold.
   *
   * @param conditions the conditions
   * @return the condition
   */
  static Condition anyOf(Condition... conditions) {
    return new AnyOf(List.of(conditions));
  }

  /**
   * Gives a condition a name, so that its result says which group of conditions held: the reason
   * starts with the name, as in "Customer theme: all conditions hold".
   *
   * @param name the name, for example the theme the condition stands for
   * @param condition the condition named
   * @return the condition
   */
  static Condition named(Text name, Condition condition) {
    return new Named(name, condition);
  }

  /**
   * A metric compared with a bound. When the metric does not apply (the criterion it reads was
   * excluded as not applicable), the condition is decided by {@code whenNotApplicable} instead of
   * the comparison; see {@link WhenNotApplicable}.
   *
   * <pre>{@code
   * // "no fraud found": a criterion that does not apply finds none
   * Condition noFraud =
   *     new Condition.Compare(Metric.percent("G2.3"), Comparison.AT_LEAST,
   *         BigDecimal.valueOf(100), WhenNotApplicable.HOLDS);
   * }</pre>
   *
   * @param metric what is read
   * @param comparison how it is compared
   * @param bound the bound
   * @param whenNotApplicable what the condition decides when the metric does not apply
   */
  record Compare(
      Metric metric, Comparison comparison, BigDecimal bound, WhenNotApplicable whenNotApplicable)
      implements Condition {
    /**
     * Creates the value, checking its components.
     *
     * @param metric what is read
     * @param comparison how it is compared
     * @param bound the bound
     * @param whenNotApplicable what the condition decides when the metric does not apply
     * @throws NullPointerException if a required component is null
     */
    public Compare {
      Checks.notNull(metric, "metric");
      Checks.notNull(comparison, "comparison");
      Checks.notNull(bound, "bound");
      Checks.notNull(whenNotApplicable, "whenNotApplicable");
    }

    /**
     * Creates a comparison that fails when the metric does not apply ({@link
     * WhenNotApplicable#FAILS}, the default).
     *
     * @param metric what is read
     * @param comparison how it is compared
     * @param bound the bound
     * @throws NullPointerException if a required component is null
     */
    public Compare(Metric metric, Comparison comparison, BigDecimal bound) {
      this(metric, comparison, bound, WhenNotApplicable.FAILS);
    }

    /**
     * Returns this comparison with another rule for a metric that does not apply.
     *
     * @param rule what the condition decides when the metric does not apply
     * @return the comparison
     */
    public Compare whenNotApplicable(WhenNotApplicable rule) {
      return new Compare(metric, comparison, bound, rule);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitCompare(this);
    }
  }

  /**
   * Every condition must hold.
   *
   * @param conditions at least one
   */
  record AllOf(List<Condition> conditions) implements Condition {
    /**
     * Creates the value, checking its components.
     *
     * @param conditions at least one
     * @throws NullPointerException if a required component is null
     * @throws IllegalArgumentException if a component is blank or out of range
     */
    public AllOf {
      conditions = Checks.copy(conditions, "conditions");
      if (conditions.isEmpty()) {
        throw new InvalidValueException(RubricMessages.noConditions("allOf"));
      }
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitAllOf(this);
    }
  }

  /**
   * At least one condition must hold.
   *
   * @param conditions at least one
   */
  record AnyOf(List<Condition> conditions) implements Condition {
    /**
     * Creates the value, checking its components.
     *
     * @param conditions at least one
     * @throws NullPointerException if a required component is null
     * @throws IllegalArgumentException if a component is blank or out of range
     */
    public AnyOf {
      conditions = Checks.copy(conditions, "conditions");
      if (conditions.isEmpty()) {
        throw new InvalidValueException(RubricMessages.noConditions("anyOf"));
      }
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitAnyOf(this);
    }
  }

  /**
   * A ladder of the rubric must have placed the assessment on a rung or a higher one.
   *
   * @param ladderId the ladder
   * @param rungId the lowest rung that passes
   */
  record RungReached(String ladderId, String rungId) implements Condition {
    /**
     * Creates the value, checking its components.
     *
     * @param ladderId the ladder
     * @param rungId the lowest rung that passes
     * @throws NullPointerException if a required component is null
     * @throws IllegalArgumentException if a component is blank or out of range
     */
    public RungReached {
      Checks.notBlank(ladderId, "ladderId");
      Checks.notBlank(rungId, "rungId");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitRungReached(this);
    }
  }

  /**
   * At least this percent of the ratable indicators must be rated.
   *
   * @param percent 0 to 100
   */
  record CoverageAtLeast(BigDecimal percent) implements Condition {
    /**
     * Creates the value, checking its components.
     *
     * @param percent 0 to 100
     * @throws IllegalArgumentException if a component is blank or out of range
     */
    public CoverageAtLeast {
      Checks.nonNegative(percent, "percent");
      if (percent.compareTo(BigDecimal.valueOf(100)) > 0) {
        throw new InvalidValueException(RubricMessages.coveragePercentAbove100(percent));
      }
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitCoverageAtLeast(this);
    }
  }

  /**
   * A condition under a name. It holds exactly when the condition it names holds; its result
   * carries the name and a reason that starts with it.
   *
   * @param name the name, for example the theme the condition stands for
   * @param condition the condition named
   */
  record Named(Text name, Condition condition) implements Condition {
    /**
     * Creates the value, checking its components.
     *
     * @param name the name, for example the theme the condition stands for
     * @param condition the condition named
     * @throws NullPointerException if a required component is null
     */
    public Named {
      Checks.notNull(name, "name");
      Checks.notNull(condition, "condition");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitNamed(this);
    }
  }

  /**
   * An indicator must be rated with a code: a choice such as {@code "yes"} or a level's code, or a
   * number written plainly ({@code "100"} matches a rating of 100 or 100.0). The condition reads
   * the indicator's line of the scorecard, so it needs no criterion of its own. An indicator rated
   * not applicable, unknown or not rated at all is never taken as a value: the condition is decided
   * by {@code whenNotApplicable}, and its reason says which of the three the indicator was.
   *
   * <pre>{@code
   * // no unresolved deficiency: S3.1 answered "yes"; unknown or missing fails
   * Condition clean = Condition.ratedWith("S3.1", "yes");
   * }</pre>
   *
   * @param indicatorId the indicator
   * @param code the code it must be rated with
   * @param whenNotApplicable what the condition decides when the indicator has no value
   */
  record RatedWith(String indicatorId, String code, WhenNotApplicable whenNotApplicable)
      implements Condition {
    /**
     * Creates the value, checking its components.
     *
     * @param indicatorId the indicator
     * @param code the code it must be rated with
     * @param whenNotApplicable what the condition decides when the indicator has no value
     * @throws NullPointerException if a required component is null
     * @throws IllegalArgumentException if an id or the code is blank
     */
    public RatedWith {
      Checks.notBlank(indicatorId, "indicatorId");
      Checks.notBlank(code, "code");
      Checks.notNull(whenNotApplicable, "whenNotApplicable");
    }

    /**
     * Returns this condition with another rule for an indicator that has no value.
     *
     * @param rule what the condition decides when the indicator is not applicable, unknown or not
     *     rated
     * @return the condition
     */
    public RatedWith whenNotApplicable(WhenNotApplicable rule) {
      return new RatedWith(indicatorId, code, rule);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitRatedWith(this);
    }
  }
}
