package io.github.assessmentkit.scoring;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.internal.Checks;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One term of a calculation: a part of a node (an indicator or a sub-criterion) with its shown
 * points and its exact fraction, as a renderer may lay it out.
 *
 * @param id the indicator's or criterion's id
 * @param possible its shown possible points
 * @param earned its shown earned points, or {@code null} when it is not rated
 * @param fraction the exact fraction of its points it earns, or {@code null} when it is not rated
 */
public record Term(
    String id, BigDecimal possible, @Nullable BigDecimal earned, @Nullable Ratio fraction) {
  /**
   * Creates the value, checking its components.
   *
   * @param id the indicator's or criterion's id
   * @param possible its shown possible points
   * @param earned its shown earned points, or {@code null} when it is not rated
   * @param fraction the exact fraction of its points it earns, or {@code null} when not rated
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank
   */
  public Term {
    Checks.notBlank(id, "id");
    Checks.notNull(possible, "possible");
  }
}
