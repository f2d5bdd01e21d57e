package io.github.assessmentkit.assessment.internal;

import io.github.assessmentkit.assessment.RatingState;
import io.github.assessmentkit.scale.RatingValue;
import org.jspecify.annotations.Nullable;

/**
 * The two questions the scorer and the migration ask of a rating's state, answered through its
 * visitor. Not part of the public API.
 */
public final class RatingStates {
  private RatingStates() {}

  /** The value a rating gives, or {@code null} when it is not applicable or unknown. */
  public static final RatingState.Visitor<@Nullable RatingValue> VALUE =
      new RatingState.Visitor<>() {
        @Override
        public RatingValue visitRated(RatingState.Rated state) {
          return state.value();
        }

        @Override
        public @Nullable RatingValue visitNotApplicable(RatingState.NotApplicable state) {
          return null;
        }

        @Override
        public @Nullable RatingValue visitUnknown(RatingState.Unknown state) {
          return null;
        }
      };

  /** Whether a rating marks its indicator not applicable. */
  public static final RatingState.Visitor<Boolean> NOT_APPLICABLE =
      new RatingState.Visitor<>() {
        @Override
        public Boolean visitRated(RatingState.Rated state) {
          return false;
        }

        @Override
        public Boolean visitNotApplicable(RatingState.NotApplicable state) {
          return true;
        }

        @Override
        public Boolean visitUnknown(RatingState.Unknown state) {
          return false;
        }
      };
}
