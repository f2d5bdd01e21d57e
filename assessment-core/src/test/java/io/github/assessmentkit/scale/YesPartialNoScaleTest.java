package io.github.assessmentkit.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class YesPartialNoScaleTest {
  private final YesPartialNoScale standard = YesPartialNoScale.STANDARD;

  @Test
  void yes_earns_all_partial_half_and_no_nothing() {
    // when / then
    assertThat(standard.fraction(RatingValue.choice("yes"))).isEqualByComparingTo("1");
    assertThat(standard.fraction(RatingValue.choice("partial"))).isEqualByComparingTo("0.5");
    assertThat(standard.fraction(RatingValue.choice("no"))).isEqualByComparingTo("0");
  }

  @Test
  void partial_earns_the_declared_credit() {
    // given
    YesPartialNoScale strict = new YesPartialNoScale(new BigDecimal("0.25"));

    // when / then
    assertThat(strict.fraction(RatingValue.choice("partial"))).isEqualByComparingTo("0.25");
  }

  @Test
  void labels_each_answer_in_both_languages_and_no_is_the_bottom() {
    // when / then
    assertThat(standard.label(RatingValue.choice("yes")).orElseThrow())
        .isEqualTo(Text.of("มี/ดำเนินการครบ", "Yes"));
    assertThat(standard.label(RatingValue.choice("partial")).orElseThrow().get(Language.EN))
        .isEqualTo("Partly");
    assertThat(standard.label(RatingValue.choice("no")).orElseThrow().get(Language.EN))
        .isEqualTo("No");
    assertThat(standard.isLowest(RatingValue.choice("no"))).isTrue();
    assertThat(standard.isLowest(RatingValue.choice("partial"))).isFalse();
    assertThat(standard.type()).isEqualTo("yes-partial-no");
  }

  @Test
  void allows_only_yes_partial_and_no() {
    // when / then
    assertThat(standard.reject(RatingValue.choice("maybe")).orElseThrow().get(Language.EN))
        .isEqualTo("'maybe' is not an answer of this scale (yes, partial or no)");
    assertThat(standard.reject(RatingValue.of(1)).orElseThrow().get(Language.EN))
        .isEqualTo("'1' is not an answer of this scale (yes, partial or no)");
  }

  @Test
  void refuses_a_partial_credit_of_zero_or_one() {
    // when / then
    assertThatThrownBy(() -> new YesPartialNoScale(BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("partialCredit must lie between 0 and 1, was 1");
    assertThatThrownBy(() -> new YesPartialNoScale(BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("partialCredit must lie between 0 and 1, was 0");
  }
}
