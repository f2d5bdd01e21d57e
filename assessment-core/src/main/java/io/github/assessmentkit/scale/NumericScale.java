package io.github.assessmentkit.scale;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.Decimals;
import io.github.assessmentkit.internal.ScaleMessages;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A score between a minimum and a maximum, such as 0 to 5 for an ISO-style compliance checklist or
 * 10 to 20 for a marked paper, optionally only on the steps of a grid counted from the minimum. A
 * value {@code v} earns {@code (v - min) / (max - min)}: 2.5 of 0 to 5 earns 0.5, and so does 15 of
 * 10 to 20.
 *
 * <p>The fraction is exact when the division terminates (a step of 2.5 on 10 to 20 gives quarters);
 * otherwise, as on every other scale, it has ten decimal places, rounded half-even. A number is its
 * own label, so the scale names none.
 *
 * <pre>{@code
 * Scale compliance = NumericScale.of(Text.of("ระดับความสอดคล้อง", "conformity"), 0, 5)
 *     .withStep(new BigDecimal("0.5"));
 * }</pre>
 *
 * @param name the scale's name
 * @param min the lowest value, which earns nothing
 * @param max the highest value, which earns every point; more than {@code min}
 * @param step the distance between allowed values, counted from {@code min}, or {@code null} when
 *     every number from {@code min} to {@code max} is allowed; more than 0, and {@code max - min}
 *     is a whole number of steps
 */
public record NumericScale(Text name, BigDecimal min, BigDecimal max, @Nullable BigDecimal step)
    implements Scale {
  /**
   * Creates the value, checking its components.
   *
   * @param name the scale's name
   * @param min the lowest value, which earns nothing
   * @param max the highest value, which earns every point; more than {@code min}
   * @param step the distance between allowed values, counted from {@code min}, or {@code null}
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if {@code min} is not below {@code max}, the step is not more
   *     than 0, or the range is not a whole number of steps
   */
  public NumericScale {
    Checks.notNull(name, "name");
    Checks.notNull(min, "min");
    Checks.notNull(max, "max");
    if (min.compareTo(max) >= 0) {
      throw new InvalidValueException(ScaleMessages.numericMinNotBelowMax(min, max));
    }
    if (step != null) {
      if (step.signum() <= 0) {
        throw new InvalidValueException(ScaleMessages.numericStepNotPositive(step));
      }
      if (!onGrid(max.subtract(min), step)) {
        throw new InvalidValueException(ScaleMessages.numericRangeNotWholeSteps(min, max, step));
      }
    }
  }

  /**
   * Creates a scale that allows every number from {@code min} to {@code max}.
   *
   * @param name the scale's name
   * @param min the lowest value
   * @param max the highest value, more than {@code min}
   * @return the scale
   * @throws NullPointerException if the name is null
   * @throws IllegalArgumentException if {@code min} is not below {@code max}
   */
  public static NumericScale of(Text name, long min, long max) {
    return new NumericScale(name, BigDecimal.valueOf(min), BigDecimal.valueOf(max), null);
  }

  /**
   * Creates a scale that allows every number from {@code min} to {@code max}.
   *
   * @param name the scale's name
   * @param min the lowest value
   * @param max the highest value, more than {@code min}
   * @return the scale
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code min} is not below {@code max}
   */
  public static NumericScale of(Text name, BigDecimal min, BigDecimal max) {
    return new NumericScale(name, min, max, null);
  }

  /**
   * Gives a copy of this scale that allows only the values on a grid counted from the minimum.
   *
   * @param step the distance between allowed values
   * @return the new scale
   * @throws NullPointerException if the step is null
   * @throws IllegalArgumentException if the step is not more than 0 or the range is not a whole
   *     number of steps
   */
  public NumericScale withStep(BigDecimal step) {
    Checks.notNull(step, "step");
    return new NumericScale(name, min, max, step);
  }

  private static boolean onGrid(BigDecimal distance, BigDecimal step) {
    return distance.remainder(step).signum() == 0;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visitNumeric(this);
  }

  @Override
  public String type() {
    return "numeric";
  }

  @Override
  public Optional<Text> reject(RatingValue value) {
    Optional<BigDecimal> number = value.asNumber();
    if (number.isEmpty()) {
      return Optional.of(ScaleMessages.numericTakesANumber(value.toString()));
    }
    BigDecimal v = number.get();
    if (v.compareTo(min) < 0 || v.compareTo(max) > 0) {
      return Optional.of(ScaleMessages.numericOutOfRange(value.toString(), min, max));
    }
    if (step != null && !onGrid(v.subtract(min), step)) {
      return Optional.of(ScaleMessages.numericOffStep(value.toString(), min, step));
    }
    return Optional.empty();
  }

  @Override
  public BigDecimal fraction(RatingValue value) {
    requireAllowed(value);
    BigDecimal above = value.asNumber().orElseThrow().subtract(min);
    BigDecimal range = max.subtract(min);
    try {
      return above.divide(range);
    } catch (ArithmeticException nonTerminating) {
      return Decimals.fraction(above, range);
    }
  }

  @Override
  public Ratio exactFraction(RatingValue value) {
    requireAllowed(value);
    return Ratio.of(value.asNumber().orElseThrow().subtract(min))
        .dividedBy(Ratio.of(max.subtract(min)));
  }

  @Override
  public Optional<Text> label(RatingValue value) {
    requireAllowed(value);
    return Optional.empty();
  }

  @Override
  public boolean isLowest(RatingValue value) {
    requireAllowed(value);
    return value.asNumber().orElseThrow().compareTo(min) == 0;
  }
}
