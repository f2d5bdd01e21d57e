package io.github.assessmentkit.actionplan;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.time.FiscalQuarter;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One action of a plan: the node it means to raise, the target there, who owns it, the fiscal
 * quarter it is due in, optionally a measure to move with its target value, a note, and where the
 * node stood when the plan was written.
 *
 * <pre>{@code
 * Action a = Action.of("A1", "7.1a", ActionTarget.band(4), "manager",
 *         new FiscalQuarter(FiscalYear.ofBuddhistEra(2565), 3))
 *     .withMeasure("savings-growth", new BigDecimal("6"))
 *     .withNote("monthly savings drive in every branch");
 * }</pre>
 *
 * @param id the action's id, unique in its plan
 * @param nodeId the criterion the action means to raise
 * @param target what it aims for there
 * @param owner who is responsible
 * @param due the fiscal quarter it is due in
 * @param measure a measure to move and its target value, or {@code null}
 * @param note a note, or {@code null}
 * @param baseline where the node stood when the plan was written, or {@code null} when unknown
 */
public record Action(
    String id,
    String nodeId,
    ActionTarget target,
    String owner,
    FiscalQuarter due,
    @Nullable MeasureGoal measure,
    @Nullable String note,
    @Nullable Baseline baseline) {
  /**
   * Creates the value, checking its components.
   *
   * @param id the action's id, unique in its plan
   * @param nodeId the criterion the action means to raise
   * @param target what it aims for there
   * @param owner who is responsible
   * @param due the fiscal quarter it is due in
   * @param measure a measure to move and its target value, or {@code null}
   * @param note a note, or {@code null}
   * @param baseline where the node stood when the plan was written, or {@code null} when unknown
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a text is blank
   */
  public Action {
    Checks.notBlank(id, "id");
    Checks.notBlank(nodeId, "nodeId");
    Checks.notNull(target, "target");
    Checks.notBlank(owner, "owner");
    Checks.notNull(due, "due");
    if (note != null) {
      Checks.notBlank(note, "note");
    }
  }

  /**
   * Starts an action without a measure, a note or a baseline; a plan's builder fills the baseline
   * in from the scorecard the plan is written from.
   *
   * @param id the action's id
   * @param nodeId the criterion
   * @param target what it aims for
   * @param owner who is responsible
   * @param due the fiscal quarter it is due in
   * @return the action
   */
  public static Action of(
      String id, String nodeId, ActionTarget target, String owner, FiscalQuarter due) {
    return new Action(id, nodeId, target, owner, due, null, null, null);
  }

  /**
   * Returns this action with a measure to move.
   *
   * @param measureId the measure's id
   * @param value the value aimed for
   * @return the changed action
   */
  public Action withMeasure(String measureId, BigDecimal value) {
    return new Action(
        id, nodeId, target, owner, due, new MeasureGoal(measureId, value), note, baseline);
  }

  /**
   * Returns this action with a note.
   *
   * @param text the note, or {@code null} for none
   * @return the changed action
   */
  public Action withNote(@Nullable String text) {
    return new Action(id, nodeId, target, owner, due, measure, text, baseline);
  }

  /**
   * Returns this action with where its node stood.
   *
   * @param from the baseline, or {@code null} for unknown
   * @return the changed action
   */
  public Action withBaseline(@Nullable Baseline from) {
    return new Action(id, nodeId, target, owner, due, measure, note, from);
  }
}
