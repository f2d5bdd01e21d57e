package io.github.assessmentkit.assessment;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.scale.RatingValue;
import org.jspecify.annotations.Nullable;

/**
 * The state of a rating: a value on the scale, not applicable (with a reason), or unknown. "Not
 * applicable" and "unknown" are never a number: the first follows the rubric's policy, the second
 * lowers coverage and is reported.
 */
public sealed interface RatingState
    permits RatingState.Rated, RatingState.NotApplicable, RatingState.Unknown {

  /**
   * A value on the indicator's scale.
   *
   * @param value the value
   */
  record Rated(RatingValue value) implements RatingState {
    /**
     * Creates the value, checking its components.
     *
     * @param value the value
     * @throws NullPointerException if a required component is null
     */
    public Rated {
      Checks.notNull(value, "value");
    }
  }

  /**
   * The indicator does not apply to this organisation.
   *
   * @param reason why, never blank
   */
  record NotApplicable(String reason) implements RatingState {
    /**
     * Creates the value, checking its components.
     *
     * @param reason why, never blank
     * @throws NullPointerException if a required component is null
     * @throws IllegalArgumentException if a component is blank or out of range
     */
    public NotApplicable {
      Checks.notBlank(reason, "reason");
    }
  }

  /**
   * The assessor could not tell.
   *
   * @param note why, or {@code null}
   */
  record Unknown(@Nullable String note) implements RatingState {}
}
