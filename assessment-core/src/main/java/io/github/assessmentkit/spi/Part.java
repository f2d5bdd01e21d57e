package io.github.assessmentkit.spi;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.scale.Scale;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One applicable part a strategy combines: an indicator at a leaf, or a scored child criterion.
 *
 * @param id the indicator's or criterion's id
 * @param possible the points allotted to it
 * @param earned the points it earned, or {@code null} when nothing in it is rated
 * @param fraction earned as a fraction of possible (for an indicator: its scale's fraction), or
 *     {@code null} when unrated
 * @param coverage what could be judged in it
 * @param scale the indicator's scale, or {@code null} for a criterion
 * @param label its band or level, or {@code null}
 */
public record Part(
    String id,
    BigDecimal possible,
    @Nullable BigDecimal earned,
    @Nullable BigDecimal fraction,
    Coverage coverage,
    @Nullable Scale scale,
    @Nullable Text label) {
  /**
   * Creates the value, checking its components.
   *
   * @param id the indicator's or criterion's id
   * @param possible the points allotted to it
   * @param earned the points it earned, or {@code null} when nothing in it is rated
   * @param fraction earned as a fraction of possible (for an indicator: its scale's fraction), or
   *     {@code null} when unrated
   * @param coverage what could be judged in it
   * @param scale the indicator's scale, or {@code null} for a criterion
   * @param label its band or level, or {@code null}
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public Part {
    Checks.notBlank(id, "id");
    Checks.nonNegative(possible, "possible");
    Checks.notNull(coverage, "coverage");
  }

  /** {@return whether the part has a rating to combine} */
  public boolean isRated() {
    return fraction != null;
  }

  /** {@return whether the part earns its full points} */
  public boolean isFullyMet() {
    return fraction != null && fraction.compareTo(BigDecimal.ONE) == 0;
  }
}
