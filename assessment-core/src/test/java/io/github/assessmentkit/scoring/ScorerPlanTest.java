package io.github.assessmentkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.NotApplicablePolicy;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.scale.YesPartialNoScale;
import io.github.assessmentkit.testing.CqaShaped;
import io.github.assessmentkit.testing.MiniRubrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A scorer plans each rubric once and keeps the plan: scoring again, from several threads at once,
 * or after an assessment that needs the points moved, gives what a new scorer gives; a rubric that
 * does not fit its strategy fails every time.
 */
class ScorerPlanTest {
  private static final RatingValue YES = RatingValue.choice(YesPartialNoScale.YES);

  private final Rubric rubric = CqaShaped.rubric();

  @Test
  void scoring_again_gives_what_a_new_scorer_gives() {
    Assessment a = CqaShaped.ratedAt(rubric, 55, Map.of("1.1", 70, "7.2", 30));
    Scorer scorer = Scorer.of(StrategyRegistry.standard());

    Scorecard first = scorer.score(rubric, a);
    Scorecard again = scorer.score(rubric, a);

    assertThat(again).isEqualTo(first);
    assertThat(Scorer.of(StrategyRegistry.standard()).score(rubric, a)).isEqualTo(first);
  }

  @Test
  void a_rubric_that_does_not_fit_fails_every_time_and_its_default_strategy_still_scores() {
    // maturity needs level-scale indicators; the CQA-shaped items are rated on band scales
    Assessment a = CqaShaped.ratedAt(rubric, 55, Map.of());
    Scorer scorer = Scorer.of(StrategyRegistry.standard());

    for (int i = 0; i < 2; i++) {
      assertThatExceptionOfType(StrategyMisfitException.class)
          .isThrownBy(() -> scorer.score(rubric, a, Strategies.MATURITY));
    }
    assertThat(scorer.score(rubric, a)).isEqualTo(Scorer.standard().score(rubric, a));
  }

  @Test
  void a_not_applicable_rating_after_a_planned_run_moves_points_as_a_new_scorer_does() {
    Rubric rubric = MiniRubrics.checklist();
    assertThat(rubric.notApplicablePolicy()).isEqualTo(NotApplicablePolicy.EXCLUDE_AND_RENORMALISE);
    List<String> ids = rubric.indicators().stream().map(i -> i.id()).toList();
    var all = MiniRubrics.assessmentOf(rubric);
    var oneLeftOut = MiniRubrics.assessmentOf(rubric);
    for (int i = 0; i < ids.size(); i++) {
      all.rating(Rating.of(ids.get(i), YES));
      oneLeftOut.rating(
          i == 0 ? Rating.notApplicable(ids.get(i), "does not apply") : Rating.of(ids.get(i), YES));
    }
    Scorer scorer = Scorer.of(StrategyRegistry.standard());

    Scorecard planned = scorer.score(rubric, all.build());
    Scorecard moved = scorer.score(rubric, oneLeftOut.build());

    assertThat(moved)
        .isEqualTo(Scorer.of(StrategyRegistry.standard()).score(rubric, oneLeftOut.build()));
    assertThat(moved.warnings())
        .isEqualTo(Scorer.standard().score(rubric, oneLeftOut.build()).warnings());
    assertThat(moved.root().indicator(ids.get(0)).orElseThrow().status())
        .isEqualTo(IndicatorStatus.NOT_APPLICABLE);
    assertThat(planned.root().indicator(ids.get(0)).orElseThrow().status())
        .isEqualTo(IndicatorStatus.RATED);
  }

  @Test
  void threads_that_score_a_new_rubric_at_once_get_the_same_scorecard() throws Exception {
    Assessment a = CqaShaped.ratedAt(rubric, 65, Map.of("3.1", 40));
    Scorecard expected = Scorer.standard().score(rubric, a);
    Scorer scorer = Scorer.of(StrategyRegistry.standard());
    int threads = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Scorecard>> cards = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        cards.add(
            pool.submit(
                () -> {
                  start.await();
                  return scorer.score(rubric, a);
                }));
      }
      start.countDown();
      for (Future<Scorecard> card : cards) {
        assertThat(card.get(30, TimeUnit.SECONDS)).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
