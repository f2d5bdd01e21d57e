package io.github.assessmentkit.consensus;

/**
 * What a facilitator did with a proposal.
 *
 * <p>Thread-safe: an enum.
 */
public enum DecisionKind {
  /** Took the proposed consensus as it stands. */
  CONFIRM,
  /** Put another value (or not applicable) in its place, with a reason. */
  OVERRIDE
}
