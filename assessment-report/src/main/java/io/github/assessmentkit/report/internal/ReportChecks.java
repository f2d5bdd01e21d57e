package io.github.assessmentkit.report.internal;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.MissingValueException;
import io.github.assessmentkit.text.Text;
import org.jspecify.annotations.Nullable;

/** The checks of the report module's arguments, with their messages in Thai and English. */
public final class ReportChecks {
  private ReportChecks() {}

  /**
   * Checks that a value is not null.
   *
   * @param <T> the value's type
   * @param value the value
   * @param name the parameter's name
   * @return the value
   * @throws MissingValueException naming the parameter when it is null
   */
  public static <T> T notNull(@Nullable T value, String name) {
    if (value == null) {
      throw new MissingValueException(
          Text.of(name + " ต้องไม่เป็น null", name + " cannot be null"));
    }
    return value;
  }

  /**
   * Checks that a string is neither null nor blank.
   *
   * @param value the value
   * @param name the parameter's name
   * @return the value
   * @throws MissingValueException when it is null
   * @throws InvalidValueException naming the parameter when it is blank
   */
  public static String notBlank(@Nullable String value, String name) {
    notNull(value, name);
    if (value.isBlank()) {
      throw new InvalidValueException(
          Text.of(name + " ต้องไม่เป็นข้อความว่าง", name + " cannot be blank"));
    }
    return value;
  }

  /**
   * Checks that two parts of a report speak of the same thing.
   *
   * @param same whether they do
   * @param what what is compared, for example "the scorecard's rubric"
   * @param found the value found
   * @param expected the value expected
   * @throws InvalidValueException naming both values when they differ
   */
  public static void same(boolean same, String what, String found, String expected) {
    if (!same) {
      throw new InvalidValueException(
          Text.of(
              what + " คือ " + found + " แต่รายงานต้องการ " + expected,
              what + " is " + found + ", but the report needs " + expected));
    }
  }
}
