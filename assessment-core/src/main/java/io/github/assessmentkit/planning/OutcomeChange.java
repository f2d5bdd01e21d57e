package io.github.assessmentkit.planning;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.PlanningMessages;
import io.github.assessmentkit.text.Text;
import org.jspecify.annotations.Nullable;

/**
 * A level or an award decided differently after a change: the rung of a ladder or the tier of an
 * award scheme before and after.
 *
 * @param kind a level (ladder) or an award (scheme)
 * @param id the ladder's or scheme's id
 * @param title the ladder's or scheme's name
 * @param fromId the rung or tier before, or {@code null} for none (undecided, no award)
 * @param toId the rung or tier after, or {@code null} for none
 * @param from the name of the outcome before
 * @param to the name of the outcome after
 */
public record OutcomeChange(
    Kind kind,
    String id,
    Text title,
    @Nullable String fromId,
    @Nullable String toId,
    Text from,
    Text to) {

  /** What changed. */
  public enum Kind {
    /** The rung of a ladder. */
    LEVEL,
    /** The tier of an award scheme. */
    AWARD
  }

  /**
   * Creates the value, checking its components.
   *
   * @param kind a level (ladder) or an award (scheme)
   * @param id the ladder's or scheme's id
   * @param title the ladder's or scheme's name
   * @param fromId the rung or tier before, or {@code null}
   * @param toId the rung or tier after, or {@code null}
   * @param from the name of the outcome before
   * @param to the name of the outcome after
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if the id is blank
   */
  public OutcomeChange {
    Checks.notNull(kind, "kind");
    Checks.notBlank(id, "id");
    Checks.notNull(title, "title");
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
  }

  /** {@return the change in words, for example "Overall band: Band 4 … → Band 5 …"} */
  public Text describe() {
    return PlanningMessages.outcomeChanges(title, from, to);
  }
}
