package io.github.assessmentkit.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.scoring.StrategyRegistry;
import io.github.assessmentkit.scoring.UnknownStrategyException;
import io.github.assessmentkit.spi.ScoringStrategy;
import io.github.assessmentkit.spi.StrategyInput;
import io.github.assessmentkit.spi.StrategyResult;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The plans a scorer keeps ({@link ScoringPlans}): a rubric scored again with the same default
 * strategy is not checked again; each rubric and each default strategy gets its own plan; the plans
 * of the last 16 pairs are kept, the oldest making way.
 *
 * <p>Checking asks each criterion's strategy whether it fits ({@link ScoringStrategy#misfit}): a
 * strategy that counts the questions tells how often a rubric was checked, so planned.
 */
class ScoringPlansTest {
  private static final String COUNTED = "counted-sum";
  private static final Provenance TEST = Provenance.unverified(Text.en("test"), Text.en("test"));

  private final AtomicInteger checks = new AtomicInteger();
  private final StrategyRegistry registry =
      StrategyRegistry.builder().addStandard().add(new CountedSum(checks)).build();
  private final ScoringPlans plans = new ScoringPlans(registry);

  @Test
  void checks_a_rubric_once_however_often_it_is_scored() {
    // one criterion with the counted strategy: one question per check
    Rubric rubric = counted("r", 10);
    Assessment a = Assessment.quick(rubric, Rating.choice("x", "yes"));

    plans.check(rubric, Strategies.POINTS_SUM);
    plans.score(rubric, a, Strategies.POINTS_SUM);
    plans.score(rubric, a, Strategies.POINTS_SUM, null);
    plans.check(rubric, Strategies.POINTS_SUM);

    assertThat(checks).hasValue(1);
  }

  @Test
  void gives_each_rubric_its_own_plan() {
    // r10 is worth 10 points, r20 20; x rated yes earns all of them
    Rubric r10 = counted("r10", 10);
    Rubric r20 = counted("r20", 20);

    Scorecard first =
        plans.score(r10, Assessment.quick(r10, Rating.choice("x", "yes")), "points-sum");
    Scorecard second =
        plans.score(r20, Assessment.quick(r20, Rating.choice("x", "yes")), "points-sum");
    Scorecard again =
        plans.score(r10, Assessment.quick(r10, Rating.choice("x", "yes")), "points-sum");

    assertThat(first.total()).isEqualTo(new BigDecimal("10.00"));
    assertThat(second.total()).isEqualTo(new BigDecimal("20.00"));
    assertThat(again.total()).isEqualTo(new BigDecimal("10.00"));
    assertThat(checks).hasValue(2);
  }

  @Test
  void gives_each_default_strategy_its_own_plan_of_a_rubric() {
    // a criterion naming no strategy, worth 10, x yes and y no: as a points sum 5 + 0 = 5; by
    // its weakest link 0
    Rubric rubric =
        Rubric.builder("d", "1")
            .title(Text.en("d"))
            .provenance(TEST)
            .defaultStrategy(Strategies.POINTS_SUM)
            .criterion(
                Criterion.builder("C", Text.en("C"))
                    .points(10)
                    .indicator(MiniRubrics.yesNo("x"))
                    .indicator(MiniRubrics.yesNo("y"))
                    .build())
            .build();
    Assessment a = Assessment.quick(rubric, Rating.choice("x", "yes"), Rating.choice("y", "no"));

    Scorecard sum = plans.score(rubric, a, Strategies.POINTS_SUM);
    Scorecard weakest = plans.score(rubric, a, Strategies.WEAKEST_LINK);
    Scorecard sumAgain = plans.score(rubric, a, Strategies.POINTS_SUM);

    assertThat(sum.total()).isEqualTo(new BigDecimal("5.00"));
    assertThat(weakest.total()).isEqualTo(new BigDecimal("0.00"));
    assertThat(sumAgain.total()).isEqualTo(new BigDecimal("5.00"));
  }

  @Test
  void keeps_the_plans_of_the_last_16_rubrics() {
    // 17 rubrics checked in turn: 17 checks, and the first one's plan made way for the 17th's
    List<Rubric> rubrics = new ArrayList<>();
    for (int k = 0; k < 17; k++) {
      rubrics.add(counted("r" + k, 10));
      plans.check(rubrics.get(k), Strategies.POINTS_SUM);
    }
    assertThat(checks).hasValue(17);

    // the last 16 are kept: none is checked again
    for (int k = 1; k < 17; k++) {
      plans.check(rubrics.get(k), Strategies.POINTS_SUM);
    }
    assertThat(checks).hasValue(17);

    // the first is checked again
    plans.check(rubrics.get(0), Strategies.POINTS_SUM);
    assertThat(checks).hasValue(18);
  }

  @Test
  void a_rubric_that_fails_its_check_fails_again() {
    // a store for the standard strategies only: the counted strategy is unknown to it
    ScoringPlans standard = new ScoringPlans(StrategyRegistry.standard());
    Rubric rubric = counted("r", 10);

    assertThatThrownBy(() -> standard.check(rubric, Strategies.POINTS_SUM))
        .isInstanceOf(UnknownStrategyException.class);
    assertThatThrownBy(() -> standard.check(rubric, Strategies.POINTS_SUM))
        .isInstanceOf(UnknownStrategyException.class);
  }

  /** A rubric of one criterion, worth {@code points}, scored by the counted strategy. */
  private Rubric counted(String id, long points) {
    return Rubric.builder(id, "1")
        .strategies(registry)
        .title(Text.en(id))
        .provenance(TEST)
        .defaultStrategy(Strategies.POINTS_SUM)
        .totalPoints(points)
        .criterion(
            Criterion.builder("C", Text.en("C"))
                .strategy(COUNTED)
                .indicator(MiniRubrics.yesNo("x"))
                .build())
        .build();
  }

  /** A points sum that counts how often it is asked whether it fits a criterion. */
  private static final class CountedSum implements ScoringStrategy {
    private final AtomicInteger asked;
    private final ScoringStrategy sum = StrategyRegistry.standard().get(Strategies.POINTS_SUM);

    CountedSum(AtomicInteger asked) {
      this.asked = asked;
    }

    @Override
    public String id() {
      return COUNTED;
    }

    @Override
    public Text description() {
      return Text.en("a counted points sum");
    }

    @Override
    public Optional<Text> misfit(Criterion criterion) {
      asked.incrementAndGet();
      return Optional.empty();
    }

    @Override
    public StrategyResult combine(StrategyInput input) {
      return sum.combine(input);
    }
  }
}
