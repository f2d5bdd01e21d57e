package io.github.assessmentkit.rubric;

import java.math.BigDecimal;

/** How a metric is compared with a bound. Thread-safe: an enum. */
public enum Comparison {
  /** Strictly more than the bound, as in "total above 650". */
  GREATER_THAN(">"),
  /** The bound or more. */
  AT_LEAST("≥");

  private final String symbol;

  Comparison(String symbol) {
    this.symbol = symbol;
  }

  /** {@return the mathematical symbol} */
  public String symbol() {
    return symbol;
  }

  /**
   * Applies the comparison.
   *
   * @param value the value
   * @param bound the bound
   * @return whether the value passes
   */
  public boolean test(BigDecimal value, BigDecimal bound) {
    int c = value.compareTo(bound);
    return this == GREATER_THAN ? c > 0 : c >= 0;
  }
}
