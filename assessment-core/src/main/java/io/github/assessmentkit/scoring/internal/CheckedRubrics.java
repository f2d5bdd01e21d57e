package io.github.assessmentkit.scoring.internal;

import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.StrategyRegistry;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * Remembers the rubrics that passed {@link ScoringEngine#check} against one registry, so a rubric
 * scored again is not walked again. The check reads only the rubric and the registry, both
 * immutable, so its outcome never changes; a check that fails is not remembered and fails again.
 *
 * <p>Keeps the last few rubrics by identity, weakly, so it holds no rubric alive. Thread-safe: the
 * entries are an immutable list read without a lock and replaced whole under one; two threads that
 * check the same new rubric at once both walk it, with the same outcome.
 */
public final class CheckedRubrics {
  /** How many rubric and strategy pairs are kept; the oldest goes first. */
  private static final int CAPACITY = 16;

  private final StrategyRegistry registry;
  private volatile List<Entry> entries = List.of();

  /**
   * Creates an empty memory for one registry.
   *
   * @param registry the strategies the rubrics are checked against
   */
  public CheckedRubrics(StrategyRegistry registry) {
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
    if (find(entries, rubric, defaultStrategy)) {
      return;
    }
    ScoringEngine.check(rubric, defaultStrategy, registry);
    remember(rubric, defaultStrategy);
  }

  private synchronized void remember(Rubric rubric, String defaultStrategy) {
    List<Entry> old = entries;
    if (find(old, rubric, defaultStrategy)) {
      return;
    }
    List<Entry> kept = new ArrayList<>(CAPACITY);
    kept.add(new Entry(new WeakReference<>(rubric), defaultStrategy));
    for (Entry e : old) {
      if (kept.size() < CAPACITY && e.rubric().get() != null) {
        kept.add(e);
      }
    }
    entries = List.copyOf(kept);
  }

  private static boolean find(List<Entry> entries, Rubric rubric, String defaultStrategy) {
    for (Entry e : entries) {
      if (e.rubric().get() == rubric && e.defaultStrategy().equals(defaultStrategy)) {
        return true;
      }
    }
    return false;
  }

  /** A rubric that passed, with the default strategy it passed with. */
  private record Entry(WeakReference<Rubric> rubric, String defaultStrategy) {}
}
