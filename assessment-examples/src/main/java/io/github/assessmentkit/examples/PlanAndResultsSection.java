package io.github.assessmentkit.examples;

import io.github.assessmentkit.actionplan.Action;
import io.github.assessmentkit.actionplan.ActionPlan;
import io.github.assessmentkit.actionplan.ActionResult;
import io.github.assessmentkit.actionplan.ActionTarget;
import io.github.assessmentkit.actionplan.PlanReview;
import io.github.assessmentkit.actionplan.VerdictRule;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentKind;
import io.github.assessmentkit.assessment.Comparison;
import io.github.assessmentkit.assessment.Measure;
import io.github.assessmentkit.assessment.Observation;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.cqa.CqaCriteria;
import io.github.assessmentkit.results.DimensionEvidence;
import io.github.assessmentkit.results.LetciReading;
import io.github.assessmentkit.results.ResultSuggestion;
import io.github.assessmentkit.results.ResultsSuggester;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.Direction;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalQuarter;
import io.github.assessmentkit.time.FiscalYear;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A section of the year-over-year story: the sample savings cooperative writes an action plan after
 * its CQA self-assessment of fiscal year 2564 (year two), the plan is judged at the self-assessment
 * of 2565 (year three) one action each way, and a LeTCI band is suggested for results item 7.1 from
 * three KPI series. Printed in Thai and English.
 *
 * <p>Run it alone with {@code ./mvnw -B -q -Pdemo
 * -Ddemo.mainClass=io.github.assessmentkit.examples.PlanAndResultsSection -pl assessment-examples
 * -am package -DskipTests}; a longer demo prints it with {@link #print(Rubric, Assessment,
 * Assessment, PrintStream)}.
 */
public final class PlanAndResultsSection {
  private PlanAndResultsSection() {}

  /**
   * Prints the section to standard output, in UTF-8.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    print(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /**
   * Prints the section for the sample cooperative.
   *
   * @param out where to print
   */
  static void print(PrintStream out) {
    Rubric cqa = CqaCriteria.rubric();
    print(cqa, yearTwo(cqa), yearThree(cqa), out);
  }

  /**
   * Year two, FY2564: the sample's CQA ratings (3.1 at 40, 5.2 at 35, 6.2 at 40, 7.1 at 45 …).
   *
   * @param cqa the CQA set
   * @return the self-assessment
   */
  static Assessment yearTwo(Rubric cqa) {
    return inYear(SampleCooperative.cqa(cqa), 2564, List.of());
  }

  /**
   * Year three, FY2565: 5.2 up to 50, 6.2 up to 50, 3.1 still 40, 7.4 not rated (its data not
   * ready), and the three KPI series behind 7.1.
   *
   * @param cqa the CQA set
   * @return the self-assessment
   */
  static Assessment yearThree(Rubric cqa) {
    Assessment a =
        inYear(
            SampleCooperative.cqa(cqa),
            2565,
            List.of(
                Rating.of("5.2", 50),
                Rating.of("6.2", 50),
                Rating.unknown("7.4", "ข้อมูลยังไม่พร้อม / data not ready")));
    List<Measure> kpis = new ArrayList<>(a.measures());
    kpis.add(
        series(
                "savings-growth",
                "การเติบโตของเงินออม",
                "savings growth",
                Direction.HIGHER_IS_BETTER,
                "5",
                2562,
                "3.0",
                "3.8",
                "4.6",
                "5.4")
            .withComparisons(
                comparison("province", "ค่าเฉลี่ยจังหวัด", "provincial average", "4.8"),
                comparison(
                    "peers", "สหกรณ์ออมทรัพย์ขนาดเดียวกัน", "savings peers of its size", "5.0"))
            .backing("7.1")
            .linkedTo("member-savings"));
    kpis.add(
        series(
                "loan-arrears",
                "หนี้ค้างชำระ",
                "loan arrears",
                Direction.LOWER_IS_BETTER,
                "8",
                2562,
                "12",
                "11",
                "9.5",
                "7.9")
            .withComparisons(
                comparison("province", "ค่าเฉลี่ยจังหวัด", "provincial average", "7.5"))
            .backing("7.1")
            .linkedTo("sound-lending"));
    kpis.add(
        series(
                "member-participation",
                "การมีส่วนร่วมของสมาชิก",
                "member participation",
                Direction.HIGHER_IS_BETTER,
                "80",
                2563,
                "70",
                "76",
                "78")
            .withComparisons(comparison("province", "ค่าเฉลี่ยจังหวัด", "provincial average", "65"))
            .backing("7.1")
            .linkedTo("member-voice"));
    return new Assessment(
        a.id(),
        a.subject(),
        a.rubric(),
        a.period(),
        a.kind(),
        a.status(),
        a.assessors(),
        a.ratings(),
        a.evidence(),
        kpis,
        a.extensions());
  }

  /**
   * The plan written after year two: four actions, due in the third quarter of FY2565.
   *
   * @param cqa the CQA set
   * @param yearTwo the year-two self-assessment
   * @return the plan, with each action's baseline from year two's scorecard
   */
  static ActionPlan plan(Rubric cqa, Assessment yearTwo) {
    FiscalQuarter due = new FiscalQuarter(FiscalYear.ofBuddhistEra(2565), 3);
    return ActionPlan.builder("plan-2564", cqa, yearTwo, Scorer.standard().score(cqa, yearTwo))
        .add(
            Action.of("A1", "5.2", ActionTarget.band(4), "ผู้จัดการ / manager", due)
                .withNote("สำรวจความผูกพันของเจ้าหน้าที่ทุกปี / a yearly staff engagement survey"))
        .add(
            Action.of(
                    "A2",
                    "6.2",
                    ActionTarget.percent(new BigDecimal("60")),
                    "ผู้จัดการ / manager",
                    due)
                .withNote("ทบทวนต้นทุนการให้บริการสินเชื่อ / review the cost of lending"))
        .add(Action.of("A3", "3.1", ActionTarget.band(4), "ประธาน / chair", due))
        .add(
            Action.of("A4", "7.4", ActionTarget.band(5), "ผู้ตรวจสอบกิจการ / auditor", due)
                .withMeasure("loan-arrears", new BigDecimal("8")))
        .build();
  }

  /**
   * Prints the plan, its review at year three and the suggestion for item 7.1.
   *
   * @param cqa the CQA set
   * @param yearTwo the year-two self-assessment
   * @param yearThree the year-three self-assessment, with the KPI series behind 7.1
   * @param out where to print
   */
  static void print(Rubric cqa, Assessment yearTwo, Assessment yearThree, PrintStream out) {
    ActionPlan plan = plan(cqa, yearTwo);
    out.println(
        "แผนปฏิบัติการหลังการประเมินปี "
            + yearTwo.period().buddhistEra()
            + " / Action plan after FY"
            + yearTwo.period().buddhistEra()
            + " ("
            + plan.actions().size()
            + "):");
    for (Action a : plan.actions()) {
      out.println(
          "  "
              + a.id()
              + " "
              + a.nodeId()
              + " → "
              + a.target().shortForm()
              + ", "
              + a.owner()
              + ", "
              + both(a.due().label()));
    }
    PlanReview review = plan.review(cqa, yearThree, Scorer.standard().score(cqa, yearThree));
    out.println(
        "ผลตามแผนในปี "
            + yearThree.period().buddhistEra()
            + " / The plan judged in FY"
            + yearThree.period().buddhistEra()
            + " (rule "
            + VerdictRule.ID
            + "):");
    for (ActionResult r : review.results()) {
      out.println("  " + r.explanation().get(Language.TH));
      out.println("  " + r.explanation().get(Language.EN));
    }
    out.println("  " + review.summary().get(Language.TH));
    out.println("  " + review.summary().get(Language.EN));

    ResultSuggestion s = ResultsSuggester.suggest(cqa, yearThree, "7.1").orElseThrow();
    out.println("ข้อเสนอจากข้อมูลตัวชี้วัด / Suggested from KPI data: " + both(s.summary()));
    for (DimensionEvidence d : s.dimensions()) {
      out.println(
          "  " + d.dimension().code() + " " + d.band() + ": " + d.evidence().get(Language.TH));
      out.println(
          "  " + d.dimension().code() + " " + d.band() + ": " + d.evidence().get(Language.EN));
    }
    Text missing = s.missing();
    if (missing != null) {
      out.println("  " + missing.get(Language.TH));
      out.println("  " + missing.get(Language.EN));
    }
    String given =
        Scorer.standard()
            .score(cqa, yearThree)
            .root()
            .indicator("7.1")
            .map(line -> String.valueOf(line.value()))
            .orElse("—");
    out.println(
        "  ผู้ประเมินให้ 7.1 ไว้ที่ "
            + given
            + " และยังคงเดิมจนกว่าจะนำข้อเสนอไปใช้ / the assessor's "
            + given
            + " stands until the suggestion is applied");
    out.println("  " + both(LetciReading.SOURCE));
  }

  private static Assessment inYear(Assessment sample, int buddhistYear, List<Rating> changed) {
    List<Rating> ratings = new ArrayList<>();
    for (Rating r : sample.ratings()) {
      Rating replaced = r;
      for (Rating c : changed) {
        if (c.indicatorId().equals(r.indicatorId())) {
          replaced = c;
        }
      }
      ratings.add(replaced);
    }
    return new Assessment(
        SampleCooperative.SUBJECT.id() + "-cqa-" + buddhistYear,
        sample.subject(),
        sample.rubric(),
        FiscalYear.ofBuddhistEra(buddhistYear),
        AssessmentKind.SELF,
        sample.status(),
        sample.assessors(),
        ratings,
        sample.evidence(),
        sample.measures(),
        sample.extensions());
  }

  private static Measure series(
      String id,
      String th,
      String en,
      Direction direction,
      String target,
      int firstYear,
      String... values) {
    List<Observation> points = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      points.add(
          new Observation(FiscalYear.ofBuddhistEra(firstYear + i), new BigDecimal(values[i])));
    }
    return new Measure(id, Text.of(th, en), "%", direction, new BigDecimal(target), points);
  }

  private static Comparison comparison(String id, String th, String en, String value) {
    return new Comparison(id, Text.of(th, en), new BigDecimal(value));
  }

  private static String both(Text text) {
    return text.get(Language.TH) + " / " + text.get(Language.EN);
  }
}
