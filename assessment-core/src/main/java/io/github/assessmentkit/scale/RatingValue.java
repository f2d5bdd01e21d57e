package io.github.assessmentkit.scale;

import io.github.assessmentkit.internal.Checks;
import java.math.BigDecimal;

/**
 * A value on an indicator's scale: a number (a band percentage, a Likert point, a measured
 * quantity) or a choice (a maturity level's code, {@code yes}/{@code partial}/{@code no}).
 *
 * <p>Whether a value is allowed is up to the indicator's scale. Immutable and thread-safe.
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
    public String toString() {
      return code;
    }
  }
}
