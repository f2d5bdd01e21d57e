package io.github.assessmentkit.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import org.junit.jupiter.api.Test;

/** A plain yes/no scale: met or not, with no partial answer. */
class YesNoScaleTest {
  private final YesNoScale scale = YesNoScale.STANDARD;

  @Test
  void yes_earns_all_and_no_nothing() {
    // when / then
    assertThat(scale.fraction(RatingValue.choice("yes"))).isEqualByComparingTo("1");
    assertThat(scale.fraction(RatingValue.choice("no"))).isEqualByComparingTo("0");
    assertThat(scale.exactFraction(RatingValue.choice("yes")).toString()).isEqualTo("1");
  }

  @Test
  void refuses_partial_which_the_yes_partial_no_scale_accepts() {
    // when / then: the problem was that a pass/fail requirement always accepted partial
    assertThat(YesPartialNoScale.STANDARD.reject(RatingValue.choice("partial"))).isEmpty();
    assertThat(scale.reject(RatingValue.choice("partial")).orElseThrow())
        .isEqualTo(
            Text.of(
                "'partial' ไม่ใช่คำตอบที่ใช้ได้ (yes หรือ no)",
                "'partial' is not an answer of this scale (yes or no)"));
    assertThat(scale.reject(RatingValue.of(1)).orElseThrow().get(Language.EN))
        .isEqualTo("'1' is not an answer of this scale (yes or no)");
    assertThatThrownBy(() -> scale.fraction(RatingValue.choice("partial")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'partial' is not an answer of this scale (yes or no)");
  }

  @Test
  void labels_both_answers_in_both_languages_and_no_is_the_bottom() {
    // when / then
    assertThat(scale.label(RatingValue.choice("yes")).orElseThrow())
        .isEqualTo(Text.of("ใช่/ผ่าน", "Yes"));
    assertThat(scale.label(RatingValue.choice("no")).orElseThrow())
        .isEqualTo(Text.of("ไม่ใช่/ไม่ผ่าน", "No"));
    assertThat(scale.isLowest(RatingValue.choice("no"))).isTrue();
    assertThat(scale.isLowest(RatingValue.choice("yes"))).isFalse();
    assertThat(scale.type()).isEqualTo("yes-no");
    assertThat(new YesNoScale()).isEqualTo(YesNoScale.STANDARD);
  }
}
