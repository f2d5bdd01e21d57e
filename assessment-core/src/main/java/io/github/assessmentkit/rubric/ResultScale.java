package io.github.assessmentkit.rubric;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.RubricMessages;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;

/**
 * A scale other than points on which a rubric also states its result, for example 0 to 5 or 10 to
 * 20: the result is {@code min + (total earned ÷ total possible) × (max − min)}, besides the points
 * total. 600 of 1000 points is 3 on 0 to 5 and 16 on 10 to 20.
 *
 * <pre>{@code
 * Rubric iso = Rubric.builder("iso-checklist", "1")
 *     .resultScale(ResultScale.of(Text.of("ระดับ", "level"), 0, 5))
 *     ...
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the scale's name
 * @param min the value of a result that earns nothing
 * @param max the value of a result that earns every point; more than {@code min}
 */
public record ResultScale(Text name, BigDecimal min, BigDecimal max) {
  /**
   * Creates the value, checking its components.
   *
   * @param name the scale's name
   * @param min the value of a result that earns nothing
   * @param max the value of a result that earns every point; more than {@code min}
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code min} is not below {@code max}
   */
  public ResultScale {
    Checks.notNull(name, "name");
    Checks.notNull(min, "min");
    Checks.notNull(max, "max");
    if (min.compareTo(max) >= 0) {
      throw new InvalidValueException(RubricMessages.resultScaleMinNotBelowMax(min, max));
    }
  }

  /**
   * Creates a result scale with whole-number ends.
   *
   * @param name the scale's name
   * @param min the value of a result that earns nothing
   * @param max the value of a result that earns every point; more than {@code min}
   * @return the scale
   * @throws NullPointerException if the name is null
   * @throws IllegalArgumentException if {@code min} is not below {@code max}
   */
  public static ResultScale of(Text name, long min, long max) {
    return new ResultScale(name, BigDecimal.valueOf(min), BigDecimal.valueOf(max));
  }
}
