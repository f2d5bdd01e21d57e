package io.github.assessmentkit.consensus;

import io.github.assessmentkit.assessment.RatingState;
import io.github.assessmentkit.scale.RatingValue;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What the consensus needs of a rating state, read through its visitor. Stateless. */
final class States {
  private States() {}

  /** {@return the value rated, or empty when not rated, not applicable or unknown} */
  static Optional<RatingValue> value(@Nullable RatingState state) {
    return state == null ? Optional.empty() : state.accept(VALUE);
  }

  /** {@return the reason it does not apply, or empty when it is not a not-applicable state} */
  static Optional<String> notApplicable(@Nullable RatingState state) {
    return state == null ? Optional.empty() : state.accept(NOT_APPLICABLE);
  }

  private static final RatingState.Visitor<Optional<RatingValue>> VALUE =
      new RatingState.Visitor<>() {
        @Override
        public Optional<RatingValue> visitRated(RatingState.Rated state) {
          return Optional.of(state.value());
        }

        @Override
        public Optional<RatingValue> visitNotApplicable(RatingState.NotApplicable state) {
          return Optional.empty();
        }

        @Override
        public Optional<RatingValue> visitUnknown(RatingState.Unknown state) {
          return Optional.empty();
        }
      };

  private static final RatingState.Visitor<Optional<String>> NOT_APPLICABLE =
      new RatingState.Visitor<>() {
        @Override
        public Optional<String> visitRated(RatingState.Rated state) {
          return Optional.empty();
        }

        @Override
        public Optional<String> visitNotApplicable(RatingState.NotApplicable state) {
          return Optional.of(state.reason());
        }

        @Override
        public Optional<String> visitUnknown(RatingState.Unknown state) {
          return Optional.empty();
        }
      };
}
