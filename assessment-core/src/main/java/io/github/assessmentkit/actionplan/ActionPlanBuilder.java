package io.github.assessmentkit.actionplan;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.actionplan.internal.Standings;
import io.github.assessmentkit.analysis.Finding;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.internal.ActionPlanMessages;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.planning.Plan;
import io.github.assessmentkit.planning.Step;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.NodeScore;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.time.FiscalQuarter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Builds an {@link ActionPlan} written after one assessment: each action added without a baseline
 * gets one from the assessment's scorecard, and each target is checked against its node's scale.
 * Not thread-safe: meant for one thread; {@link #build()} copies into an immutable plan.
 */
public final class ActionPlanBuilder {
  private final String id;
  private final Rubric rubric;
  private final Assessment from;
  private final Scorecard scorecard;
  private final List<Action> actions = new ArrayList<>();

  ActionPlanBuilder(String id, Rubric rubric, Assessment from, Scorecard scorecard) {
    this.id = Checks.notBlank(id, "id");
    this.rubric = Checks.notNull(rubric, "rubric");
    this.from = Checks.notNull(from, "from");
    this.scorecard = Checks.notNull(scorecard, "scorecard");
  }

  /**
   * Adds an action; without a baseline it gets where its node stands on the scorecard (none when
   * the node is not applicable or unrated there).
   *
   * @param action the action
   * @return this builder
   * @throws io.github.assessmentkit.InvalidValueException if the node is not in the scorecard or
   *     the target does not fit its scale
   */
  public ActionPlanBuilder add(Action action) {
    Checks.notNull(action, "action");
    NodeScore node = node(action.nodeId());
    Standings.target(action.target(), rubric, node);
    if (action.baseline() == null) {
      Optional<Standings.Standing> now = Standings.of(action.target(), rubric, node);
      if (now.isPresent()) {
        action =
            action.withBaseline(new Baseline(now.get().value(), node.percent(), node.earned()));
      }
    }
    actions.add(action);
    return this;
  }

  /**
   * Turns an opportunity for improvement into an action at its criterion, noting the assessors' own
   * OFIs.
   *
   * @param actionId the action's id
   * @param opportunity the opportunity, from {@link io.github.assessmentkit.analysis.GapAnalysis}
   * @param target what the action aims for
   * @param owner who is responsible
   * @param due the fiscal quarter it is due in
   * @return this builder
   */
  public ActionPlanBuilder opportunity(
      String actionId, Finding opportunity, ActionTarget target, String owner, FiscalQuarter due) {
    Checks.notNull(opportunity, "opportunity");
    String note = String.join("; ", opportunity.notes());
    return add(
        Action.of(actionId, opportunity.criterionId(), target, owner, due)
            .withNote(note.isBlank() ? null : note));
  }

  /**
   * Turns a what-if plan into actions: one per leaf criterion whose indicators the plan steps up,
   * in the order of their first step, with the id {@code what-if-} and the criterion's id, and the
   * target the criterion's percent after the plan.
   *
   * @param plan the what-if plan, made from this builder's assessment
   * @param owner who is responsible for each action
   * @param due the fiscal quarter each is due in
   * @return this builder
   */
  public ActionPlanBuilder whatIf(Plan plan, String owner, FiscalQuarter due) {
    Checks.notNull(plan, "plan");
    Set<String> nodes = new LinkedHashSet<>();
    for (Step step : plan.steps()) {
      nodes.add(leafOf(step.indicatorId()));
    }
    for (String nodeId : nodes) {
      NodeScore after =
          plan.after()
              .node(nodeId)
              .orElseThrow(
                  () -> new InvalidValueException(ActionPlanMessages.noSuchNode(id, nodeId)));
      StringBuilder note = new StringBuilder();
      for (Step step : plan.steps()) {
        if (leafOf(step.indicatorId()).equals(nodeId)) {
          note.append(note.length() == 0 ? "" : "; ").append(step.shortForm());
        }
      }
      add(
          Action.of("what-if-" + nodeId, nodeId, ActionTarget.percent(after.percent()), owner, due)
              .withNote(note.toString()));
    }
    return this;
  }

  /**
   * Builds the plan.
   *
   * @return the plan
   * @throws io.github.assessmentkit.InvalidValueException if two actions share an id
   */
  public ActionPlan build() {
    return new ActionPlan(
        id, from.subject().id(), from.rubric(), from.period(), from.id(), actions);
  }

  private NodeScore node(String nodeId) {
    return scorecard
        .node(nodeId)
        .orElseThrow(() -> new InvalidValueException(ActionPlanMessages.noSuchNode(id, nodeId)));
  }

  private String leafOf(String indicatorId) {
    for (Criterion c : rubric.allCriteria()) {
      if (c.indicators().stream().anyMatch(i -> i.id().equals(indicatorId))) {
        return c.id();
      }
    }
    throw new InvalidValueException(ActionPlanMessages.noSuchNode(id, indicatorId));
  }

  @Override
  public String toString() {
    return "ActionPlanBuilder[" + id + ", " + actions.size() + " actions]";
  }
}
