package io.github.assessmentkit.analysis;

import io.github.assessmentkit.internal.Checks;
import java.util.List;

/**
 * Strengths, strongest first, and opportunities for improvement, most points at stake first.
 *
 * @param strengths leaf criteria at or above the strength threshold
 * @param opportunities every rated leaf criterion below full marks, ranked by points at stake
 */
public record GapReport(List<Finding> strengths, List<Finding> opportunities) {
  /**
   * Creates the value, checking its components.
   *
   * @param strengths leaf criteria at or above the strength threshold
   * @param opportunities every rated leaf criterion below full marks, ranked by points at stake
   * @throws NullPointerException if a required component is null
   */
  public GapReport {
    strengths = Checks.copy(strengths, "strengths");
    opportunities = Checks.copy(opportunities, "opportunities");
  }

  /**
   * The strongest few.
   *
   * @param n how many at most
   * @return the first {@code n} strengths
   */
  public List<Finding> topStrengths(int n) {
    return strengths.subList(0, Math.min(n, strengths.size()));
  }

  /**
   * The few with most points at stake.
   *
   * @param n how many at most
   * @return the first {@code n} opportunities
   */
  public List<Finding> topOpportunities(int n) {
    return opportunities.subList(0, Math.min(n, opportunities.size()));
  }
}
