package io.github.assessmentkit.scale;

/** Whether more of a measured quantity is better or worse. Thread-safe: an enum. */
public enum Direction {
  /** More is better, for example member participation. */
  HIGHER_IS_BETTER,
  /** Less is better, for example the cost-to-income ratio. */
  LOWER_IS_BETTER
}
