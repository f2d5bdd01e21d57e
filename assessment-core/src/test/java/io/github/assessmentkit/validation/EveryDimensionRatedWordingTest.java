package io.github.assessmentkit.validation;

import static io.github.assessmentkit.testing.MiniRubrics.assessmentOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Text;
import org.junit.jupiter.api.Test;

/** The refusal of a rating that leaves one dimension unrated names it in the singular. */
class EveryDimensionRatedWordingTest {

  @Test
  void one_dimension_not_rated_is_named_in_the_singular() {
    // given the test award (one dimension, A, on its band scale) requiring every dimension, and
    // 1.1 rated 55 without any dimension
    Rubric rubric = Rubric.from(MiniRubrics.award()).requireEveryDimension(true).build();
    Assessment a = assessmentOf(rubric).rating(Rating.of("1.1", 55)).build();

    // when
    var violations = AssessmentValidator.validate(rubric, a).violations();

    // then A alone is missing: "dimension A is", not "dimensions A are"
    assertThat(violations)
        .filteredOn(v -> v.rule().equals("rating.every-dimension-rated"))
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.message())
                    .isEqualTo(
                        Text.of(
                            "ตัวชี้วัด '1.1' ได้ร้อยละ 55 ซึ่งมากกว่า 0 แต่ยังไม่ได้ประเมินมิติ A"
                                + " เกณฑ์กำหนดให้ประเมินทุกมิติ",
                            "indicator '1.1' is rated 55, above 0, but dimension A is not rated;"
                                + " the rubric requires every dimension")));
  }
}
