package io.github.assessmentkit.scale;

import io.github.assessmentkit.internal.Checks;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A value on an indicator's scale: a number (a band percentage, a Likert point, a measured
 * quantity) or a choice (a maturity level's code, {@code yes}/{@code partial}/{@code no}).
 *
 * <p>Whether a value is allowed is up to the indicator's scale. Immutable and thread-safe.
 *
 * <p>A closed family: code that treats each kind of value differently goes through {@link
 * #accept(Visitor)}, so that a new kind fails to compile until every such place handles it.
 */
public sealed interface RatingValue permits RatingValue.Numeric, RatingValue.Choice {

  /**
   * Creates a numeric value.
   *
   * @param number the number
   * @return the value
   */
  static RatingValue of(BigDecimal number) {
    return new Numeric(number);
  }

  /**
   * Creates a numeric value from a whole number.
   *
   * @param number the number, for example a band percentage such as 35
   * @return the value
   */
  static RatingValue of(long number) {
    return new Numeric(BigDecimal.valueOf(number));
  }

  /**
   * Creates a choice.
   *
   * @param code the chosen code, for example {@code "yes"} or a level's code
   * @return the value
   */
  static RatingValue choice(String code) {
    return new Choice(code);
  }

  /**
   * Hands this value to the visitor's method for its kind.
   *
   * @param <R> what the visitor returns
   * @param visitor the visitor
   * @return what the visitor returned
   */
  <R> R accept(Visitor<R> visitor);

  /** {@return the number, or empty for a choice} */
  Optional<BigDecimal> asNumber();

  /** {@return the chosen code, or empty for a number} */
  Optional<String> asChoice();

  /**
   * One method per kind of value.
   *
   * @param <R> what the visitor returns
   */
  interface Visitor<R> {
    /**
     * Visits a number.
     *
     * @param value the value
     * @return the result
     */
    R visitNumeric(Numeric value);

    /**
     * Visits a choice.
     *
     * @param value the value
     * @return the result
     */
    R visitChoice(Choice value);
  }

  /**
   * A number on the scale.
   *
   * @param number the number, exact
   */
  record Numeric(BigDecimal number) implements RatingValue {
    /**
     * Creates the value, checking its components.
     *
     * @param number the number, exact
     * @throws NullPointerException if a required component is null
     */
    public Numeric {
      Checks.notNull(number, "number");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitNumeric(this);
    }

    @Override
    public Optional<BigDecimal> asNumber() {
      return Optional.of(number);
    }

    @Override
    public Optional<String> asChoice() {
      return Optional.empty();
    }

    @Override
    public String toString() {
      return number.toPlainString();
    }
  }

  /**
   * A code chosen among the scale's options.
   *
   * @param code the code
   */
  record Choice(String code) implements RatingValue {
    /**
     * Creates the value, checking its components.
     *
     * @param code the code
     * @throws NullPointerException if a required component is null
     * @throws IllegalArgumentException if a component is blank or out of range
     */
    public Choice {
      Checks.notBlank(code, "code");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitChoice(this);
    }

    @Override
    public Optional<BigDecimal> asNumber() {
      return Optional.empty();
    }

    @Override
    public Optional<String> asChoice() {
      return Optional.of(code);
    }

    @Override
    public String toString() {
      return code;
    }
  }
}
