package io.github.assessmentkit.scoring.internal;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.spi.Part;
import java.util.List;

/** The arithmetic the built-in strategies share, exactly. */
final class Fractions {
  private Fractions() {}

  /**
   * The parts' fractions weighted by their shares: a node's fraction under a sum or a mean.
   *
   * @param parts the parts, whose shares add up to 1
   * @return Σ share × fraction
   */
  static Ratio weighted(List<Part> parts) {
    Ratio sum = Ratio.ZERO;
    for (int i = 0; i < parts.size(); i++) {
      Part p = parts.get(i);
      sum = sum.plus(p.share().times(p.fraction()));
    }
    return sum;
  }

  /**
   * The part with the lowest fraction, the first on a tie.
   *
   * @param parts the parts, at least one
   * @return the part
   */
  static Part lowest(List<Part> parts) {
    Part lowest = parts.get(0);
    for (int i = 1; i < parts.size(); i++) {
      Part p = parts.get(i);
      if (p.fraction().compareTo(lowest.fraction()) < 0) {
        lowest = p;
      }
    }
    return lowest;
  }
}
