package io.github.assessmentkit.scoring.internal;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.StrategyRegistry;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the {@link ScoringPlan plans} of the rubrics a scorer scored, so a rubric scored again is
 * neither checked nor walked again. A plan depends only on the rubric, the default strategy and the
 * registry, all immutable, so it never goes stale; a rubric that fails its check gets no plan and
 * fails again.
 *
 * <p>Keeps the plans of the last few rubrics scored, each found by the rubric's identity; an older
 * plan makes way for a newer one. Thread-safe: the entries are an immutable list read without a
 * lock and replaced whole under one; two threads that plan the same new rubric at once both plan
 * it, with the same result.
 */
public final class ScoringPlans {
  /** How many rubric and strategy pairs are kept; the oldest goes first. */
  private static final int CAPACITY = 16;

  private final StrategyRegistry registry;
  private volatile List<Entry> entries = List.of();

  /**
   * Creates an empty store for one registry.
   *
   * @param registry the strategies the rubrics are scored with
   */
  public ScoringPlans(StrategyRegistry registry) {
    this.registry = registry;
  }

  /**
   * Checks a rubric with a default strategy, unless this pair passed before.
   *
   * @param rubric the rubric
   * @param defaultStrategy the strategy where a criterion names none
   * @throws io.github.assessmentkit.scoring.UnknownStrategyException if a strategy is not
   *     registered
   * @throws io.github.assessmentkit.scoring.StrategyMisfitException for the first criterion whose
   *     strategy does not fit it
   */
  public void check(Rubric rubric, String defaultStrategy) {
    plan(rubric, defaultStrategy);
  }

  /**
   * Scores an assessment already found valid against the rubric.
   *
   * @param rubric the rubric
   * @param assessment the assessment
   * @param defaultStrategy the strategy where a criterion names none
   * @return the scorecard
   * @throws io.github.assessmentkit.scoring.UnknownStrategyException if a strategy is not
   *     registered
   * @throws io.github.assessmentkit.scoring.StrategyMisfitException for the first criterion whose
   *     strategy does not fit it
   */
  public Scorecard score(Rubric rubric, Assessment assessment, String defaultStrategy) {
    return score(rubric, assessment, defaultStrategy, null);
  }

  /**
   * Scores an assessment already found valid against the rubric, with the rubric position of each
   * rating's indicator as validation found it.
   *
   * @param rubric the rubric
   * @param assessment the assessment
   * @param defaultStrategy the strategy where a criterion names none
   * @param found per rating, its indicator's position in {@link Rubric#indicators()} (see {@link
   *     io.github.assessmentkit.validation.internal.AssessmentRules}), or null to look them up
   * @return the scorecard
   * @throws io.github.assessmentkit.scoring.UnknownStrategyException if a strategy is not
   *     registered
   * @throws io.github.assessmentkit.scoring.StrategyMisfitException for the first criterion whose
   *     strategy does not fit it
   */
  public Scorecard score(
      Rubric rubric, Assessment assessment, String defaultStrategy, int @Nullable [] found) {
    return ScoringEngine.score(
        rubric, plan(rubric, defaultStrategy), assessment, defaultStrategy, found);
  }

  private ScoringPlan plan(Rubric rubric, String defaultStrategy) {
    ScoringPlan known = find(entries, rubric, defaultStrategy);
    if (known != null) {
      return known;
    }
    return remember(rubric, defaultStrategy, ScoringPlan.of(rubric, defaultStrategy, registry));
  }

  private synchronized ScoringPlan remember(
      Rubric rubric, String defaultStrategy, ScoringPlan plan) {
    List<Entry> old = entries;
    ScoringPlan known = find(old, rubric, defaultStrategy);
    if (known != null) {
      return known;
    }
    List<Entry> kept = new ArrayList<>(CAPACITY);
    kept.add(new Entry(rubric, defaultStrategy, plan));
    for (Entry e : old) {
      if (kept.size() < CAPACITY) {
        kept.add(e);
      }
    }
    entries = List.copyOf(kept);
    return plan;
  }

  private static @Nullable ScoringPlan find(
      List<Entry> entries, Rubric rubric, String defaultStrategy) {
    for (Entry e : entries) {
      if (e.rubric() == rubric && e.defaultStrategy().equals(defaultStrategy)) {
        return e.plan();
      }
    }
    return null;
  }

  /** A rubric's plan, with the default strategy it was made with. */
  private record Entry(Rubric rubric, String defaultStrategy, ScoringPlan plan) {}
}
