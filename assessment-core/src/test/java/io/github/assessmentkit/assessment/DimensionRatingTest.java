package io.github.assessmentkit.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.MissingValueException;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rating per dimension of a band scale: a code, a percentage and an optional reason. */
class DimensionRatingTest {

  @Test
  void holds_a_code_a_percentage_and_a_bilingual_rationale() {
    // given
    Text why = Text.of("ใช้เพียงสองฝ่าย", "used by two units only");

    // when
    DimensionRating d = DimensionRating.of("D", 45, why);

    // then
    assertThat(d.dimension()).isEqualTo("D");
    assertThat(d.value()).isEqualTo(RatingValue.of(45));
    assertThat(d.percent()).isEqualByComparingTo("45");
    assertThat(d.rationale()).isEqualTo(why);
    assertThat(DimensionRating.of("Le", 0).rationale()).isNull();
    assertThat(new DimensionRating("I", RatingValue.of(new BigDecimal("100")), null).percent())
        .isEqualByComparingTo("100");
  }

  @Test
  void refuses_a_choice_or_a_number_outside_0_to_100_in_thai_and_english() {
    // when / then
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> DimensionRating.of("A", 101))
        .satisfies(
            e -> {
              assertThat(e.getMessage(Language.EN))
                  .isEqualTo(
                      "the rating of dimension 'A' must be a percentage from 0 to 100, was 101");
              assertThat(e.getMessage(Language.TH))
                  .isEqualTo("ผลการประเมินมิติ 'A' ต้องเป็นร้อยละตั้งแต่ 0 ถึง 100 แต่ได้รับ 101");
            });
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> DimensionRating.of("A", -5))
        .withMessage("the rating of dimension 'A' must be a percentage from 0 to 100, was -5");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> new DimensionRating("A", RatingValue.choice("good"), null))
        .withMessage("the rating of dimension 'A' must be a percentage from 0 to 100, was good");
  }

  @Test
  void refuses_a_blank_code_and_missing_parts() {
    // when / then
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> DimensionRating.of(" ", 50))
        .withMessage("dimension cannot be blank");
    assertThatExceptionOfType(MissingValueException.class)
        .isThrownBy(() -> new DimensionRating("A", null, null))
        .withMessage("value cannot be null");
    assertThatExceptionOfType(MissingValueException.class)
        .isThrownBy(() -> DimensionRating.of("A", 50, null))
        .withMessage("rationale cannot be null");
  }

  @Test
  void a_rating_carries_its_dimensions_and_finds_one_by_code() {
    // when
    Rating r =
        Rating.of("1.1", 70)
            .withRationale("a clear plan, used by two units")
            .withDimensions(
                DimensionRating.of("A", 70),
                DimensionRating.of("D", 45, Text.en("two units of five")),
                DimensionRating.of("L", 60),
                DimensionRating.of("I", 65))
            .withEvidence("ev-1")
            .by("as-1");

    // then every copy keeps them, and the rating's other parts are kept too
    assertThat(r.dimensions())
        .extracting(DimensionRating::dimension)
        .containsExactly("A", "D", "L", "I");
    assertThat(r.dimension("D").orElseThrow().percent()).isEqualByComparingTo("45");
    assertThat(r.dimension("Le")).isEmpty();
    assertThat(r.rationale()).isEqualTo("a clear plan, used by two units");
    assertThat(r.evidenceIds()).containsExactly("ev-1");
    assertThat(r.assessorId()).isEqualTo("as-1");
    assertThat(r.withDimensions(List.of()).dimensions()).isEmpty();
    assertThat(Rating.of("1.1", 70).dimensions()).isEmpty();
  }

  @Test
  void a_rating_refuses_a_missing_dimension_rating() {
    // when / then
    assertThatExceptionOfType(MissingValueException.class)
        .isThrownBy(() -> Rating.of("1.1", 70).withDimensions(DimensionRating.of("A", 70), null))
        .withMessageContaining("dimensions");
  }
}
