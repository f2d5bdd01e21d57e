package io.github.assessmentkit.scoring.internal;

import io.github.assessmentkit.internal.Messages;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.StrategyMisfitException;
import io.github.assessmentkit.scoring.StrategyRegistry;
import io.github.assessmentkit.scoring.UnknownStrategyException;
import io.github.assessmentkit.spi.ScoringStrategy;
import io.github.assessmentkit.text.Text;
import java.util.List;
import java.util.Optional;

/** Whether a rubric can be scored with a registry: its strategies known and fitting. */
final class FitCheck {
  private FitCheck() {}

  /**
   * Checks, before anything is scored, that every strategy the rubric names is registered and that
   * each criterion's strategy fits it ({@link ScoringStrategy#misfit}). Looks at the rubric only,
   * never at an assessment, so its cost does not grow with the ratings.
   *
   * @param rubric the rubric
   * @param defaultStrategy the strategy where a criterion names none
   * @param registry the strategies
   * @throws UnknownStrategyException if a strategy is not registered
   * @throws StrategyMisfitException for the first criterion, in rubric order, whose strategy does
   *     not fit it
   */
  static void check(Rubric rubric, String defaultStrategy, StrategyRegistry registry) {
    registry.get(defaultStrategy);
    for (Criterion c : rubric.allCriteria()) {
      if (c.strategy() != null) {
        registry.get(c.strategy());
      }
    }
    checkFit(ScoringEngine.scored(rubric.criteria()), defaultStrategy, registry);
  }

  /** Asks each criterion's strategy whether it fits, for every criterion the engine scores. */
  private static void checkFit(
      List<Criterion> criteria, String defaultStrategy, StrategyRegistry registry) {
    for (Criterion c : criteria) {
      ScoringStrategy strategy =
          registry.get(c.strategy() != null ? c.strategy() : defaultStrategy);
      Optional<Text> misfit = strategy.misfit(c);
      if (misfit.isPresent()) {
        throw new StrategyMisfitException(
            c.id(), strategy.id(), Messages.strategyMisfit(strategy.id(), c.id(), misfit.get()));
      }
      checkFit(ScoringEngine.scored(c.children()), defaultStrategy, registry);
    }
  }
}
