package io.github.assessmentkit.rubric;

import io.github.assessmentkit.internal.Checks;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The scoring strategy ids a rubric may name, checked when the rubric is built ({@link
 * RubricBuilder#strategies(KnownStrategies)}). A {@code StrategyRegistry} is one; {@link
 * #standard()} knows the built-in strategies and is what a builder checks against unless told
 * otherwise; {@link #any()} checks nothing, for a rubric whose strategies are registered elsewhere.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface KnownStrategies {
  /**
   * Tells whether a strategy id is known.
   *
   * @param strategyId the id
   * @return whether a rubric may name it
   */
  boolean knows(String strategyId);

  /** {@return the known ids, in order, for messages; empty when {@link #any()} ids are known} */
  Set<String> ids();

  /**
   * {@return the built-in strategies: holistic-band, points-sum, weighted-mean, checklist-fraction,
   * maturity, weakest-link and all-or-nothing}
   */
  static KnownStrategies standard() {
    return ListedStrategies.STANDARD;
  }

  /** {@return every id, checking nothing} */
  static KnownStrategies any() {
    return ListedStrategies.ANY;
  }

  /**
   * Knows exactly the ids given.
   *
   * @param ids the ids
   * @return the known strategies
   */
  static KnownStrategies of(Collection<String> ids) {
    Checks.notNull(ids, "ids");
    return new ListedStrategies(Collections.unmodifiableSet(new LinkedHashSet<>(List.copyOf(ids))));
  }
}
