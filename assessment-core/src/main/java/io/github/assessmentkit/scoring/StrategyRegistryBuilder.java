package io.github.assessmentkit.scoring;

import io.github.assessmentkit.AssessmentException;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.Messages;
import io.github.assessmentkit.scoring.internal.BuiltInStrategies;
import io.github.assessmentkit.spi.ScoringStrategy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Builds a {@link StrategyRegistry}; start with {@link StrategyRegistry#builder()}.
 *
 * <pre>{@code
 * StrategyRegistry registry = StrategyRegistry.builder().addStandard().add(myStrategy).build();
 * }</pre>
 *
 * <p>Not thread-safe: meant for one thread. {@link #build()} copies what was added into an
 * immutable registry, so the builder may go on being used afterwards without changing it.
 */
public final class StrategyRegistryBuilder {
  private final Map<String, ScoringStrategy> byId = new LinkedHashMap<>();

  StrategyRegistryBuilder() {}

  /**
   * Adds a strategy.
   *
   * @param strategy the strategy
   * @return this builder
   * @throws AssessmentException if a strategy with the same id is already added
   */
  public StrategyRegistryBuilder add(ScoringStrategy strategy) {
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
  public StrategyRegistryBuilder addStandard() {
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
  public StrategyRegistryBuilder discover() {
    ServiceLoader.load(ScoringStrategy.class).forEach(this::add);
    return this;
  }

  /** {@return an immutable registry of the strategies added so far, in the order added} */
  public StrategyRegistry build() {
    return new StrategyRegistry(byId);
  }
}
