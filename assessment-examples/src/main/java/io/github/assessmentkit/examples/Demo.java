package io.github.assessmentkit.examples;

import io.github.assessmentkit.analysis.Finding;
import io.github.assessmentkit.analysis.GapAnalysis;
import io.github.assessmentkit.analysis.GapReport;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.cqa.CqaCriteria;
import io.github.assessmentkit.cqa.CqaSets;
import io.github.assessmentkit.cqa.GovernanceCriteria;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.AwardDecision;
import io.github.assessmentkit.scoring.ConditionResult;
import io.github.assessmentkit.scoring.LevelDecision;
import io.github.assessmentkit.scoring.NodeScore;
import io.github.assessmentkit.scoring.RubricRegistry;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.scoring.TierCheck;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Takes a sample savings cooperative through a CQA self-assessment and the good-governance
 * assessment, and prints in Thai and English: the CQA total, the category scores, the overall band,
 * the TQA award decision with its reasons, the top three strengths and opportunities for
 * improvement, then the governance total, level and plaque decision.
 *
 * <p>Run it with {@code ./mvnw -B -q -Pdemo -pl assessment-examples -am package -DskipTests}.
 */
public final class Demo {

  private Demo() {}

  /**
   * Prints the demo to standard output, in UTF-8 so the Thai text reads right on any console.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /**
   * Prints the demo.
   *
   * @param out where to print
   */
  static void run(PrintStream out) {
    RubricRegistry rubrics = RubricRegistry.builder().discover().build();
    Rubric cqa = rubrics.get(CqaSets.CQA);
    Rubric governance = rubrics.get(CqaSets.GOVERNANCE);
    Scorer scorer = Scorer.standard();

    both(out, SampleCooperative.SUBJECT.name());
    both(out, SampleCooperative.YEAR.label());

    Assessment self = SampleCooperative.cqa(cqa);
    Scorecard card = scorer.score(cqa, self);
    out.println();
    out.println("== " + both(cqa.title()) + " [" + cqa.ref() + "] ==");
    String total = card.total().toPlainString();
    String possible = card.possible().stripTrailingZeros().toPlainString();
    out.println("คะแนนรวม CQA " + total + " จาก " + possible);
    out.println("CQA total: " + total + " of " + possible);
    out.println("คะแนนรายหมวด / Category scores:");
    for (NodeScore category : card.root().children()) {
      out.println(
          "  "
              + category.id()
              + " "
              + both(category.title())
              + ": "
              + category.earned().toPlainString()
              + " / "
              + category.possible().stripTrailingZeros().toPlainString()
              + " ("
              + category.percent().toPlainString()
              + " %)");
    }
    LevelDecision band = card.level(CqaCriteria.OVERALL_BANDS).orElseThrow();
    out.println(
        "ช่วงคะแนนรวม: "
            + band.label().get(Language.TH)
            + (band.verified() ? "" : " (ช่วงคะแนนยังไม่ได้ตรวจสอบ)"));
    out.println(
        "Overall band: "
            + band.label().get(Language.EN)
            + (band.verified() ? "" : " (ranges unverified)"));
    AwardDecision award = card.award(CqaCriteria.AWARD_SCHEME).orElseThrow();
    out.println("รางวัล: " + award.outcome().get(Language.TH));
    out.println("Award: " + award.outcome().get(Language.EN));
    Text why = awardReason(award);
    out.println("  เหตุผล: " + why.get(Language.TH));
    out.println("  Why: " + why.get(Language.EN));

    GapReport gaps = GapAnalysis.analyse(cqa, self, card);
    out.println("จุดแข็ง 3 อันดับแรก / Top 3 strengths:");
    for (Finding f : gaps.topStrengths(3)) {
      out.println(
          "  "
              + f.criterionId()
              + " "
              + both(f.title())
              + ": "
              + f.percent().toPlainString()
              + " % ("
              + f.earned().toPlainString()
              + " / "
              + f.possible().toPlainString()
              + ")");
      f.notes().forEach(note -> out.println("      - " + note));
    }
    out.println("โอกาสในการปรับปรุง 3 อันดับแรก / Top 3 opportunities for improvement:");
    for (Finding f : gaps.topOpportunities(3)) {
      out.println(
          "  "
              + f.criterionId()
              + " "
              + both(f.title())
              + ": "
              + f.atStake().toPlainString()
              + " คะแนนที่ยังไม่ได้ / points at stake");
      if (f.nextStep() != null) {
        out.println("      " + both(f.nextStep()));
      }
      f.notes().forEach(note -> out.println("      - " + note));
    }

    Scorecard gov = scorer.score(governance, SampleCooperative.governance(governance));
    out.println();
    out.println("== " + both(governance.title()) + " [" + governance.ref() + "] ==");
    LevelDecision level = gov.level(GovernanceCriteria.LEVELS).orElseThrow();
    out.println(
        "คะแนนรวม "
            + gov.total().toPlainString()
            + " จาก 100 ระดับ "
            + level.label().get(Language.TH));
    out.println(
        "Total "
            + gov.total().toPlainString()
            + " of 100, level: "
            + level.label().get(Language.EN));
    out.println("  " + both(level.reason()));
    AwardDecision plaque = gov.award(GovernanceCriteria.PLAQUE).orElseThrow();
    out.println(plaque.schemeTitle().get(Language.TH) + ": " + plaque.outcome().get(Language.TH));
    out.println(plaque.schemeTitle().get(Language.EN) + ": " + plaque.outcome().get(Language.EN));
    for (TierCheck check : plaque.checks()) {
      for (ConditionResult part : check.result().parts()) {
        out.println(
            "  " + (part.met() ? "✓ " : part.undecided() ? "? " : "✗ ") + both(part.reason()));
      }
    }
    out.println(
        "  (เกณฑ์ระดับและเงื่อนไขโล่ยังไม่ได้ตรวจสอบกับแหล่งทางการ"
            + " / thresholds and plaque conditions not verified against an official source)");
    out.flush();
  }

  /**
   * Says why an award was decided: the reasons of the parts of the tier won, or, when there is no
   * award, why the lowest tier failed. A part whose met conditions carry names (the TQC Plus
   * themes) is told by those: "Customer theme: all conditions hold".
   */
  private static Text awardReason(AwardDecision award) {
    TierCheck decisive = award.checks().get(award.checks().size() - 1);
    ConditionResult result = decisive.result();
    if (result.parts().isEmpty()) {
      return result.reason();
    }
    List<String> th = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (ConditionResult part : result.parts()) {
      List<ConditionResult> named =
          part.parts().stream().filter(p -> p.met() && p.name() != null).toList();
      for (ConditionResult shown : named.isEmpty() ? List.of(part) : named) {
        th.add(shown.reason().get(Language.TH));
        en.add(shown.reason().get(Language.EN));
      }
    }
    return Text.of(String.join("; ", th), String.join("; ", en));
  }

  private static String both(Text text) {
    return text.get(Language.TH) + " / " + text.get(Language.EN);
  }

  private static void both(PrintStream out, Text text) {
    out.println(both(text));
  }
}
