package io.github.assessmentkit.scoring;

import io.github.assessmentkit.rubric.KnownStrategies;
import io.github.assessmentkit.spi.ScoringStrategy;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The strategies a {@link Scorer} may use, by id. Immutable and thread-safe once built.
 *
 * <pre>{@code
 * StrategyRegistry standard = StrategyRegistry.standard();
 * StrategyRegistry custom = StrategyRegistry.builder().addStandard().add(myStrategy).build();
 * StrategyRegistry discovered = StrategyRegistry.builder().addStandard().discover().build();
 * }</pre>
 */
public final class StrategyRegistry implements KnownStrategies {
  private static final StrategyRegistry STANDARD = builder().addStandard().build();

  private final Map<String, ScoringStrategy> byId;

  StrategyRegistry(Map<String, ScoringStrategy> byId) {
    this.byId = Collections.unmodifiableMap(new LinkedHashMap<>(byId));
  }

  /** {@return a registry of the built-in strategies listed in {@link Strategies}} */
  public static StrategyRegistry standard() {
    return STANDARD;
  }

  /** {@return an empty builder} */
  public static StrategyRegistryBuilder builder() {
    return new StrategyRegistryBuilder();
  }

  /**
   * Finds a strategy.
   *
   * @param id the strategy's id
   * @return the strategy
   * @throws UnknownStrategyException if no strategy has that id
   */
  public ScoringStrategy get(String id) {
    ScoringStrategy s = byId.get(id);
    if (s == null) {
      throw new UnknownStrategyException(id, byId.keySet());
    }
    return s;
  }

  /**
   * Tells whether a strategy is registered.
   *
   * @param id the id
   * @return whether it is
   */
  public boolean contains(String id) {
    return byId.containsKey(id);
  }

  /**
   * Tells whether a strategy is registered: what a rubric builder given this registry checks
   * ({@link io.github.assessmentkit.rubric.RubricBuilder#strategies(KnownStrategies)}).
   *
   * @param id the id
   * @return whether it is
   */
  @Override
  public boolean knows(String id) {
    return contains(id);
  }

  /** {@return the registered ids, in registration order} */
  @Override
  public Set<String> ids() {
    return byId.keySet();
  }
}
