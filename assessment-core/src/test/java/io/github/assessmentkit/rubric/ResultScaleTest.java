package io.github.assessmentkit.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A rubric may state its result on a scale other than points as well, such as 0-5 or 10-20. */
class ResultScaleTest {
  private static final ResultScale ZERO_TO_FIVE = ResultScale.of(Text.of("ระดับ", "level"), 0, 5);

  @Test
  void a_result_scale_has_a_name_and_a_minimum_below_its_maximum() {
    // when
    ResultScale marks =
        new ResultScale(Text.en("marks"), new BigDecimal("10"), new BigDecimal("20.5"));

    // then
    assertThat(ZERO_TO_FIVE.name()).isEqualTo(Text.of("ระดับ", "level"));
    assertThat(ZERO_TO_FIVE.min()).isEqualByComparingTo("0");
    assertThat(ZERO_TO_FIVE.max()).isEqualByComparingTo("5");
    assertThat(marks.max()).isEqualByComparingTo("20.5");
    assertThat(ResultScale.of(Text.of("ระดับ", "level"), 0, 5)).isEqualTo(ZERO_TO_FIVE);
  }

  @Test
  void a_minimum_not_below_the_maximum_is_refused_in_both_languages() {
    // when / then
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> ResultScale.of(Text.en("level"), 5, 5))
        .withMessage("a result scale needs min below max, was min 5, max 5")
        .satisfies(
            e ->
                assertThat(e.text().get(Language.TH))
                    .isEqualTo(
                        "มาตราที่ใช้แสดงผลรวมต้องมี min น้อยกว่า max แต่ได้รับ min 5, max 5"));
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> ResultScale.of(Text.en("level"), 20, 10))
        .withMessage("a result scale needs min below max, was min 20, max 10");
    assertThatNullPointerException()
        .isThrownBy(() -> new ResultScale(null, BigDecimal.ZERO, BigDecimal.ONE))
        .withMessage("name cannot be null");
    assertThatNullPointerException()
        .isThrownBy(() -> new ResultScale(Text.en("level"), null, BigDecimal.ONE))
        .withMessage("min cannot be null");
    assertThatNullPointerException()
        .isThrownBy(() -> new ResultScale(Text.en("level"), BigDecimal.ZERO, null))
        .withMessage("max cannot be null");
  }

  @Test
  void a_rubric_has_none_unless_it_declares_one_and_a_derived_rubric_keeps_it() {
    // given
    Rubric plain = MiniRubrics.checklist();

    // when
    Rubric stated = Rubric.from(plain).resultScale(ZERO_TO_FIVE).build();
    Rubric derived = Rubric.from(stated).version("2").build();
    Rubric removed = Rubric.from(stated).resultScale(null).build();

    // then
    assertThat(plain.resultScale()).isEmpty();
    assertThat(stated.resultScale()).contains(ZERO_TO_FIVE);
    assertThat(derived.resultScale()).contains(ZERO_TO_FIVE);
    assertThat(stated).isNotEqualTo(plain);
    assertThat(removed).isEqualTo(plain);
  }
}
