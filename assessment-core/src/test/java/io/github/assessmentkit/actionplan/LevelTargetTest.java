package io.github.assessmentkit.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.testing.PlanRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalQuarter;
import io.github.assessmentkit.time.FiscalYear;
import org.junit.jupiter.api.Test;

/**
 * Level targets on a maturity rubric: a node's standing is the lowest level rated among its
 * indicators, and a node marked not applicable is not assessed.
 */
class LevelTargetTest {
  private final Rubric rubric =
      Rubric.builder("maturity-plan", "1")
          .title(Text.en("Maturity"))
          .provenance(Provenance.unverified(Text.en("test"), Text.en("made up for tests")))
          .defaultStrategy(Strategies.WEIGHTED_MEAN)
          .criterion(
              Criterion.builder("M1", Text.en("Records"))
                  .points(20)
                  .indicator(Indicator.of("M1.a", Text.en("M1.a"), MiniRubrics.levels()))
                  .indicator(Indicator.of("M1.b", Text.en("M1.b"), MiniRubrics.levels()))
                  .build())
          .criterion(
              Criterion.builder("M2", Text.en("Audit"))
                  .points(20)
                  .indicator(Indicator.of("M2.a", Text.en("M2.a"), MiniRubrics.levels()))
                  .build())
          .build();

  private final Scorer scorer = Scorer.standard();
  private final FiscalQuarter due = new FiscalQuarter(FiscalYear.ofBuddhistEra(2565), 4);

  // year one: M1 at levels 1 and 2 (lowest rank 1), M2 at level 2
  private final Assessment yearOne =
      PlanRubrics.in(rubric, 2564)
          .rating(Rating.choice("M1.a", "1"))
          .rating(Rating.choice("M1.b", "2"))
          .rating(Rating.choice("M2.a", "2"))
          .build();

  @Test
  void the_lowest_level_must_reach_the_target_and_a_node_not_applicable_is_not_assessed() {
    // given
    Scorecard card = scorer.score(rubric, yearOne);
    ActionPlan plan =
        ActionPlan.builder("p", rubric, yearOne, card)
            .add(Action.of("A1", "M1", ActionTarget.level("3"), "registrar", due))
            .add(Action.of("A2", "M2", ActionTarget.level("3"), "auditor", due))
            .build();
    // year two: M1 at levels 3 and 4 (lowest rank 3), M2 not applicable
    Assessment yearTwo =
        PlanRubrics.in(rubric, 2565)
            .rating(Rating.choice("M1.a", "3"))
            .rating(Rating.choice("M1.b", "4"))
            .rating(Rating.notApplicable("M2.a", "the audit unit closed"))
            .build();

    // when
    PlanReview review = plan.review(rubric, yearTwo, scorer.score(rubric, yearTwo));

    // then: A1 from rank 1 to rank 3, the target's rank 3 → met; A2 not assessed
    assertThat(plan.action("A1").orElseThrow().baseline().standing()).isEqualByComparingTo("1");
    ActionResult a1 = review.results().get(0);
    assertThat(a1.verdict()).isEqualTo(Verdict.MET);
    assertThat(a1.achieved()).isEqualByComparingTo("3");
    assertThat(a1.target()).isEqualByComparingTo("3");
    ActionResult a2 = review.results().get(1);
    assertThat(a2.verdict()).isEqualTo(Verdict.NOT_ASSESSED);
    assertThat(a2.explanation().get(Language.EN))
        .isEqualTo("A2 (M2): not assessed, the node is not applicable");
  }

  @Test
  void a_target_must_fit_its_nodes_scale() {
    // given
    Scorecard card = scorer.score(rubric, yearOne);
    ActionPlanBuilder builder = ActionPlan.builder("p", rubric, yearOne, card);

    // when / then
    assertThatThrownBy(
            () -> builder.add(Action.of("A1", "M1", ActionTarget.level("9"), "registrar", due)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("node M1 has no level 9 on its level scale");
    assertThatThrownBy(
            () -> builder.add(Action.of("A1", "M1", ActionTarget.band(4), "registrar", due)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("node M1 has no indicator on a band scale, so a band target does not fit it");
    assertThatThrownBy(
            () -> builder.add(Action.of("A1", "M9", ActionTarget.level("3"), "registrar", due)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("plan p names M9, which the scorecard it is written from does not hold");
  }
}
