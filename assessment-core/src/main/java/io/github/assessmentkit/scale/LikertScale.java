package io.github.assessmentkit.scale;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.Decimals;
import io.github.assessmentkit.internal.ScaleMessages;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A Likert scale from 1 to {@code points}; point {@code v} earns {@code (v - 1) / (points - 1)}.
 *
 * @param points the number of points, 3 to 11
 * @param lowest what point 1 means
 * @param highest what the top point means
 */
public record LikertScale(int points, Text lowest, Text highest) implements Scale {
  /**
   * Creates the value, checking its components.
   *
   * @param points the number of points, 3 to 11
   * @param lowest what point 1 means
   * @param highest what the top point means
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public LikertScale {
    if (points < 3 || points > 11) {
      throw new InvalidValueException(ScaleMessages.likertPointsOutOfRange(points));
    }
    Checks.notNull(lowest, "lowest");
    Checks.notNull(highest, "highest");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visitLikert(this);
  }

  @Override
  public String type() {
    return "likert";
  }

  @Override
  public Optional<Text> reject(RatingValue value) {
    Optional<BigDecimal> number = value.asNumber();
    if (number.isPresent()) {
      try {
        int v = number.get().intValueExact();
        if (v >= 1 && v <= points) {
          return Optional.empty();
        }
      } catch (ArithmeticException e) {
        // falls through to the message
      }
    }
    return Optional.of(ScaleMessages.notALikertPoint(value.toString(), points));
  }

  @Override
  public BigDecimal fraction(RatingValue value) {
    requireAllowed(value);
    BigDecimal v = value.asNumber().orElseThrow();
    return Decimals.fraction(v.subtract(BigDecimal.ONE), BigDecimal.valueOf(points - 1L));
  }

  @Override
  public Ratio exactFraction(RatingValue value) {
    requireAllowed(value);
    return Ratio.of(value.asNumber().orElseThrow().subtract(BigDecimal.ONE))
        .dividedBy(Ratio.of(points - 1L));
  }

  @Override
  public Optional<Text> label(RatingValue value) {
    requireAllowed(value);
    return Optional.of(
        Text.of(
            value.asNumber().orElseThrow().intValueExact() + "/" + points,
            value.asNumber().orElseThrow().intValueExact() + "/" + points));
  }

  @Override
  public boolean isLowest(RatingValue value) {
    requireAllowed(value);
    return value.asNumber().orElseThrow().intValueExact() == 1;
  }
}
