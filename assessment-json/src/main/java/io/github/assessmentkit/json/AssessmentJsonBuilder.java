package io.github.assessmentkit.json;

import io.github.assessmentkit.internal.Checks;

/**
 * Builds an {@link AssessmentJson} with other read limits.
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

  /** {@return the codec} */
  public AssessmentJson build() {
    return new AssessmentJson(limits);
  }
}
