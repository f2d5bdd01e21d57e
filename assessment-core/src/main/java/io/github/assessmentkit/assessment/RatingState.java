package io.github.assessmentkit.assessment;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.scale.RatingValue;
import org.jspecify.annotations.Nullable;

/**
 * The state of a rating: a value on the scale, not applicable (with a reason), or unknown. "Not
 * applicable" and "unknown" are never a number: the first follows the rubric's policy, the second
 * lowers coverage and is reported.
 *
 * <p>A closed family: code that treats each state differently goes through {@link
 * #accept(Visitor)}, so that a new state fails to compile until every such place handles it.
 */
public sealed interface RatingState
    permits RatingState.Rated, RatingState.NotApplicable, RatingState.Unknown {

  /**
   * Hands this state to the visitor's method for its kind.
   *
   * @param <R> what the visitor returns
   * @param visitor the visitor
   * @return what the visitor returned
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per kind of state.
   *
   * @param <R> what the visitor returns
   */
  interface Visitor<R> {
    /**
     * Visits a rated state.
     *
     * @param state the state
     * @return the result
     */
    R visitRated(Rated state);

    /**
     * Visits a not-applicable state.
     *
     * @param state the state
     * @return the result
     */
    R visitNotApplicable(NotApplicable state);

    /**
     * Visits an unknown state.
     *
     * @param state the state
     * @return the result
     */
    R visitUnknown(Unknown state);
  }

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

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitRated(this);
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

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitNotApplicable(this);
    }
  }

  /**
   * The assessor could not tell.
   *
   * @param note why, or {@code null}
   */
  record Unknown(@Nullable String note) implements RatingState {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitUnknown(this);
    }
  }
}
