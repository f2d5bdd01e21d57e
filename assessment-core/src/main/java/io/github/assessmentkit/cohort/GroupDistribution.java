package io.github.assessmentkit.cohort;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.text.Text;
import java.util.List;
import java.util.Optional;

/**
 * The results of a group of organisations: the whole cohort, one province or one type.
 *
 * @param scope the group, for example "overall" or "farmer group"
 * @param organisations how many organisations are in it
 * @param levels the outcomes of each of the rubric's ladders, in the rubric's order
 * @param awards the outcomes of each of the rubric's award schemes, in the rubric's order
 * @param criteria the spread of the percent of the total, of each category (top-level criterion)
 *     and of each item (a category's sub-criterion), in the order of the scorecard's tree (the
 *     total first); deeper criteria are not spread; a criterion that applies to none of the group
 *     is left out
 */
public record GroupDistribution(
    Text scope,
    int organisations,
    List<DecisionCounts> levels,
    List<DecisionCounts> awards,
    List<Spread> criteria) {
  /**
   * Creates the value, checking its components.
   *
   * @param scope the group
   * @param organisations how many organisations
   * @param levels the ladders' outcomes
   * @param awards the schemes' outcomes
   * @param criteria the spreads
   * @throws io.github.assessmentkit.MissingValueException if a component is null
   */
  public GroupDistribution {
    Checks.notNull(scope, "scope");
    levels = Checks.copy(levels, "levels");
    awards = Checks.copy(awards, "awards");
    criteria = Checks.copy(criteria, "criteria");
  }

  /**
   * Finds a criterion's spread.
   *
   * @param criterionId the criterion, or the rubric's id for the total
   * @return the spread, or empty when the criterion applies to none of the group
   */
  public Optional<Spread> spread(String criterionId) {
    return criteria.stream().filter(s -> s.criterionId().equals(criterionId)).findFirst();
  }

  /**
   * Finds a ladder's or scheme's counts.
   *
   * @param decisionId the ladder or scheme
   * @return the counts, or empty
   */
  public Optional<DecisionCounts> counts(String decisionId) {
    return java.util.stream.Stream.concat(levels.stream(), awards.stream())
        .filter(d -> d.decisionId().equals(decisionId))
        .findFirst();
  }
}
