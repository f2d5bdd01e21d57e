package io.github.assessmentkit.scoring.internal;

import io.github.assessmentkit.Ratio;
import org.jspecify.annotations.Nullable;

/**
 * What scoring does with a part that has no value to give (not applicable, unknown or missing), or
 * with a criterion in which nothing counts: the scoring policies a rubric declares, reduced to what
 * the engine acts on.
 *
 * @param how what happens
 * @param fraction the fraction the part counts at, for {@link How#COUNT}
 */
record Treatment(How how, @Nullable Ratio fraction) {
  /** Counts as earning nothing, its points kept in the maximum. */
  static final Treatment ZERO = new Treatment(How.COUNT, Ratio.ZERO);

  /** Counts as fully met. */
  static final Treatment MET = new Treatment(How.COUNT, Ratio.ONE);

  /** Leaves; its points go to the parts that count. */
  static final Treatment RENORMALISE = new Treatment(How.RENORMALISE, null);

  /** Leaves, and its points leave the maximum. */
  static final Treatment SHRINK = new Treatment(How.SHRINK, null);

  /** Leaves its parent's treatment to decide (a criterion in which nothing counts). */
  static final Treatment PARENT = new Treatment(How.PARENT, null);

  /** What happens to the part. */
  enum How {
    /** It counts, at {@link Treatment#fraction}. */
    COUNT,
    /** It leaves; its points go to the parts that count. */
    RENORMALISE,
    /** It leaves; its points leave the maximum. */
    SHRINK,
    /** A criterion in which nothing counts: its parent's not-applicable treatment decides. */
    PARENT
  }

  /** {@return whether the part counts} */
  boolean counts() {
    return how == How.COUNT;
  }
}
