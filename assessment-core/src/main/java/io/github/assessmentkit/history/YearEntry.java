package io.github.assessmentkit.history;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.spi.Coverage;
import io.github.assessmentkit.time.FiscalYear;
import java.util.List;
import java.util.Optional;

/**
 * One fiscal year of a {@link History}: the scorecard it was read from, its coverage, its rungs and
 * tiers, and the plaques that held.
 *
 * @param year the fiscal year
 * @param rubric the rubric version scored against
 * @param assessmentId the assessment scored
 * @param coverage what could be judged, over the whole rubric
 * @param decisions each ladder's rung, then each award scheme's tier, in the rubric's order
 * @param plaquesHeld the ids of the watched plaques that held, in the rules' order
 */
public record YearEntry(
    FiscalYear year,
    RubricRef rubric,
    String assessmentId,
    Coverage coverage,
    List<DecisionPoint> decisions,
    List<String> plaquesHeld) {
  /**
   * Creates the value, checking its components.
   *
   * @param year the fiscal year
   * @param rubric the rubric version
   * @param assessmentId the assessment
   * @param coverage the coverage
   * @param decisions the rungs and tiers
   * @param plaquesHeld the plaques that held
   * @throws io.github.assessmentkit.MissingValueException if a component is null
   * @throws io.github.assessmentkit.InvalidValueException if the assessment id is blank
   */
  public YearEntry {
    Checks.notNull(year, "year");
    Checks.notNull(rubric, "rubric");
    Checks.notBlank(assessmentId, "assessmentId");
    Checks.notNull(coverage, "coverage");
    decisions = Checks.copy(decisions, "decisions");
    plaquesHeld = Checks.copy(plaquesHeld, "plaquesHeld");
  }

  /**
   * Finds a ladder's rung or a scheme's tier.
   *
   * @param decisionId the ladder or scheme
   * @return the decision, or empty
   */
  public Optional<DecisionPoint> decision(String decisionId) {
    return decisions.stream().filter(d -> d.decisionId().equals(decisionId)).findFirst();
  }

  /**
   * Tells whether a watched plaque held.
   *
   * @param plaqueId the plaque
   * @return true when it held this year
   */
  public boolean holds(String plaqueId) {
    return plaquesHeld.contains(plaqueId);
  }
}
