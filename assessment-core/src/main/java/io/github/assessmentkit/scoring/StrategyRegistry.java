package io.github.assessmentkit.scoring;

import io.github.assessmentkit.AssessmentException;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.Messages;
import io.github.assessmentkit.scoring.internal.BuiltInStrategies;
import io.github.assessmentkit.spi.ScoringStrategy;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
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
public final class StrategyRegistry {
  private static final StrategyRegistry STANDARD = builder().addStandard().build();

  private final Map<String, ScoringStrategy> byId;

  private StrategyRegistry(Map<String, ScoringStrategy> byId) {
    this.byId = Collections.unmodifiableMap(new LinkedHashMap<>(byId));
  }

  /** {@return a registry of the built-in strategies listed in {@link Strategies}} */
  public static StrategyRegistry standard() {
    return STANDARD;
  }

  /** {@return an empty builder} */
  public static Builder builder() {
    return new Builder();
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

  /** {@return the registered ids, in registration order} */
  public Set<String> ids() {
    return byId.keySet();
  }

  /** Builds a {@link StrategyRegistry}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, ScoringStrategy> byId = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds a strategy.
     *
     * @param strategy the strategy
     * @return this builder
     * @throws AssessmentException if a strategy with the same id is already added
     */
    public Builder add(ScoringStrategy strategy) {
      Checks.notNull(strategy, "strategy");
      String id = Checks.notBlank(strategy.id(), "strategy id");
      if (byId.putIfAbsent(id, strategy) != null) {
        throw new AssessmentException(Messages.duplicateStrategy(id));
      }
      return this;
    }

    /**
     * Adds the built-in strategies.
     *
     * @return this builder
     */
    public Builder addStandard() {
      List<ScoringStrategy> all = BuiltInStrategies.all();
      all.forEach(this::add);
      return this;
    }

    /**
     * Adds the strategies found by {@link ServiceLoader} on the class path or module path.
     *
     * @return this builder
     * @throws AssessmentException if a found strategy repeats an id
     */
    public Builder discover() {
      ServiceLoader.load(ScoringStrategy.class).forEach(this::add);
      return this;
    }

    /** {@return the immutable registry} */
    public StrategyRegistry build() {
      return new StrategyRegistry(byId);
    }
  }
}
