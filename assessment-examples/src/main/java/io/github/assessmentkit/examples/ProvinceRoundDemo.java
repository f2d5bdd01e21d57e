package io.github.assessmentkit.examples;

import io.github.assessmentkit.cqa.CqaCriteria;
import io.github.assessmentkit.cqa.CqaSets;
import io.github.assessmentkit.cqa.GovernanceCriteria;
import io.github.assessmentkit.planning.Plan;
import io.github.assessmentkit.planning.Step;
import io.github.assessmentkit.planning.StepEffect;
import io.github.assessmentkit.planning.Target;
import io.github.assessmentkit.planning.WhatIf;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.AwardDecision;
import io.github.assessmentkit.scoring.LevelDecision;
import io.github.assessmentkit.scoring.RubricRegistry;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A province office's annual round: thirty cooperatives and farmer groups in three provinces
 * ({@link SampleRound}), each scored against the CQA set and the good-governance set; the round
 * ranked on the CQA set, its five plaques, the leaders of each CQA category and the learning pairs
 * ({@link RoundAnalysis}, printed by {@link RoundPrinter}); then, for one organisation, what one
 * step up each item would add and the fewest steps to TQC Plus. Prints in Thai and English.
 *
 * <p>Run it with {@code ./mvnw -B -q -Pdemo
 * -Ddemo.mainClass=io.github.assessmentkit.examples.ProvinceRoundDemo -pl assessment-examples -am
 * package -DskipTests}.
 */
public final class ProvinceRoundDemo {
  /** How many single steps the demo lists, the largest gains first. */
  static final int STEPS_SHOWN = 5;

  private ProvinceRoundDemo() {}

  /**
   * The round scored: one CQA and one governance scorecard per organisation, in the round's order.
   * This is what a cohort analysis of the round reads: every scorecard of one list is of one rubric
   * version and one fiscal year.
   *
   * @param members the organisations with their assessments
   * @param cqa their CQA scorecards
   * @param governance their governance scorecards
   */
  record ScoredRound(
      List<SampleRound.Member> members, List<Scorecard> cqa, List<Scorecard> governance) {}

  /**
   * Prints the demo to standard output, in UTF-8 so the Thai text reads right on any console.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /**
   * Scores the sample round.
   *
   * @param cqa the CQA set
   * @param governance the good-governance set
   * @return the round with its scorecards
   */
  static ScoredRound score(Rubric cqa, Rubric governance) {
    Scorer scorer = Scorer.standard();
    List<SampleRound.Member> members = SampleRound.members(cqa, governance);
    List<Scorecard> cqaCards = new ArrayList<>();
    List<Scorecard> governanceCards = new ArrayList<>();
    for (SampleRound.Member m : members) {
      cqaCards.add(scorer.score(cqa, m.cqa()));
      governanceCards.add(scorer.score(governance, m.governance()));
    }
    return new ScoredRound(members, List.copyOf(cqaCards), List.copyOf(governanceCards));
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
    ScoredRound round = score(cqa, governance);

    printRoster(out, round);
    RoundAnalysis analysis = RoundAnalysis.of(cqa, round);
    RoundPrinter printer = new RoundPrinter(out, cqa, round);
    printer.ranking(analysis.cohort(), analysis.rankings());
    printer.plaques(analysis.plaques());
    printer.leaders(analysis.exchanges());
    printer.pairs(analysis.exchanges());
    printWhatIf(out, cqa, round);
    out.flush();
  }

  /** Every organisation with its CQA total and award and its governance total and level. */
  private static void printRoster(PrintStream out, ScoredRound round) {
    out.println(
        "== รอบการประเมินประจำปี "
            + SampleRound.YEAR.label().get(Language.TH)
            + " / Annual round, "
            + SampleRound.YEAR.label().get(Language.EN)
            + " ==");
    out.println(
        "องค์กร "
            + round.members().size()
            + " แห่ง ใน 3 จังหวัด / "
            + round.members().size()
            + " organisations in 3 provinces");
    for (int i = 0; i < round.members().size(); i++) {
      SampleRound.Member m = round.members().get(i);
      Scorecard c = round.cqa().get(i);
      Scorecard g = round.governance().get(i);
      AwardDecision award = c.award(CqaCriteria.AWARD_SCHEME).orElseThrow();
      LevelDecision level = g.level(GovernanceCriteria.LEVELS).orElseThrow();
      out.println(
          "  "
              + both(m.subject().name())
              + " ["
              + both(m.province())
              + ", "
              + both(m.subject().type().label())
              + "]: CQA "
              + c.total().toPlainString()
              + " "
              + both(award.outcome())
              + "; ธรรมาภิบาล / governance "
              + g.total().toPlainString()
              + " "
              + both(level.label()));
    }
  }

  /** One organisation: its single steps, and its plan to TQC Plus. */
  private static void printWhatIf(PrintStream out, Rubric cqa, ScoredRound round) {
    SampleRound.Member planned =
        round.members().stream()
            .filter(m -> m.subject().id().equals(SampleRound.PLANNED))
            .findFirst()
            .orElseThrow();
    WhatIf whatIf = WhatIf.of(cqa, planned.cqa());
    Scorecard now = whatIf.scorecard();
    out.println();
    out.println("== ถ้ายกระดับ: แผนสู่ TQC Plus / What if: a plan to TQC Plus ==");
    out.println(both(planned.subject().name()));
    AwardDecision award = now.award(CqaCriteria.AWARD_SCHEME).orElseThrow();
    out.println(
        "คะแนนรวม CQA "
            + now.total().toPlainString()
            + " รางวัลตอนนี้: "
            + award.outcome().get(Language.TH));
    out.println(
        "CQA total "
            + now.total().toPlainString()
            + ", award now: "
            + award.outcome().get(Language.EN));
    out.println(
        "ยกทีละหนึ่งขั้น " + STEPS_SHOWN + " อันดับแรก / Top " + STEPS_SHOWN + " single steps:");
    for (StepEffect e : whatIf.stepsByGain().subList(0, STEPS_SHOWN)) {
      out.println("  " + e.explanation().get(Language.TH));
      out.println("  " + e.explanation().get(Language.EN));
      e.changes().forEach(ch -> out.println("    → " + both(ch.describe())));
    }

    Plan plan = whatIf.plan(Target.awardTier(CqaCriteria.AWARD_SCHEME, CqaCriteria.TIER_TQC_PLUS));
    out.println("เงื่อนไขที่ยังไม่ผ่าน / Conditions failing now:");
    plan.failingBefore().forEach(t -> out.println("  ✗ " + both(t)));
    out.println("แผน: " + plan.explanation().get(Language.TH));
    out.println("Plan: " + plan.explanation().get(Language.EN));
    for (Step s : plan.steps()) {
      out.println(
          "  " + s.shortForm() + (s.toLabel() == null ? "" : " (" + both(s.toLabel()) + ")"));
    }
    AwardDecision after = plan.after().award(CqaCriteria.AWARD_SCHEME).orElseThrow();
    out.println("รางวัลหลังทำตามแผน: " + after.outcome().get(Language.TH));
    out.println("Award after the plan: " + after.outcome().get(Language.EN));
    after.namedConditionsHeld().forEach(t -> out.println("  ✓ " + both(t)));
    Text note = plan.searchNote();
    if (note != null) {
      out.println("  (" + both(note) + ")");
    }
    for (Text blocker : plan.blockers()) {
      out.println("  ✗ " + both(blocker));
    }
  }

  static String both(Text text) {
    return text.get(Language.TH) + " / " + text.get(Language.EN);
  }
}
