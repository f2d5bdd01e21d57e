package io.github.assessmentkit.consensus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.RatingState;
import io.github.assessmentkit.scale.RatingValue;
import org.junit.jupiter.api.Test;

/** {@link AssessorValue}: which of rated, not applicable, unknown or not rated one value is. */
class AssessorValueTest {
  private static AssessorValue value(RatingState state) {
    return new AssessorValue("a1", "as1", state);
  }

  @Test
  void a_rated_value_is_rated_and_not_not_applicable() {
    AssessorValue value = value(new RatingState.Rated(RatingValue.of(3)));

    assertThat(value.isRated()).isTrue();
    assertThat(value.isNotApplicable()).isFalse();
  }

  @Test
  void a_not_applicable_value_is_not_applicable_and_not_rated() {
    AssessorValue value = value(new RatingState.NotApplicable("no branch office"));

    assertThat(value.isNotApplicable()).isTrue();
    assertThat(value.isRated()).isFalse();
  }

  @Test
  void an_unknown_value_is_neither_rated_nor_not_applicable() {
    AssessorValue value = value(new RatingState.Unknown("could not tell"));

    assertThat(value.isRated()).isFalse();
    assertThat(value.isNotApplicable()).isFalse();
  }

  @Test
  void a_missing_rating_is_neither_rated_nor_not_applicable() {
    AssessorValue value = value(null);

    assertThat(value.isRated()).isFalse();
    assertThat(value.isNotApplicable()).isFalse();
  }
}
