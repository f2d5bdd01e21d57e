package io.github.assessmentkit.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LikertScaleTest {
  private final LikertScale fivePoint =
      new LikertScale(
          5, Text.of("ไม่เห็นด้วยอย่างยิ่ง", "strongly disagree"), Text.en("strongly agree"));

  @Test
  void point_v_earns_v_minus_1_over_points_minus_1() {
    // when / then 1 -> 0/4 = 0; 3 -> 2/4 = 0.5; 4 -> 3/4 = 0.75; 5 -> 4/4 = 1
    assertThat(fivePoint.fraction(RatingValue.of(1))).isEqualByComparingTo("0");
    assertThat(fivePoint.fraction(RatingValue.of(3))).isEqualByComparingTo("0.5");
    assertThat(fivePoint.fraction(RatingValue.of(4))).isEqualByComparingTo("0.75");
    assertThat(fivePoint.fraction(RatingValue.of(5))).isEqualByComparingTo("1");
  }

  @Test
  void labels_a_point_out_of_the_scale_and_point_1_is_the_bottom() {
    // when / then
    assertThat(fivePoint.label(RatingValue.of(4)).orElseThrow().get(Language.TH)).isEqualTo("4/5");
    assertThat(fivePoint.isLowest(RatingValue.of(1))).isTrue();
    assertThat(fivePoint.isLowest(RatingValue.of(2))).isFalse();
    assertThat(fivePoint.type()).isEqualTo("likert");
  }

  @Test
  void allows_only_whole_numbers_from_1_to_its_points() {
    // when / then
    assertThat(fivePoint.reject(RatingValue.of(6)).orElseThrow().get(Language.EN))
        .isEqualTo("'6' is not a whole number from 1 to 5");
    assertThat(fivePoint.reject(RatingValue.of(0))).isPresent();
    assertThat(fivePoint.reject(RatingValue.of(new BigDecimal("2.5")))).isPresent();
    assertThat(fivePoint.reject(RatingValue.choice("agree"))).isPresent();
    assertThat(fivePoint.reject(RatingValue.of(new BigDecimal("2.0")))).isEmpty();
  }

  @Test
  void refuses_fewer_than_3_or_more_than_11_points() {
    // when / then
    assertThatThrownBy(() -> new LikertScale(2, Text.en("no"), Text.en("yes")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a Likert scale has 3 to 11 points, was 2");
    assertThatThrownBy(() -> new LikertScale(12, Text.en("no"), Text.en("yes")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a Likert scale has 3 to 11 points, was 12");
  }
}
