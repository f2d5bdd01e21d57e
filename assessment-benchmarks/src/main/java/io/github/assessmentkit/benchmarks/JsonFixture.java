package io.github.assessmentkit.benchmarks;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentBuilder;
import io.github.assessmentkit.assessment.AssessmentStatus;
import io.github.assessmentkit.assessment.Assessor;
import io.github.assessmentkit.assessment.Evidence;
import io.github.assessmentkit.assessment.EvidenceKind;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.Subject;
import io.github.assessmentkit.json.AssessmentJson;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.CriterionBuilder;
import io.github.assessmentkit.rubric.CriterionKind;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.RubricBuilder;
import io.github.assessmentkit.scale.Band;
import io.github.assessmentkit.scale.BandScale;
import io.github.assessmentkit.scale.Dimension;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A rubric and an assessment the size of a full CQA self-assessment, for the JSON benchmark: seven
 * categories worth 1000 points, 17 items, six areas per item (102 band-scale indicators), every
 * indicator rated with a Thai rationale, findings and evidence. The figures are shaped like the
 * award's, not taken from it.
 */
final class JsonFixture {
  /** Category points (7 categories, 1000 in all) and their items' points. */
  private static final int[][] ITEMS = {
    {70, 50}, {45, 40}, {40, 45}, {45, 45}, {40, 45}, {45, 40}, {120, 80, 80, 80, 90}
  };

  private static final int AREAS_PER_ITEM = 6;

  private JsonFixture() {}

  static Rubric rubric() {
    BandScale bands =
        new BandScale(
            Text.of("ช่วงคะแนน ADLI", "ADLI bands"),
            List.of(
                new Dimension("A", Text.of("แนวทาง", "Approach")),
                new Dimension("D", Text.of("การถ่ายทอด", "Deployment"))),
            List.of(
                band(1, List.of(0, 5), "ไม่มีแนวทางที่เป็นระบบ"),
                band(2, List.of(10, 15, 20, 25), "เริ่มมีแนวทาง"),
                band(3, List.of(30, 35, 40, 45), "มีแนวทางที่เป็นระบบ"),
                band(4, List.of(50, 55, 60, 65), "สอดคล้องไปในทางเดียวกัน"),
                band(5, List.of(70, 75, 80, 85), "บูรณาการ"),
                band(6, List.of(90, 95, 100), "เป็นแบบอย่าง")));
    RubricBuilder b =
        Rubric.builder("cqa-bench", "1")
            .title(Text.of("เกณฑ์ขนาดเท่ารางวัลคุณภาพสหกรณ์", "CQA-sized criteria"))
            .provenance(
                Provenance.unverified(
                    Text.en("made for the benchmark"), Text.en("shaped like CQA, not its text")))
            .defaultStrategy(Strategies.POINTS_SUM)
            .totalPoints(1000);
    for (int c = 0; c < ITEMS.length; c++) {
      int category = c + 1;
      int total = 0;
      for (int p : ITEMS[c]) {
        total += p;
      }
      CriterionBuilder cat =
          Criterion.builder("" + category, Text.of("หมวด " + category, "Category " + category))
              .kind(category == 7 ? CriterionKind.RESULTS : CriterionKind.PROCESS)
              .points(total);
      for (int i = 0; i < ITEMS[c].length; i++) {
        String item = category + "." + (i + 1);
        cat.child(
            item,
            Text.of("หัวข้อ " + item, "Item " + item),
            it -> {
              it.points(ITEMS[category - 1][Integer.parseInt(item.substring(2)) - 1]);
              for (int a = 0; a < AREAS_PER_ITEM; a++) {
                String area = item + (char) ('a' + a);
                it.child(
                    area,
                    Text.of("ประเด็น " + area, "Area " + area),
                    ar ->
                        ar.weight(1)
                            .indicator(
                                Indicator.of(
                                        area,
                                        Text.of(
                                            "สหกรณ์ดำเนินการเรื่อง " + area + " อย่างไร",
                                            "How does the cooperative address " + area + "?"),
                                        bands)
                                    .requiringEvidence()));
              }
            });
      }
      b.criterion(cat.build());
    }
    return b.build();
  }

  private static Band band(int number, List<Integer> percents, String thai) {
    return new Band(
        number,
        percents,
        Text.of(thai, "band " + number),
        Map.of("A", Text.th(thai + " (แนวทาง)"), "D", Text.th(thai + " (การถ่ายทอด)")));
  }

  static Assessment assessment(Rubric rubric) {
    AssessmentBuilder b =
        Assessment.builder(
                "cqa-bench-2566",
                new Subject(
                    "coop-0001",
                    Text.of("สหกรณ์ออมทรัพย์ตัวอย่าง จำกัด", "Sample Savings Cooperative Ltd"),
                    OrganisationType.SAVINGS,
                    "ขอนแก่น"),
                rubric.ref(),
                FiscalYear.ofBuddhistEra(2566))
            .status(AssessmentStatus.SUBMITTED)
            .assessor(new Assessor("p1", "สมศรี ใจดี", "ผู้จัดการ"))
            .assessor(new Assessor("p2", "สมชาย รักงาน", "กรรมการ"));
    int[] steps = {25, 35, 40, 45, 50, 55, 60, 65, 70};
    int n = 0;
    for (Indicator indicator : rubric.indicators()) {
      String evidence = "e" + (n / 2 + 1);
      if (n % 2 == 0) {
        b.evidence(
            new Evidence(
                evidence,
                EvidenceKind.DOCUMENT,
                "รายงานผลการดำเนินงานประจำปี ฉบับที่ " + (n / 2 + 1),
                java.net.URI.create("https://example.org/coop-0001/docs/" + evidence + ".pdf"),
                null,
                java.time.LocalDate.of(2023, 6, 1 + n % 28),
                null,
                "ฝ่ายบริหาร",
                null,
                io.github.assessmentkit.Extensions.NONE));
      }
      b.rating(
          Rating.of(indicator.id(), steps[n % steps.length])
              .withEvidence(evidence)
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

  /** {@return the assessment as a JSON document, UTF-8} */
  static byte[] assessmentJson(Rubric rubric) {
    return AssessmentJson.standard()
        .writeString(assessment(rubric))
        .getBytes(StandardCharsets.UTF_8);
  }
}
