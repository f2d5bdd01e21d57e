package io.github.assessmentkit.json;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import org.junit.jupiter.api.Test;

class ScoringJsonDocumentTest {
  private final AssessmentJson json = AssessmentJson.standard();

  @Test
  void scores_an_assessment_read_from_json_against_a_rubric_read_from_json() {
    // given
    Rubric rubric = json.readRubric(Resources.open("examples/rubric-mini.json"));
    Assessment assessment = json.readAssessment(Resources.open("examples/assessment-mini.json"));

    // when
    Scorecard card = Scorer.standard().score(rubric, assessment);

    // then
    System.out.println(json.writeString(card));
  }
}
