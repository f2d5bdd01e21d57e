package io.github.assessmentkit.planning;

import io.github.assessmentkit.ConflictingStateException;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.StatusMessages;
import io.github.assessmentkit.planning.internal.Changes;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A plan to reach a target: the steps to take, what they cost, and the scorecard of the assessment
 * with every step taken, scored exactly. When the target cannot be reached, the plan has no steps
 * and says which conditions still fail with every rated indicator at the top of its scale.
 *
 * <pre>{@code
 * Plan plan = WhatIf.of(cqa, assessment)
 *     .plan(Target.awardTier(CqaCriteria.AWARD_SCHEME, CqaCriteria.TIER_TQC_PLUS));
 * plan.status();        // REACHED
 * plan.steps();         // [1.1: 40 → 45, 1.1: 45 → 50, 7.2: 45 → 50]
 * plan.after().total(); // the total with them taken
 * plan.cheapest();      // true: no cheaper plan reaches the target
 * }</pre>
 *
 * @param target what the plan aims for, in words
 * @param status whether the target was already reached, is reached by the steps, or cannot be
 * @param steps the steps, in rubric order and, for one indicator, from its value up; empty when the
 *     target was already reached or cannot be
 * @param cost the sum of the steps' costs
 * @param before the scorecard now
 * @param after the scorecard with every step taken (the same as {@code before} when there is no
 *     step)
 * @param changes the levels and awards decided differently after the steps
 * @param failingBefore the conditions of the target that fail now, each with its numbers; empty
 *     when it is already reached
 * @param blockers when the target cannot be reached, the conditions that still fail with every
 *     rated indicator at the top of its scale; otherwise empty
 * @param cheapest whether no plan of lower cost reaches the target (proven by the search, or
 *     trivially when no step is needed)
 * @param searchNote how far the search went: proven cheapest, stopped at its limit, or not
 *     additive; {@code null} when no search was needed
 * @param explanation the plan in one line
 */
public record Plan(
    Text target,
    Status status,
    List<Step> steps,
    BigDecimal cost,
    Scorecard before,
    Scorecard after,
    List<OutcomeChange> changes,
    List<Text> failingBefore,
    List<Text> blockers,
    boolean cheapest,
    @Nullable Text searchNote,
    Text explanation) {

  /** Whether a target is reached. */
  public enum Status {
    /** The scorecard already reaches the target; no step is needed. */
    ALREADY_REACHED,
    /** The steps reach the target, as scoring the changed assessment shows. */
    REACHED,
    /** No combination of steps reaches the target. */
    UNREACHABLE
  }

  /**
   * Creates the value, checking its components.
   *
   * @param target what the plan aims for, in words
   * @param status whether the target is reached
   * @param steps the steps
   * @param cost the sum of the steps' costs
   * @param before the scorecard now
   * @param after the scorecard with every step taken
   * @param changes the levels and awards decided differently after the steps
   * @param failingBefore the conditions of the target that fail now
   * @param blockers the conditions that fail even at the top of every scale
   * @param cheapest whether no plan of lower cost reaches the target
   * @param searchNote how far the search went, or {@code null}
   * @param explanation the plan in one line
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if the cost is negative
   */
  public Plan {
    Checks.notNull(target, "target");
    Checks.notNull(status, "status");
    steps = Checks.copy(steps, "steps");
    Checks.nonNegative(cost, "cost");
    Checks.notNull(before, "before");
    Checks.notNull(after, "after");
    changes = Checks.copy(changes, "changes");
    failingBefore = Checks.copy(failingBefore, "failingBefore");
    blockers = Checks.copy(blockers, "blockers");
    Checks.notNull(explanation, "explanation");
  }

  /** {@return whether the target is reached, now or by the steps} */
  public boolean reached() {
    return status != Status.UNREACHABLE;
  }

  /** {@return what the steps add to the total as shown: after minus before} */
  public BigDecimal gain() {
    return after.total().subtract(before.total());
  }

  /**
   * Takes the plan's steps on an assessment: each stepped indicator's rating gets the value of its
   * last step, keeping its rationale, evidence, findings, assessor and dimension ratings.
   *
   * @param assessment the assessment the plan was made for
   * @return the changed assessment; the same assessment when the plan has no step
   * @throws NullPointerException if the assessment is null
   * @throws ConflictingStateException if the plan has steps and the assessment is final: it cannot
   *     be changed; apply the plan to the assessment that supersedes it ({@link
   *     Assessment#supersede(String)})
   */
  public Assessment applyTo(Assessment assessment) {
    Checks.notNull(assessment, "assessment");
    if (!steps.isEmpty() && assessment.status().isFinal()) {
      throw new ConflictingStateException(StatusMessages.finalCannotChange(assessment.id()));
    }
    Map<String, RatingValue> last = new LinkedHashMap<>();
    for (Step s : steps) {
      last.put(s.indicatorId(), s.to());
    }
    return last.isEmpty() ? assessment : Changes.rerated(assessment, last);
  }
}
