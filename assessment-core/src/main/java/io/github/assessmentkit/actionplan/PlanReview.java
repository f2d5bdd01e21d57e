package io.github.assessmentkit.actionplan;

import io.github.assessmentkit.internal.ActionPlanMessages;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An action plan judged at the next assessment: each action's result, in the plan's order, and a
 * summary of how many of each verdict and the points gained where the plan aimed.
 *
 * @param planId the plan's id
 * @param subjectId the organisation
 * @param assessmentId the assessment the plan was judged at
 * @param period that assessment's fiscal year
 * @param results each action's result, in the plan's order
 */
public record PlanReview(
    String planId,
    String subjectId,
    String assessmentId,
    FiscalYear period,
    List<ActionResult> results) {
  /**
   * Creates the value, checking its components.
   *
   * @param planId the plan's id
   * @param subjectId the organisation
   * @param assessmentId the assessment the plan was judged at
   * @param period that assessment's fiscal year
   * @param results each action's result, in the plan's order
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if an id is blank
   */
  public PlanReview {
    Checks.notBlank(planId, "planId");
    Checks.notBlank(subjectId, "subjectId");
    Checks.notBlank(assessmentId, "assessmentId");
    Checks.notNull(period, "period");
    results = Checks.copy(results, "results");
  }

  /**
   * Counts the actions with one verdict.
   *
   * @param verdict the verdict
   * @return how many actions got it
   */
  public int count(Verdict verdict) {
    Checks.notNull(verdict, "verdict");
    int n = 0;
    for (ActionResult r : results) {
      if (r.verdict() == verdict) {
        n++;
      }
    }
    return n;
  }

  /**
   * The points gained where the plan aimed: over the distinct nodes of its actions whose points are
   * known at both assessments, the sum of the points now less the points at the baseline. A node
   * two actions aim at counts once.
   *
   * @return the points, which may be negative
   */
  public BigDecimal pointsGained() {
    BigDecimal sum = BigDecimal.ZERO.setScale(2);
    Set<String> seen = new HashSet<>();
    for (ActionResult r : results) {
      BigDecimal gained = r.pointsGained();
      if (gained != null && seen.add(r.action().nodeId())) {
        sum = sum.add(gained);
      }
    }
    return sum;
  }

  /** {@return how many of each verdict and the points gained, in Thai and English} */
  public Text summary() {
    return ActionPlanMessages.summary(
        results.size(),
        count(Verdict.MET),
        count(Verdict.PARTLY_MET),
        count(Verdict.NOT_MET),
        count(Verdict.NOT_ASSESSED),
        pointsGained());
  }
}
