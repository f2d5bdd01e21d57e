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
   * The part with the lowest fraction, the first on a tie, among the parts that weigh more than 0
   * (among all of them when none does).
   *
   * @param parts the parts, at least one
   * @return the part
   */
  static Part lowest(List<Part> parts) {
    boolean weighed = anyWeighs(parts);
    Part lowest = null;
    for (int i = 0; i < parts.size(); i++) {
      Part p = parts.get(i);
      // a part weighing 0 is reported, not counted: it does not weaken the chain
      if (weighed && p.share().isZero()) {
        continue;
      }
      if (lowest == null || p.fraction().compareTo(lowest.fraction()) < 0) {
        lowest = p;
      }
    }
    return lowest == null ? parts.get(0) : lowest;
  }

  /**
   * Whether some part weighs more than 0: then the parts weighing 0 are reported, not counted.
   *
   * @param parts the parts
   * @return whether one has a share above 0
   */
  static boolean anyWeighs(List<Part> parts) {
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i).share().signum() > 0) {
        return true;
      }
    }
    return false;
  }
}
