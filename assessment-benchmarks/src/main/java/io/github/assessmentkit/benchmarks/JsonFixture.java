package io.github.assessmentkit.benchmarks;

import io.github.assessmentkit.Extensions;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentBuilder;
import io.github.assessmentkit.assessment.AssessmentStatus;
import io.github.assessmentkit.assessment.Assessor;
import io.github.assessmentkit.assessment.Evidence;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.json.AssessmentJson;
import io.github.assessmentkit.rubric.Rubric;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The CQA-sized assessment of {@link Fixtures} as an application would send it: every rating with a
 * Thai rationale, a strength, two opportunities for improvement and its assessor; every piece of
 * evidence with a title, location, date and owner. About 100 KB of JSON.
 */
final class JsonFixture {
  private JsonFixture() {}

  /**
   * Dresses the shared assessment with the text a real submission carries.
   *
   * @param rubric the rubric from {@link Fixtures#cqaSizedRubric()}
   * @return the assessment, equal on every call
   */
  static Assessment assessment(Rubric rubric) {
    Assessment bare = Fixtures.cqaSizedAssessment(rubric);
    AssessmentBuilder b =
        Assessment.builder(bare.id(), bare.subject(), bare.rubric(), bare.period())
            .kind(bare.kind())
            .status(AssessmentStatus.SUBMITTED)
            .assessor(new Assessor("p1", "สมศรี ใจดี", "ผู้จัดการ"))
            .assessor(new Assessor("p2", "สมชาย รักงาน", "กรรมการดำเนินการ"));
    int n = 0;
    for (Evidence e : bare.evidence()) {
      b.evidence(
          new Evidence(
              e.id(),
              e.kind(),
              "รายงานผลการดำเนินงานประจำปี " + e.title(),
              URI.create("https://example.org/coop/docs/" + e.id() + ".pdf"),
              null,
              LocalDate.of(2023, 6, 1 + n % 28),
              null,
              "ฝ่ายบริหาร",
              null,
              Extensions.NONE));
      n++;
    }
    n = 0;
    for (Rating r : bare.ratings()) {
      b.rating(
          r.withRationale(
                  "สหกรณ์มีแนวทางที่เป็นระบบในเรื่อง "
                      + r.indicatorId()
                      + " และถ่ายทอดสู่ผู้ปฏิบัติงานเกือบทุกฝ่าย แต่ยังขาดการวัดผลอย่างสม่ำเสมอ")
              .withFindings(
                  List.of("คณะกรรมการติดตามผลทุกไตรมาส"),
                  List.of("ควรกำหนดตัวชี้วัดและค่าเป้าหมายให้ชัดเจน", "ควรทบทวนกระบวนการปีละครั้ง"))
              .by(n % 2 == 0 ? "p1" : "p2"));
      n++;
    }
    return b.build();
  }

  /**
   * Writes the dressed assessment as JSON.
   *
   * @param rubric the rubric from {@link Fixtures#cqaSizedRubric()}
   * @return the document, UTF-8
   */
  static byte[] document(Rubric rubric) {
    return AssessmentJson.standard()
        .writeString(assessment(rubric))
        .getBytes(StandardCharsets.UTF_8);
  }
}
