package io.github.assessmentkit.actionplan;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.actionplan.internal.Review;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.internal.ActionPlanMessages;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.time.FiscalYear;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An organisation's action plan, written after one assessment and judged at the next.
 *
 * <pre>{@code
 * GapReport gaps = GapAnalysis.analyse(rubric, assessment2564, card2564);
 * ActionPlan plan = ActionPlan.builder("plan-2564", rubric, assessment2564, card2564)
 *     .opportunity("A1", gaps.opportunities().get(0), ActionTarget.band(4), "manager",
 *         new FiscalQuarter(FiscalYear.ofBuddhistEra(2565), 3))
 *     .build();
 * PlanReview review = plan.review(rubric, assessment2565, card2565);
 * System.out.println(review.summary().get(Language.EN));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the plan's id
 * @param subjectId the organisation it is for
 * @param rubric the rubric version of the assessment it was written from
 * @param writtenAfter the fiscal year of that assessment
 * @param fromAssessment that assessment's id, or {@code null} when not recorded
 * @param actions the actions, in the plan's order, each id once
 */
public record ActionPlan(
    String id,
    String subjectId,
    RubricRef rubric,
    FiscalYear writtenAfter,
    @Nullable String fromAssessment,
    List<Action> actions) {
  /**
   * Creates the value, checking its components.
   *
   * @param id the plan's id
   * @param subjectId the organisation it is for
   * @param rubric the rubric version of the assessment it was written from
   * @param writtenAfter the fiscal year of that assessment
   * @param fromAssessment that assessment's id, or {@code null} when not recorded
   * @param actions the actions, in the plan's order, each id once
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if an id is blank or two actions share an id
   */
  public ActionPlan {
    Checks.notBlank(id, "id");
    Checks.notBlank(subjectId, "subjectId");
    Checks.notNull(rubric, "rubric");
    Checks.notNull(writtenAfter, "writtenAfter");
    if (fromAssessment != null) {
      Checks.notBlank(fromAssessment, "fromAssessment");
    }
    actions = Checks.copy(actions, "actions");
    Set<String> ids = new HashSet<>();
    for (Action a : actions) {
      if (!ids.add(a.id())) {
        throw new InvalidValueException(ActionPlanMessages.actionTwice(id, a.id()));
      }
    }
  }

  /**
   * Starts a plan written after an assessment; the actions added get their baselines from its
   * scorecard.
   *
   * @param id the plan's id
   * @param rubric the rubric the assessment was scored against
   * @param from the assessment
   * @param scorecard its scorecard
   * @return a builder
   */
  public static ActionPlanBuilder builder(
      String id, Rubric rubric, Assessment from, Scorecard scorecard) {
    return new ActionPlanBuilder(id, rubric, from, scorecard);
  }

  /**
   * Finds an action.
   *
   * @param actionId its id
   * @return the action, or empty
   */
  public Optional<Action> action(String actionId) {
    return actions.stream().filter(a -> a.id().equals(actionId)).findFirst();
  }

  /**
   * Judges every action at the next assessment, by {@link VerdictRule}.
   *
   * @param rubric the rubric the next assessment was scored against: the plan's rubric id, in the
   *     same or a later version
   * @param next the next assessment, of the same organisation, in a later fiscal year
   * @param scorecard its scorecard
   * @return the review
   * @throws io.github.assessmentkit.InvalidValueException if the assessment is of another
   *     organisation, rubric or an earlier year, or a target does not fit its node's scale
   */
  public PlanReview review(Rubric rubric, Assessment next, Scorecard scorecard) {
    Checks.notNull(rubric, "rubric");
    Checks.notNull(next, "next");
    Checks.notNull(scorecard, "scorecard");
    return Review.of(this, rubric, next, scorecard);
  }
}
