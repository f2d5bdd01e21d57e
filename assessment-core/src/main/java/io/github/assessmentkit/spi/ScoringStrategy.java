package io.github.assessmentkit.spi;

import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.scoring.StrategyRegistry;
import io.github.assessmentkit.text.Text;
import java.util.Optional;

/**
 * How one criterion's points follow from its parts. A strategy has a stable id, which a rubric
 * names as its default or on a criterion, and which every scorecard node records.
 *
 * <p>Built-in strategies are listed in {@link Strategies}. A custom one is registered on a {@link
 * StrategyRegistry}, directly or through {@link java.util.ServiceLoader} (provide {@code
 * io.github.assessmentkit.spi.ScoringStrategy}). Implementations must be pure and thread-safe, and
 * return between 0 and the possible points with two decimal places.
 *
 * <p>A strategy that cannot score every criterion says so in {@link #misfit(Criterion)}; a {@link
 * Scorer} asks it about every criterion it would score before it scores any, so a rubric that does
 * not fit fails at once, naming the criterion, never halfway through.
 *
 * <pre>{@code
 * ScoringStrategy best = new ScoringStrategy() {
 *   public String id() { return "best-part"; }
 *   public Text description() { return Text.en("the best part's fraction of the points"); }
 *   public Optional<Text> misfit(Criterion criterion) { return Optional.empty(); }
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
   * Tells why this strategy cannot score a criterion as the rubric sets it up, for example {@code
   * holistic-band} on a leaf without exactly one band-scale indicator, or {@code maturity} on a
   * leaf with an indicator not on a level scale. Looks only at the criterion (its indicators, their
   * scales, whether it has children), never at ratings, so the answer holds for every assessment.
   *
   * <p>A {@link Scorer} asks before it scores anything, about every criterion it would score with
   * this strategy, and throws a {@code StrategyMisfitException} for the first that does not fit.
   * That error's message is the text returned here when the text names, in both languages, the
   * criterion's id and this strategy's id in single quotes (as in {@code strategy 'maturity' needs
   * level-scale indicators at '1'}); otherwise the error puts both ids in front of it.
   *
   * <p>The default fits every criterion. Must be pure and thread-safe.
   *
   * @param criterion a criterion this strategy would score, leaf or not
   * @return why it does not fit, in Thai and English, or empty when it fits
   */
  default Optional<Text> misfit(Criterion criterion) {
    return Optional.empty();
  }

  /**
   * Combines the applicable parts of one criterion into its points.
   *
   * @param input the criterion, its possible points and its parts
   * @return the points earned, with label and explanation
   */
  StrategyResult combine(StrategyInput input);
}
