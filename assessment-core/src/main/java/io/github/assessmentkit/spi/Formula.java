package io.github.assessmentkit.spi;

import io.github.assessmentkit.internal.Checks;

/**
 * How a criterion's result follows from its parts, as data: a scorecard renders it to text (with
 * the parts' shown points) only when the text is asked for, so scoring builds no string it may
 * never show. A custom strategy may use any of these, or {@link Written} for its own text.
 */
public sealed interface Formula {
  /**
   * Calls the visitor's method for this kind of formula.
   *
   * @param visitor the visitor
   * @param <R> what the visitor returns
   * @return what the visitor returned
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per kind of formula, so that code handling every kind is checked by the compiler.
   *
   * @param <R> what the visitor returns
   */
  interface Visitor<R> {
    /**
     * Visits a {@link Sum} formula.
     *
     * @param formula the formula
     * @return the result
     */
    R visitSum(Sum formula);

    /**
     * Visits a {@link Mean} formula.
     *
     * @param formula the formula
     * @return the result
     */
    R visitMean(Mean formula);

    /**
     * Visits a {@link Lowest} formula.
     *
     * @param formula the formula
     * @return the result
     */
    R visitLowest(Lowest formula);

    /**
     * Visits a {@link AllMet} formula.
     *
     * @param formula the formula
     * @return the result
     */
    R visitAllMet(AllMet formula);

    /**
     * Visits a {@link CountMet} formula.
     *
     * @param formula the formula
     * @return the result
     */
    R visitCountMet(CountMet formula);

    /**
     * Visits a {@link Band} formula.
     *
     * @param formula the formula
     * @return the result
     */
    R visitBand(Band formula);

    /**
     * Visits a {@link Written} formula.
     *
     * @param formula the formula
     * @return the result
     */
    R visitWritten(Written formula);
  }

  /** The sum of the parts' points: {@code "1.1 22.75 + 1.2 20.00 = 42.75"}. */
  record Sum() implements Formula {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitSum(this);
    }
  }

  /**
   * The mean of the parts' fractions weighted by their points (or by their weights when there are
   * no points to share), times the criterion's points: {@code "(10.00×3/4 + 20.00×1) / 30.00 =
   * 11/12; × 40.00 = 36.67"}.
   */
  record Mean() implements Formula {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitMean(this);
    }
  }

  /**
   * The lowest fraction among the parts, times the criterion's points: {@code "min(1.1 3/4, 1.2 1)
   * = 1.1 3/4; × 40.00 = 30.00"}.
   *
   * @param partId the part with the lowest fraction
   */
  record Lowest(String partId) implements Formula {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitLowest(this);
    }

    /**
     * Creates the value, checking its components.
     *
     * @param partId the part with the lowest fraction
     * @throws NullPointerException if a required component is null
     * @throws IllegalArgumentException if a component is blank
     */
    public Lowest {
      Checks.notBlank(partId, "partId");
    }
  }

  /**
   * All the points when every part is fully met, else none.
   *
   * @param failingPartId the first part not fully met, or {@code null} when every part is
   */
  record AllMet(@org.jspecify.annotations.Nullable String failingPartId) implements Formula {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitAllMet(this);
    }
  }

  /**
   * Indicators fully met ÷ indicators counted, times the criterion's points: {@code "3 / 4 × 40.00
   * = 30.00"}.
   *
   * @param met indicators fully met
   * @param counted indicators counted
   */
  record CountMet(int met, int counted) implements Formula {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitCountMet(this);
    }
  }

  /**
   * The percentage chosen for the one part, times the criterion's points: {@code "55% × 40.00 =
   * 22.00"}.
   *
   * @param partId the part rated
   */
  record Band(String partId) implements Formula {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitBand(this);
    }

    /**
     * Creates the value, checking its components.
     *
     * @param partId the part rated
     * @throws NullPointerException if a required component is null
     * @throws IllegalArgumentException if a component is blank
     */
    public Band {
      Checks.notBlank(partId, "partId");
    }
  }

  /**
   * A calculation written out by a custom strategy.
   *
   * @param text the calculation with its numbers
   */
  record Written(String text) implements Formula {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitWritten(this);
    }

    /**
     * Creates the value, checking its components.
     *
     * @param text the calculation with its numbers
     * @throws NullPointerException if a required component is null
     */
    public Written {
      Checks.notNull(text, "text");
    }
  }
}
