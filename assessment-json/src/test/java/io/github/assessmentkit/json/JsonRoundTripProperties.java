package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.DimensionRating;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.testing.Examples;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

class JsonRoundTripProperties {
  // QuickTheories' own default count
  private static final int EXAMPLES = Examples.or(1000);
  private static final AssessmentJson JSON = AssessmentJson.standard();

  @org.junit.jupiter.api.Test
  void any_decimal_in_range_reads_back_with_the_same_digits_and_scale() {
    AtomicInteger tried = new AtomicInteger();
    qt().withExamples(EXAMPLES)
        .forAll(
            longs().between(-999_999_999_999_999L, 999_999_999_999_999L), integers().between(0, 15))
        .checkAssert(
            (unscaled, scale) -> {
              tried.incrementAndGet();
              // given a decimal whose magnitude stays below 10^15
              BigDecimal value = BigDecimal.valueOf(unscaled, scale);
              Assessment a =
                  MiniRubrics.assessmentOf(MiniRubrics.award())
                      .rating(Rating.of("1.1", RatingValue.of(value)))
                      .build();

              // when
              String written = JSON.writeString(a);

              // then
              assertThat(written).contains("\"value\": " + value.toPlainString() + "\n");
              assertThat(JSON.readAssessment(written)).isEqualTo(a);
            });
    // QuickTheories may skip a few examples it has already tried
    assertThat(tried.get()).isGreaterThanOrEqualTo(EXAMPLES * 9 / 10);
  }

  @org.junit.jupiter.api.Test
  void any_thai_text_with_marks_and_zero_width_spaces_reads_back_unchanged() {
    AtomicInteger tried = new AtomicInteger();
    qt().withExamples(EXAMPLES)
        .forAll(
            strings().betweenCodePoints(0x0E01, 0x0E5B).ofLengthBetween(0, 40),
            strings().betweenCodePoints(0x2000, 0x200F).ofLengthBetween(0, 3))
        .checkAssert(
            (thai, spaces) -> {
              tried.incrementAndGet();
              // given free text (a rationale and a finding) mixing Thai and zero-width characters
              String text = thai + spaces + thai;
              Assessment a =
                  MiniRubrics.assessmentOf(MiniRubrics.award())
                      .rating(
                          Rating.of("1.1", 35)
                              .withRationale(text)
                              .withFindings(List.of(text), List.of()))
                      .build();

              // when / then
              assertThat(JSON.readAssessment(JSON.writeString(a))).isEqualTo(a);
            });
    // QuickTheories may skip a few examples it has already tried
    assertThat(tried.get()).isGreaterThanOrEqualTo(EXAMPLES * 9 / 10);
  }

  @org.junit.jupiter.api.Test
  void any_dimension_rating_reads_back_unchanged() {
    AtomicInteger tried = new AtomicInteger();
    qt().withExamples(EXAMPLES)
        .forAll(
            integers().between(0, 10_000),
            strings().betweenCodePoints(0x0E01, 0x0E5B).ofLengthBetween(1, 40))
        .checkAssert(
            (hundredths, thai) -> {
              tried.incrementAndGet();
              // given a percentage from 0.00 to 100.00 and a Thai rationale on a dimension
              DimensionRating d =
                  new DimensionRating(
                      "D", RatingValue.of(BigDecimal.valueOf(hundredths, 2)), Text.th(thai));
              Assessment a =
                  MiniRubrics.assessmentOf(MiniRubrics.award())
                      .rating(Rating.of("1.1", 35).withDimensions(d, DimensionRating.of("A", 35)))
                      .build();

              // when / then
              assertThat(JSON.readAssessment(JSON.writeString(a))).isEqualTo(a);
            });
    // QuickTheories may skip a few examples it has already tried
    assertThat(tried.get()).isGreaterThanOrEqualTo(EXAMPLES * 9 / 10);
  }
}
