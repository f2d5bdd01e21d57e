package io.github.assessmentkit.internal;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.MissingValueException;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Preconditions shared by the model's constructors and builders. Each throws a {@link
 * MissingValueException} (a null) or an {@link InvalidValueException} (a bad value) with its
 * message from {@link Messages}, in Thai and English. Not part of the public API.
 */
public final class Checks {
  private Checks() {}

  /**
   * Checks that a value is not null.
   *
   * @param <T> the value's type
   * @param value the value
   * @param name the parameter name used in the message
   * @return the value
   * @throws MissingValueException "{@code name} cannot be null"
   */
  public static <T> T notNull(@Nullable T value, String name) {
    return notNull(value, name, null);
  }

  /**
   * Checks that a string is neither null nor blank.
   *
   * @param value the value
   * @param name the parameter name
   * @return the value
   * @throws MissingValueException if it is null
   * @throws InvalidValueException if it is blank
   */
  public static String notBlank(@Nullable String value, String name) {
    notNull(value, name);
    // most values start with a character that is not white space: no need to scan them
    if ((value.isEmpty() || Character.isWhitespace(value.charAt(0))) && value.isBlank()) {
      throw new InvalidValueException(Messages.cannotBeBlank(name));
    }
    return value;
  }

  /**
   * Checks that a name is neither null nor without anything to read: the rule of {@link
   * io.github.assessmentkit.text.Text}, under which one space, one no-break space or one zero-width
   * space counts as blank ({@link Identifiers#isBlankText(String)}).
   *
   * @param value the value
   * @param name the parameter name
   * @return the value
   * @throws MissingValueException if it is null
   * @throws InvalidValueException if nothing in it can be seen
   */
  public static String visible(@Nullable String value, String name) {
    notNull(value, name);
    if (Identifiers.isBlankText(value)) {
      throw new InvalidValueException(Messages.cannotBeBlank(name));
    }
    return value;
  }

  /**
   * Checks that a date can be written as a document writes it, {@code YYYY-MM-DD}: a year from 0 to
   * 9999. A later or earlier year ({@code +10000-01-01}) would be written in a form no reader of
   * the format accepts.
   *
   * @param date the date, or null
   * @param name the parameter name
   * @return the date
   * @throws InvalidValueException if its year is below 0 or above 9999
   */
  public static java.time.@Nullable LocalDate fourDigitYear(
      java.time.@Nullable LocalDate date, String name) {
    if (date != null && (date.getYear() < 0 || date.getYear() > 9999)) {
      throw new InvalidValueException(Messages.yearNotFourDigits(name, date));
    }
    return date;
  }

  /**
   * Copies a list, rejecting null elements with a message that names the list.
   *
   * @param <T> the element type
   * @param list the list
   * @param name the parameter name
   * @return an unmodifiable copy
   * @throws MissingValueException if the list or one of its elements is null
   */
  /**
   * The classes of the lists {@code List.of} makes, which {@code List.copyOf} keeps as they are.
   */
  private static final Class<?> IMMUTABLE_SMALL = List.of(1).getClass();

  private static final Class<?> IMMUTABLE = List.of(1, 2, 3).getClass();

  public static <T> List<T> copy(@Nullable List<T> list, String name) {
    notNull(list, name);
    if (list instanceof OnDemandList) {
      // unmodifiable, and never holds a null
      return list;
    }
    Class<?> kind = list.getClass();
    if (kind == IMMUTABLE_SMALL || kind == IMMUTABLE) {
      // List.of's lists hold no null and come back as they are; a list that may hold a null
      // (Stream.toList) is copied, and a null in it is then found below and named
      try {
        return List.copyOf(list);
      } catch (NullPointerException e) {
        // fall through to name the element
      }
    }
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == null) {
        throw new MissingValueException(Messages.elementCannotBeNull(name, i));
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
   * @throws MissingValueException if it is null
   * @throws InvalidValueException if it is negative
   */
  public static BigDecimal nonNegative(@Nullable BigDecimal value, String name) {
    return nonNegative(value, name, null);
  }

  /**
   * Checks that points are zero or more with at most two decimal places, the precision every score
   * is kept in.
   *
   * @param value the value
   * @param name the parameter name
   * @return the value
   * @throws MissingValueException if it is null
   * @throws InvalidValueException if it is negative or too precise
   */
  public static BigDecimal points(@Nullable BigDecimal value, String name) {
    return points(value, name, null);
  }

  /**
   * Checks the points of a node, named in the message as "{@code field of owner}".
   *
   * @param value the value
   * @param field the field, for example {@code "points"}
   * @param owner the id of the node the field belongs to, or {@code null}
   * @return the value
   * @throws MissingValueException if it is null
   * @throws InvalidValueException if it is negative or too precise
   */
  public static BigDecimal points(
      @Nullable BigDecimal value, String field, @Nullable String owner) {
    nonNegative(value, field, owner);
    if (value.stripTrailingZeros().scale() > Decimals.POINTS_SCALE) {
      throw new InvalidValueException(Messages.tooManyDecimals(field, owner, value));
    }
    return value;
  }

  /**
   * Checks that a decimal is more than zero.
   *
   * @param value the value
   * @param name the parameter name
   * @return the value
   * @throws MissingValueException if it is null
   * @throws InvalidValueException if it is zero or less
   */
  public static BigDecimal positive(@Nullable BigDecimal value, String name) {
    return positive(value, name, null);
  }

  /**
   * Checks that a count is more than zero.
   *
   * @param value the value
   * @param name the name for the message
   * @return the value
   * @throws InvalidValueException if it is zero or less
   */
  public static int positive(int value, String name) {
    positive(BigDecimal.valueOf(value), name, null);
    return value;
  }

  /**
   * Checks that a decimal of a node is more than zero, named in the message as "{@code field of
   * owner}".
   *
   * @param value the value
   * @param field the field, for example {@code "weight"}
   * @param owner the id of the node the field belongs to, or {@code null}
   * @return the value
   * @throws MissingValueException if it is null
   * @throws InvalidValueException if it is zero or less
   */
  public static BigDecimal positive(
      @Nullable BigDecimal value, String field, @Nullable String owner) {
    notNull(value, field, owner);
    if (value.signum() <= 0) {
      throw new InvalidValueException(Messages.mustBePositive(field, owner, value));
    }
    return value;
  }

  private static <T> T notNull(@Nullable T value, String field, @Nullable String owner) {
    if (value == null) {
      throw new MissingValueException(Messages.cannotBeNull(field, owner));
    }
    return value;
  }

  /**
   * Checks that a decimal of a node is zero or more, named in the message as "{@code field of
   * owner}".
   *
   * @param value the value
   * @param field the field, for example {@code "weight"}
   * @param owner the id of the node the field belongs to, or {@code null}
   * @return the value
   * @throws MissingValueException if it is null
   * @throws InvalidValueException if it is negative
   */
  public static BigDecimal nonNegative(
      @Nullable BigDecimal value, String field, @Nullable String owner) {
    notNull(value, field, owner);
    if (value.signum() < 0) {
      throw new InvalidValueException(Messages.mustNotBeNegative(field, owner, value));
    }
    return value;
  }
}
