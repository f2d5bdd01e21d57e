package io.github.assessmentkit.consensus;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.assessment.RatingState;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.ConsensusMessages;
import io.github.assessmentkit.text.Text;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One decision in a {@link ConsensusTrail}: who decided what on one indicator, when, from what to
 * what, and why. An entry is never changed or removed; a later decision on the same indicator is a
 * new entry that names the one it supersedes.
 *
 * @param number the entry's place in the trail, from 1
 * @param indicatorId the indicator decided
 * @param kind whether the proposal was confirmed or overridden
 * @param by the facilitator or assessor who decided
 * @param at when
 * @param from what stood before: the earlier decision's value when this one supersedes it,
 *     otherwise the panel's proposal; {@code null} when the panel proposed nothing
 * @param to the value decided
 * @param reason why; never null for an override, optional for a confirmation
 * @param supersedes the number of the earlier decision on the same indicator it replaces, or {@code
 *     null} for the first decision on it
 */
public record TrailEntry(
    int number,
    String indicatorId,
    DecisionKind kind,
    String by,
    Instant at,
    @Nullable RatingState from,
    RatingState to,
    @Nullable Text reason,
    @Nullable Integer supersedes) {
  /**
   * Creates the value, checking its components.
   *
   * @param number the entry's place, from 1
   * @param indicatorId the indicator
   * @param kind confirmed or overridden
   * @param by who decided
   * @param at when
   * @param from what stood before, or {@code null}
   * @param to the value decided
   * @param reason why, required for an override
   * @param supersedes the entry replaced, or {@code null}
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if the number is below 1, an id is blank, an override has no
   *     reason, or the entry supersedes itself or a later one
   */
  public TrailEntry {
    Checks.positive(number, "number");
    Checks.notBlank(indicatorId, "indicatorId");
    Checks.notNull(kind, "kind");
    Checks.notBlank(by, "by");
    Checks.notNull(at, "at");
    Checks.notNull(to, "to");
    if (kind == DecisionKind.OVERRIDE && reason == null) {
      throw new InvalidValueException(ConsensusMessages.overrideWithoutReason(number));
    }
    if (supersedes != null && (supersedes < 1 || supersedes >= number)) {
      throw new InvalidValueException(ConsensusMessages.wrongSupersedes(number, supersedes, 0));
    }
  }

  /** {@return the stamp of the decision} */
  public Stamp stamp() {
    return new Stamp(by, at);
  }
}
