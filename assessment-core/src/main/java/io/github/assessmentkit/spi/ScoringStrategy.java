package io.github.assessmentkit.spi;

import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.scoring.StrategyRegistry;
import io.github.assessmentkit.text.Text;

/**
 * How one criterion's points follow from its parts. A strategy has a stable id, which a rubric
 * names as its default or on a criterion, and which every scorecard node records.
 *
 * <p>Built-in strategies are listed in {@link Strategies}. A custom one is registered on a {@link
 * StrategyRegistry}, directly or through {@link java.util.ServiceLoader} (provide {@code
 * io.github.assessmentkit.spi.ScoringStrategy}). Implementations must be pure and thread-safe, and
 * return between 0 and the possible points with two decimal places.
 *
 * <pre>{@code
 * ScoringStrategy best = new ScoringStrategy() {
 *   public String id() { return "best-part"; }
 *   public Text description() { return Text.en("the best part's fraction of the points"); }
 *   public StrategyResult combine(StrategyInput in) { ... }
 * };
 * Scorer scorer = Scorer.of(StrategyRegistry.builder().addStandard().add(best).build());
 * }</pre>
 */
public interface ScoringStrategy {

  /** {@return the stable id, lower-case words joined by hyphens} */
  String id();

  /** {@return what the strategy does, in Thai and English} */
  Text description();

  /**
   * Combines the applicable parts of one criterion into its points.
   *
   * @param input the criterion, its possible points and its parts
   * @return the points earned, with label and explanation
   */
  StrategyResult combine(StrategyInput input);
}
