package io.github.assessmentkit.examples.spring;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentBuilder;
import io.github.assessmentkit.assessment.AssessmentStatus;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.Subject;
import io.github.assessmentkit.cqa.CqaCriteria;
import io.github.assessmentkit.json.AssessmentJson;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;

/**
 * CQA self-assessments for the tests, made with the library's builder and written by its codec.
 * Every one rates all seventeen CQA items at the same percentage p, so each item earns p % of its
 * points and the total is p % of 1000, that is 10 × p points (60 % gives 600.00).
 */
final class TestDocuments {
  static final AssessmentJson JSON = AssessmentJson.standard();
  static final Rubric CQA = CqaCriteria.rubric();

  private TestDocuments() {}

  /**
   * An assessment of every CQA item at one percentage.
   *
   * @param id the assessment's id
   * @param subjectId the organisation's id
   * @param province its province
   * @param buddhistYear the fiscal year
   * @param status its status
   * @param percent the percentage of every item, a step of 5
   * @return the assessment
   */
  static Assessment cqa(
      String id,
      String subjectId,
      String province,
      int buddhistYear,
      AssessmentStatus status,
      int percent) {
    AssessmentBuilder b =
        Assessment.builder(
                id,
                new Subject(
                    subjectId,
                    Text.of("สหกรณ์ " + subjectId, "Cooperative " + subjectId),
                    OrganisationType.SAVINGS,
                    province),
                CQA.ref(),
                FiscalYear.ofBuddhistEra(buddhistYear))
            .status(status);
    for (Indicator i : CQA.indicators()) {
      b.rating(Rating.of(i.id(), percent));
    }
    return b.build();
  }

  /** {@return the assessment as a document} */
  static String document(Assessment assessment) {
    return JSON.writeString(assessment);
  }
}
