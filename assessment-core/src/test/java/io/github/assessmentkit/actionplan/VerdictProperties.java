package io.github.assessmentkit.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.testing.PlanRubrics;
import io.github.assessmentkit.time.FiscalQuarter;
import io.github.assessmentkit.time.FiscalYear;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An action's verdict is monotone in the score it looks at: a higher score never judges worse. */
class VerdictProperties {
  private static final int EXAMPLES = 200;

  /** Every percent the test bands allow: 0, 5, 10, …, 100. */
  private static final List<Integer> STEPS =
      java.util.stream.IntStream.rangeClosed(0, 20).map(i -> i * 5).boxed().toList();

  private final Rubric rubric = PlanRubrics.fourItems();
  private final Scorer scorer = Scorer.standard();

  /** Worse to better among assessed verdicts; not assessed never comes from a rated node. */
  private static int rank(Verdict v) {
    return switch (v) {
      case NOT_ASSESSED -> -1;
      case NOT_MET -> 0;
      case PARTLY_MET -> 1;
      case MET -> 2;
    };
  }

  @Test
  void the_rule_never_judges_a_higher_standing_worse() {
    qt().withExamples(EXAMPLES)
        .forAll(
            integers().between(0, 100),
            integers().between(0, 100),
            integers().between(0, 100),
            integers().between(0, 100))
        .checkAssert(
            (b, t, x, y) -> {
              BigDecimal low = BigDecimal.valueOf(Math.min(x, y));
              BigDecimal high = BigDecimal.valueOf(Math.max(x, y));
              BigDecimal base = BigDecimal.valueOf(b);
              BigDecimal target = BigDecimal.valueOf(t);
              assertThat(rank(VerdictRule.verdict(base, high, target)))
                  .isGreaterThanOrEqualTo(rank(VerdictRule.verdict(base, low, target)));
            });
  }

  @Test
  void a_higher_rating_at_the_next_assessment_never_judges_an_action_worse() {
    FiscalQuarter due = new FiscalQuarter(FiscalYear.ofBuddhistEra(2565), 2);
    qt().withExamples(EXAMPLES)
        .forAll(
            integers().between(0, 20),
            integers().between(0, 20),
            integers().between(0, 20),
            integers().between(0, 2))
        .checkAssert(
            (before, x, y, kind) -> {
              Assessment from =
                  PlanRubrics.in(rubric, 2564).rating(Rating.of("1.1", STEPS.get(before))).build();
              ActionTarget target =
                  switch (kind) {
                    case 0 -> ActionTarget.percent(BigDecimal.valueOf(STEPS.get(x)));
                    case 1 -> ActionTarget.band(1 + x % 6);
                    default -> ActionTarget.percent(new BigDecimal("62.5"));
                  };
              ActionPlan plan =
                  ActionPlan.builder("p", rubric, from, scorer.score(rubric, from))
                      .add(Action.of("A1", "1.1", target, "chair", due))
                      .build();
              int low = Math.min(x, y);
              int high = Math.max(x, y);
              assertThat(rank(verdictAt(plan, STEPS.get(high))))
                  .isGreaterThanOrEqualTo(rank(verdictAt(plan, STEPS.get(low))));
            });
  }

  private Verdict verdictAt(ActionPlan plan, int percent) {
    Assessment next = PlanRubrics.in(rubric, 2565).rating(Rating.of("1.1", percent)).build();
    return plan.review(rubric, next, scorer.score(rubric, next)).results().get(0).verdict();
  }
}
