package io.github.assessmentkit.cqa.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentBuilder;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.cqa.GovernanceCriteria;
import io.github.assessmentkit.planning.OutcomeChange;
import io.github.assessmentkit.planning.Plan;
import io.github.assessmentkit.planning.StepEffect;
import io.github.assessmentkit.planning.Target;
import io.github.assessmentkit.planning.WhatIf;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.text.Text;
import org.junit.jupiter.api.Test;

/**
 * What-if on the good-governance set, worked out by hand: the demo's sample savings cooperative
 * (91.11, outstanding, plaque granted; see the examples' DemoTest) with one answer lowered, G2.3
 * (no fraud in the last two accounting years, weight 3 of G2's 11) from yes to partly.
 */
class GovernancePlanScenarioTest {
  private final Rubric governance = GovernanceCriteria.rubric();

  private Assessment partlyClean() {
    AssessmentBuilder b = Assessment.quick(governance).toBuilder();
    String answers =
        "G1.1=yes G1.2=4 G1.3=yes G1.4=yes G1.5=4 G1.6=4 "
            + "G2.1=yes G2.2=4 G2.3=partial G2.4=4 G2.5=yes "
            + "G3.1=yes G3.2=4 G3.3=3 G3.4=yes G3.5=yes G3.6=4 "
            + "G4.1=2 G4.2=3 G4.3=2 G4.4=yes G4.5=3 G4.6=4 "
            + "G5.1=4 G5.2=4 G5.3=4 G5.4=3 G5.5=4 G5.6=4 "
            + "G6.1=3 G6.2=4 G6.3=yes G6.4=3 G6.5=3 G6.6=yes";
    for (String answer : answers.split(" ")) {
      String[] pair = answer.split("=");
      b.rating(Rating.choice(pair[0], pair[1]));
    }
    return b.build();
  }

  @Test
  void raising_g2_3_to_yes_gives_back_the_level_and_the_plaque() {
    // given G2 (40/3 points) = 40/3 x (11 - 3 x 0.5) / 11 = 380/33, 20/11 below full marks; the
    // total 1640/18 - 20/11 = 8840/99 = 89.29: very good (>= 80, not >= 90), and G2.3 at 50 %
    WhatIf whatIf = WhatIf.of(governance, partlyClean());
    assertThat(whatIf.scorecard().total()).isEqualByComparingTo("89.29");

    // when
    StepEffect g23 =
        whatIf.steps().stream()
            .filter(e -> e.step().indicatorId().equals("G2.3"))
            .findFirst()
            .orElseThrow();

    // then the step adds 20/11 exactly, back to 91.11: outstanding, and the plaque
    assertThat(g23.exactGain()).isEqualTo(Ratio.of(20, 11));
    assertThat(g23.totalAfter()).isEqualByComparingTo("91.11");
    assertThat(g23.changes())
        .extracting(OutcomeChange::kind, OutcomeChange::fromId, OutcomeChange::toId)
        .containsExactly(
            tuple(
                OutcomeChange.Kind.LEVEL,
                GovernanceCriteria.VERY_GOOD,
                GovernanceCriteria.OUTSTANDING),
            tuple(OutcomeChange.Kind.AWARD, null, GovernanceCriteria.PLAQUE_GRANTED));
  }

  @Test
  void the_plaque_needs_exactly_that_step() {
    // given the plaque needs G2.3 at 100 %: only "yes" gives it, one step from "partial", and
    // that step alone lifts the total to 91.11, outstanding
    Assessment a = partlyClean();

    // when
    Plan plan =
        WhatIf.of(governance, a)
            .plan(Target.awardTier(GovernanceCriteria.PLAQUE, GovernanceCriteria.PLAQUE_GRANTED));

    // then
    assertThat(plan.steps()).extracting(s -> s.shortForm()).containsExactly("G2.3: partial → yes");
    assertThat(plan.cheapest()).isTrue();
    assertThat(plan.after().total()).isEqualByComparingTo("91.11");
    assertThat(plan.failingBefore())
        .containsExactly(
            Text.of(
                "ระดับธรรมาภิบาล: ดีมาก ไม่ถึงระดับ ดีเด่น",
                "Governance level: Very good does not reach Outstanding"),
            Text.of("ร้อยละของ G2.3 = 50.00 ไม่ ≥ 100", "percent of G2.3 = 50.00 not ≥ 100"));
    assertThat(Scorer.standard().score(governance, plan.applyTo(a))).isEqualTo(plan.after());
  }

  @Test
  void the_next_level_takes_one_step_of_any_that_adds_at_least_0_71() {
    // given outstanding needs 90.00 from 89.29: G3.3 3 -> 4 adds 20 x 2 x 0.25 / 12 = 0.83,
    // G2.3 adds 1.82, G4.1 2 -> 3 adds 20 x 3 x 0.25 / 12 = 1.25: one step is enough
    Plan plan =
        WhatIf.of(governance, partlyClean()).plan(Target.nextRung(GovernanceCriteria.LEVELS));

    // then
    assertThat(plan.steps()).hasSize(1);
    assertThat(plan.cheapest()).isTrue();
    assertThat(plan.after().level(GovernanceCriteria.LEVELS).orElseThrow().rungId())
        .isEqualTo(GovernanceCriteria.OUTSTANDING);
    assertThat(plan.target())
        .isEqualTo(
            Text.of("ระดับธรรมาภิบาล: ดีเด่น ขึ้นไป", "Governance level: Outstanding or higher"));
  }
}
