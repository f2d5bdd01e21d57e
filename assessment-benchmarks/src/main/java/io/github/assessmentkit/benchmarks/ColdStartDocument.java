package io.github.assessmentkit.benchmarks;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentBuilder;
import io.github.assessmentkit.assessment.AssessmentKind;
import io.github.assessmentkit.assessment.AssessmentStatus;
import io.github.assessmentkit.assessment.Assessor;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.Subject;
import io.github.assessmentkit.cqa.CqaCriteria;
import io.github.assessmentkit.json.AssessmentJson;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.scale.YesPartialNoScale;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the assessment document both cold-start programs read ({@link ColdStartLibrary}, {@link
 * ColdStartJackson}): a self-assessment of the {@code cqa} rubric rating every indicator with the
 * first of a fixed list of values its scale accepts, each with a Thai rationale, a strength, two
 * opportunities for improvement and its assessor, as {@link JsonFixture} dresses its ratings.
 *
 * <p>Run by {@code assessment-benchmarks/cold-start.sh} before the timed runs: {@code java -cp
 * benchmarks.jar io.github.assessmentkit.benchmarks.ColdStartDocument <file>}.
 */
public final class ColdStartDocument {
  private static final List<RatingValue> CANDIDATES =
      List.of(
          RatingValue.of(55),
          RatingValue.of(3),
          RatingValue.choice(YesPartialNoScale.YES),
          RatingValue.choice("3"),
          RatingValue.choice("2"),
          RatingValue.choice("1"),
          RatingValue.of(1));

  private ColdStartDocument() {}

  /**
   * Writes the document.
   *
   * @param args the file to write
   * @throws IOException if it cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: ColdStartDocument <file>");
    }
    Files.write(
        Path.of(args[0]),
        AssessmentJson.standard()
            .writeString(assessment(CqaCriteria.rubric()))
            .getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Builds the assessment.
   *
   * @param rubric the {@code cqa} rubric
   * @return an assessment rating every indicator
   */
  static Assessment assessment(Rubric rubric) {
    AssessmentBuilder b =
        Assessment.builder(
                "cold-start-self-2566",
                new Subject(
                    "bench-coop",
                    Text.of("สหกรณ์ออมทรัพย์ตัวอย่าง", "Sample savings cooperative"),
                    OrganisationType.SAVINGS,
                    "Loei"),
                rubric.ref(),
                FiscalYear.ofBuddhistEra(2566))
            .kind(AssessmentKind.SELF)
            .status(AssessmentStatus.SUBMITTED)
            .assessor(new Assessor("p1", "สมศรี ใจดี", "ผู้จัดการ"))
            .assessor(new Assessor("p2", "สมชาย รักงาน", "กรรมการดำเนินการ"));
    int n = 0;
    for (Indicator indicator : rubric.indicators()) {
      RatingValue value = accepted(indicator);
      b.rating(
          Rating.of(indicator.id(), value)
              .withRationale(
                  "สหกรณ์มีแนวทางที่เป็นระบบในเรื่อง "
                      + indicator.id()
                      + " และถ่ายทอดสู่ผู้ปฏิบัติงานเกือบทุกฝ่าย แต่ยังขาดการวัดผลอย่างสม่ำเสมอ")
              .withFindings(
                  List.of("คณะกรรมการติดตามผลทุกไตรมาส"),
                  List.of("ควรกำหนดตัวชี้วัดและค่าเป้าหมายให้ชัดเจน", "ควรทบทวนกระบวนการปีละครั้ง"))
              .by(n % 2 == 0 ? "p1" : "p2"));
      n++;
    }
    return b.build();
  }

  private static RatingValue accepted(Indicator indicator) {
    for (RatingValue v : CANDIDATES) {
      if (indicator.scale().reject(v).isEmpty()) {
        return v;
      }
    }
    throw new IllegalStateException("no candidate value fits indicator " + indicator.id());
  }
}
