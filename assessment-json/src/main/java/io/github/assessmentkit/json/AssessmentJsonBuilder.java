package io.github.assessmentkit.json;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.scoring.StrategyRegistry;
import org.jspecify.annotations.Nullable;

/**
 * Builds an {@link AssessmentJson} with other read limits or other scoring strategies.
 *
 * <pre>{@code
 * AssessmentJson json = AssessmentJson.builder()
 *     .limits(JsonLimits.DEFAULTS.withMaxDocumentBytes(64L * 1024 * 1024))
 *     .build();
 * }</pre>
 *
 * <p>Not thread-safe; {@link #build()} gives an immutable, thread-safe codec.
 */
public final class AssessmentJsonBuilder {
  private JsonLimits limits = JsonLimits.DEFAULTS;
  private @Nullable StrategyRegistry strategies;

  AssessmentJsonBuilder() {}

  /**
   * Sets the read limits.
   *
   * @param value the limits
   * @return this builder
   */
  public AssessmentJsonBuilder limits(JsonLimits value) {
    this.limits = Checks.notNull(value, "limits");
    return this;
  }

  /**
   * Sets the scoring strategies a rubric may name. A rubric document that names a strategy the
   * registry does not hold, or gives a criterion a strategy that does not fit it, is refused when
   * read ({@code rubric.strategy-known}, {@code rubric.strategy-fits}), and validating an
   * assessment against such a rubric reports the same. Unless set: the standard strategies and
   * those {@link java.util.ServiceLoader} finds.
   *
   * <pre>{@code
   * AssessmentJson json = AssessmentJson.builder()
   *     .strategies(StrategyRegistry.builder().addStandard().add(myStrategy).build())
   *     .build();
   * }</pre>
   *
   * @param value the strategies
   * @return this builder
   */
  public AssessmentJsonBuilder strategies(StrategyRegistry value) {
    this.strategies = Checks.notNull(value, "strategies");
    return this;
  }

  /** {@return the codec} */
  public AssessmentJson build() {
    return new AssessmentJson(limits, strategies);
  }
}
