package io.github.assessmentkit.json.internal;

import io.github.assessmentkit.internal.Messages;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.StrategyRegistry;
import io.github.assessmentkit.spi.ScoringStrategy;
import io.github.assessmentkit.text.Text;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Whether a rubric can be scored with the strategies a codec knows, as the scorer will ask before
 * it scores: each strategy named (the rubric's default, each criterion's own) is registered ({@code
 * rubric.strategy-known}), and the strategy that scores each scored criterion fits it ({@code
 * rubric.strategy-fits}, {@link ScoringStrategy#misfit}). Looks at the rubric only. Stateless;
 * thread-safe.
 */
public final class StrategyCheck {
  /** The rule for a strategy id the registry does not hold. */
  public static final String KNOWN = "rubric.strategy-known";

  /** The rule for a strategy that cannot score the criterion it is given to. */
  public static final String FITS = "rubric.strategy-fits";

  private StrategyCheck() {}

  /**
   * Reports each strategy of a rubric that is not registered, and each scored criterion whose
   * strategy does not fit it. A criterion whose strategy is unknown is not asked to fit.
   *
   * @param rubric the rubric
   * @param registry the strategies
   * @param defaultPointer where the rubric's default strategy is reported
   * @param criterionPointer where a criterion is reported, from its id
   * @param strategyPointer where a criterion's own {@code strategy} is reported, from its id
   * @param issues where violations go
   */
  public static void check(
      Rubric rubric,
      StrategyRegistry registry,
      String defaultPointer,
      Function<String, String> criterionPointer,
      Function<String, String> strategyPointer,
      Issues issues) {
    String fallback = rubric.defaultStrategy();
    boolean defaultKnown = registry.contains(fallback);
    if (!defaultKnown) {
      issues.add(
          defaultPointer,
          KNOWN,
          fallback,
          JsonMessages.unknownStrategy(rubric.id(), fallback, registry.ids()));
    }
    for (Criterion c : rubric.allCriteria()) {
      String own = c.strategy();
      if (own != null && !registry.contains(own)) {
        issues.add(
            strategyPointer.apply(c.id()),
            KNOWN,
            own,
            JsonMessages.unknownStrategy(c.id(), own, registry.ids()));
      }
    }
    fits(rubric.criteria(), fallback, registry, criterionPointer, strategyPointer, issues);
  }

  private static void fits(
      List<Criterion> criteria,
      String fallback,
      StrategyRegistry registry,
      Function<String, String> criterionPointer,
      Function<String, String> strategyPointer,
      Issues issues) {
    for (Criterion c : criteria) {
      if (!c.kind().isScored()) {
        continue;
      }
      String id = c.strategy() != null ? c.strategy() : fallback;
      if (registry.contains(id)) {
        ScoringStrategy strategy = registry.get(id);
        Optional<Text> misfit = strategy.misfit(c);
        if (misfit.isPresent()) {
          issues.add(
              c.strategy() != null ? strategyPointer.apply(c.id()) : criterionPointer.apply(c.id()),
              FITS,
              id,
              Messages.strategyMisfit(id, c.id(), misfit.get()));
        }
      }
      fits(c.children(), fallback, registry, criterionPointer, strategyPointer, issues);
    }
  }
}
