package io.github.assessmentkit.planning;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.Scorer;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds a {@link WhatIf}: the scorer, the cost of a step on each indicator, and how far the search
 * for the cheapest plan may go. Not thread-safe; {@link #build()} scores and gives an immutable
 * value.
 */
public final class WhatIfBuilder {
  /** The most nodes the branch and bound visits unless told otherwise: {@value}. */
  public static final int DEFAULT_SEARCH_LIMIT = 200_000;

  private final Rubric rubric;
  private final Assessment assessment;
  private Scorer scorer = Scorer.standard();
  private final Map<String, BigDecimal> costs = new LinkedHashMap<>();
  private int searchLimit = DEFAULT_SEARCH_LIMIT;

  WhatIfBuilder(Rubric rubric, Assessment assessment) {
    this.rubric = Checks.notNull(rubric, "rubric");
    this.assessment = Checks.notNull(assessment, "assessment");
  }

  /**
   * Sets the scorer (default {@link Scorer#standard()}); every scorecard is scored with the
   * rubric's default strategy.
   *
   * @param value the scorer
   * @return this builder
   */
  public WhatIfBuilder scorer(Scorer value) {
    this.scorer = Checks.notNull(value, "scorer");
    return this;
  }

  /**
   * Declares what one step up an indicator's scale costs (1 unless declared): effort, money or
   * time, in any unit shared by every indicator. A plan minimises the sum of its steps' costs.
   *
   * @param indicatorId the indicator
   * @param cost the cost of each of its steps, more than 0
   * @return this builder
   * @throws IllegalArgumentException if the id is blank or the cost not more than 0
   */
  public WhatIfBuilder stepCost(String indicatorId, BigDecimal cost) {
    costs.put(Checks.notBlank(indicatorId, "indicatorId"), Checks.positive(cost, "cost"));
    return this;
  }

  /**
   * Declares what one step up an indicator's scale costs.
   *
   * @param indicatorId the indicator
   * @param cost the cost of each of its steps, more than 0
   * @return this builder
   * @throws IllegalArgumentException if the id is blank or the cost not more than 0
   */
  public WhatIfBuilder stepCost(String indicatorId, long cost) {
    return stepCost(indicatorId, BigDecimal.valueOf(cost));
  }

  /**
   * Sets the most nodes the branch and bound may visit for one plan (default {@value
   * #DEFAULT_SEARCH_LIMIT}); a search that stops there returns its best plan, not claimed to be the
   * cheapest.
   *
   * @param nodes the limit, more than 0
   * @return this builder
   * @throws IllegalArgumentException if the limit is not more than 0
   */
  public WhatIfBuilder searchLimit(int nodes) {
    this.searchLimit = Checks.positive(nodes, "searchLimit");
    return this;
  }

  /**
   * Scores the assessment and every single step.
   *
   * @return the what-if
   * @throws io.github.assessmentkit.validation.InvalidAssessmentException if the assessment is not
   *     valid against the rubric
   * @throws io.github.assessmentkit.InvalidValueException if a cost names an indicator the rubric
   *     does not have
   */
  public WhatIf build() {
    return new WhatIf(rubric, assessment, scorer, Map.copyOf(costs), searchLimit);
  }
}
