package io.github.assessmentkit.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Preconditions shared by the model's constructors. Not part of the public API. */
public final class Checks {
  private Checks() {}

  /**
   * Checks that a value is not null.
   *
   * @param <T> the value's type
   * @param value the value
   * @param name the parameter name used in the message
   * @return the value
   */
  public static <T> T notNull(@Nullable T value, String name) {
    return Objects.requireNonNull(value, () -> name + " cannot be null");
  }

  /**
   * Checks that a string is neither null nor blank.
   *
   * @param value the value
   * @param name the parameter name
   * @return the value
   */
  public static String notBlank(@Nullable String value, String name) {
    notNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " cannot be blank");
    }
    return value;
  }

  /**
   * Copies a list, rejecting null elements with a message that names the list.
   *
   * @param <T> the element type
   * @param list the list
   * @param name the parameter name
   * @return an unmodifiable copy
   */
  public static <T> List<T> copy(@Nullable List<T> list, String name) {
    notNull(list, name);
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == null) {
        throw new NullPointerException(name + "[" + i + "] cannot be null");
      }
    }
    return List.copyOf(list);
  }

  /**
   * Checks that a decimal is zero or more.
   *
   * @param value the value
   * @param name the parameter name
   * @return the value
   */
  public static BigDecimal nonNegative(@Nullable BigDecimal value, String name) {
    notNull(value, name);
    if (value.signum() < 0) {
      throw new IllegalArgumentException(name + " must be zero or more, was " + value);
    }
    return value;
  }

  /**
   * Checks that points are zero or more with at most two decimal places, the precision every score
   * is kept in.
   *
   * @param value the value
   * @param name the parameter name
   * @return the value
   */
  public static BigDecimal points(@Nullable BigDecimal value, String name) {
    nonNegative(value, name);
    if (value.stripTrailingZeros().scale() > Decimals.POINTS_SCALE) {
      throw new IllegalArgumentException(
          name + " must have at most two decimal places, was " + value.toPlainString());
    }
    return value;
  }

  /**
   * Checks that a decimal is more than zero.
   *
   * @param value the value
   * @param name the parameter name
   * @return the value
   */
  public static BigDecimal positive(@Nullable BigDecimal value, String name) {
    notNull(value, name);
    if (value.signum() <= 0) {
      throw new IllegalArgumentException(name + " must be more than zero, was " + value);
    }
    return value;
  }
}
