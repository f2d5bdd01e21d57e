package io.github.assessmentkit.spi;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.scale.Scale;
import io.github.assessmentkit.text.Text;
import org.jspecify.annotations.Nullable;

/**
 * One part a strategy combines: an indicator, or a scored sub-criterion, that counts (the scoring
 * policies have not left it out). Every value is exact.
 *
 * @param id the indicator's or criterion's id
 * @param share its share of the criterion: the counted parts' shares add up to 1 (by their points
 *     when the criterion has points to share, else by their weights)
 * @param possible the points allotted to it
 * @param fraction the fraction of its points it earns, from 0 to 1: its rating's fraction on its
 *     scale, its own result (a sub-criterion), or what a policy counts it as (0 for a missing
 *     rating counted as zero, 1 for not applicable counted as met)
 * @param coverage what could be judged in it
 * @param scale the indicator's scale, or {@code null} for a sub-criterion
 * @param label its band or level, or {@code null}
 */
public record Part(
    String id,
    Ratio share,
    Ratio possible,
    Ratio fraction,
    Coverage coverage,
    @Nullable Scale scale,
    @Nullable Text label) {
  /**
   * Creates the value, checking its components.
   *
   * @param id the indicator's or criterion's id
   * @param share its share of the criterion
   * @param possible the points allotted to it
   * @param fraction the fraction of its points it earns, from 0 to 1
   * @param coverage what could be judged in it
   * @param scale the indicator's scale, or {@code null} for a sub-criterion
   * @param label its band or level, or {@code null}
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public Part {
    Checks.notBlank(id, "id");
    Checks.notNull(share, "share");
    Checks.notNull(possible, "possible");
    Checks.notNull(fraction, "fraction");
    Checks.notNull(coverage, "coverage");
  }

  /** {@return the points it earns: fraction × possible, exactly} */
  public Ratio earned() {
    return fraction.times(possible);
  }

  /** {@return whether anything in it is rated (a value, or not applicable counted by a policy)} */
  public boolean isRated() {
    return coverage.rated() > 0;
  }

  /** {@return whether it earns its full points} */
  public boolean isFullyMet() {
    return fraction.isOne();
  }
}
