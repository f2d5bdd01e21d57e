package io.github.assessmentkit.rubric;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.RubricMessages;
import io.github.assessmentkit.text.Text;
import java.util.List;

/**
 * A number read off a scorecard, that ladders and award conditions compare with thresholds.
 * Immutable and thread-safe.
 *
 * <p>A closed family: code that treats each kind of metric differently goes through {@link
 * #accept(Visitor)}, so that a new kind fails to compile until every such place handles it.
 */
public sealed interface Metric
    permits Metric.TotalPoints,
        Metric.TotalPercent,
        Metric.Points,
        Metric.Percent,
        Metric.IndicatorPercent {

  /** {@return the total points earned} */
  static Metric totalPoints() {
    return new TotalPoints();
  }

  /** {@return the total as a percent of the possible total} */
  static Metric totalPercent() {
    return new TotalPercent();
  }

  /**
   * The points earned by some criteria, added up.
   *
   * @param criterionIds the criteria
   * @return the metric
   */
  static Metric points(String... criterionIds) {
    return new Points(List.of(criterionIds));
  }

  /**
   * The percent one criterion earned of its possible points.
   *
   * @param criterionId the criterion
   * @return the metric
   */
  static Metric percent(String criterionId) {
    return new Percent(criterionId);
  }

  /**
   * The percent of its points one indicator's rating earns: its fraction × 100, read off the
   * indicator's line of the scorecard, so the indicator needs no criterion of its own. An indicator
   * rated not applicable, unknown or not at all has no percent (never 0): a condition on it follows
   * its {@link WhenNotApplicable} rule.
   *
   * @param indicatorId the indicator
   * @return the metric
   */
  static Metric indicatorPercent(String indicatorId) {
    return new IndicatorPercent(indicatorId);
  }

  /** {@return what the metric reads, in words} */
  Text describe();

  /**
   * Hands this metric to the visitor's method for its kind.
   *
   * @param <R> what the visitor returns
   * @param visitor the visitor
   * @return what the visitor returned
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per kind of metric.
   *
   * @param <R> what the visitor returns
   */
  interface Visitor<R> {
    /**
     * Visits the total points.
     *
     * @param metric the metric
     * @return the result
     */
    R visitTotalPoints(TotalPoints metric);

    /**
     * Visits the total percent.
     *
     * @param metric the metric
     * @return the result
     */
    R visitTotalPercent(TotalPercent metric);

    /**
     * Visits the points of some criteria.
     *
     * @param metric the metric
     * @return the result
     */
    R visitPoints(Points metric);

    /**
     * Visits the percent of one criterion.
     *
     * @param metric the metric
     * @return the result
     */
    R visitPercent(Percent metric);

    /**
     * Visits the percent of one indicator.
     *
     * @param metric the metric
     * @return the result
     */
    R visitIndicatorPercent(IndicatorPercent metric);
  }

  /** The total points earned. */
  record TotalPoints() implements Metric {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitTotalPoints(this);
    }

    @Override
    public Text describe() {
      return Text.of("คะแนนรวม", "total points");
    }
  }

  /** The total as a percent of the possible total. */
  record TotalPercent() implements Metric {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitTotalPercent(this);
    }

    @Override
    public Text describe() {
      return Text.of("ร้อยละของคะแนนรวม", "total percent");
    }
  }

  /**
   * The points earned by some criteria, added up.
   *
   * @param criterionIds the criteria, at least one
   */
  record Points(List<String> criterionIds) implements Metric {
    /**
     * Creates the value, checking its components.
     *
     * @param criterionIds the criteria, at least one
     * @throws NullPointerException if a required component is null
     * @throws IllegalArgumentException if a component is blank or out of range
     */
    public Points {
      criterionIds = Checks.copy(criterionIds, "criterionIds");
      if (criterionIds.isEmpty()) {
        throw new InvalidValueException(RubricMessages.pointsMetricWithoutCriteria());
      }
    }

    @Override
    public Text describe() {
      String ids = String.join(" + ", criterionIds);
      return Text.of("คะแนนของ " + ids, "points of " + ids);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitPoints(this);
    }
  }

  /**
   * The percent one criterion earned of its possible points.
   *
   * @param criterionId the criterion
   */
  record Percent(String criterionId) implements Metric {
    /**
     * Creates the value, checking its components.
     *
     * @param criterionId the criterion
     * @throws NullPointerException if a required component is null
     * @throws IllegalArgumentException if a component is blank or out of range
     */
    public Percent {
      Checks.notBlank(criterionId, "criterionId");
    }

    @Override
    public Text describe() {
      return Text.of("ร้อยละของ " + criterionId, "percent of " + criterionId);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitPercent(this);
    }
  }

  /**
   * The percent of its points one indicator's rating earns, its fraction × 100 rounded to two
   * places: 75 for a 4 on a 1–5 Likert scale (fraction 3/4), 50 for {@code partial}. Not
   * applicable, unknown and not rated give no value.
   *
   * @param indicatorId the indicator
   */
  record IndicatorPercent(String indicatorId) implements Metric {
    /**
     * Creates the value, checking its components.
     *
     * @param indicatorId the indicator
     * @throws NullPointerException if a required component is null
     * @throws IllegalArgumentException if the id is blank
     */
    public IndicatorPercent {
      Checks.notBlank(indicatorId, "indicatorId");
    }

    @Override
    public Text describe() {
      return Text.of("ร้อยละของตัวชี้วัด " + indicatorId, "percent of indicator " + indicatorId);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitIndicatorPercent(this);
    }
  }
}
