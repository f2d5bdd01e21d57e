package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.testing.MiniRubrics;
import org.junit.jupiter.api.Test;

class RoundTripTest {
  private final AssessmentJson json = AssessmentJson.standard();

  @Test
  void a_rubric_read_back_from_its_json_equals_the_original() {
    // given
    Rubric rubric = MiniRubrics.award();

    // when
    String text = json.writeString(rubric);
    Rubric back = json.readRubric(text);

    // then
    System.out.println(text);
    assertThat(back).isEqualTo(rubric);
    assertThat(json.writeString(back)).isEqualTo(text);
  }

  @Test
  void an_assessment_read_back_from_its_json_equals_the_original() {
    Rubric rubric = MiniRubrics.award();
    Assessment a =
        MiniRubrics.assessmentOf(rubric)
            .rating(Rating.of("1.1", 35))
            .rating(Rating.notApplicable("1.2", "no such unit"))
            .rating(Rating.unknown("2.1", null))
            .build();
    String text = json.writeString(a);
    System.out.println(text);
    assertThat(json.readAssessment(text)).isEqualTo(a);
  }
}
