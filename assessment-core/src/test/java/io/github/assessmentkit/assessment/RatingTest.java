package io.github.assessmentkit.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.assessmentkit.scale.RatingValue;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatingTest {

  @Test
  void a_value_not_applicable_and_unknown_are_three_different_states() {
    // when
    Rating rated = Rating.of("1.1", 35);
    Rating notApplicable = Rating.notApplicable("G6.3", "the group runs no store");
    Rating unknown = Rating.unknown("G2.1", "minutes not found");

    // then neither not-applicable nor unknown carries a number
    assertThat(rated.state())
        .isEqualTo(new RatingState.Rated(new RatingValue.Numeric(BigDecimal.valueOf(35))));
    assertThat(notApplicable.state())
        .isInstanceOf(RatingState.NotApplicable.class)
        .isNotInstanceOf(RatingState.Rated.class);
    assertThat(((RatingState.NotApplicable) notApplicable.state()).reason())
        .isEqualTo("the group runs no store");
    assertThat(unknown.state()).isEqualTo(new RatingState.Unknown("minutes not found"));
    assertThat(Rating.unknown("x", null).state()).isEqualTo(new RatingState.Unknown(null));
  }

  @Test
  void not_applicable_needs_a_reason() {
    // when / then
    assertThatThrownBy(() -> Rating.notApplicable("G6.3", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reason cannot be blank");
  }

  @Test
  void a_value_is_a_number_or_a_choice() {
    // when / then
    assertThat(Rating.choice("G1.1", "yes").state())
        .isEqualTo(new RatingState.Rated(RatingValue.choice("yes")));
    assertThat(RatingValue.of(new BigDecimal("0.125"))).hasToString("0.125");
    assertThat(RatingValue.choice("partial")).hasToString("partial");
    assertThatThrownBy(() -> RatingValue.choice(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("code cannot be blank");
  }

  @Test
  void copies_carry_evidence_findings_rationale_and_assessor() {
    // when
    Rating r =
        Rating.of("1.1", 55)
            .withRationale("board reviews the plan every quarter")
            .withEvidence("ev-1", "ev-2")
            .withFindings(List.of("clear plan"), List.of("no member survey"))
            .by("asr-1");

    // then
    assertThat(r.rationale()).isEqualTo("board reviews the plan every quarter");
    assertThat(r.evidenceIds()).containsExactly("ev-1", "ev-2");
    assertThat(r.strengths()).containsExactly("clear plan");
    assertThat(r.improvements()).containsExactly("no member survey");
    assertThat(r.assessorId()).isEqualTo("asr-1");
    assertThat(r.state()).isEqualTo(Rating.of("1.1", 55).state());
  }

  @Test
  void refuses_blank_ids_and_null_items() {
    // when / then
    assertThatThrownBy(() -> Rating.of(" ", 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("indicatorId cannot be blank");
    assertThatThrownBy(() -> Rating.of("1.1", 5).withEvidence("ev-1", null))
        .isInstanceOf(NullPointerException.class);
  }
}
