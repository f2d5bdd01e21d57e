package io.github.assessmentkit.scale;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.ScaleMessages;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A measured quantity rated by thresholds, for example a reserve-to-assets ratio where above 0.10
 * is high and from 0.04 is medium. The value earns the credit of the best threshold it reaches; a
 * value that reaches none earns nothing.
 *
 * @param unit the unit, for example {@code "ratio"} or {@code "%"}
 * @param direction whether more is better
 * @param target the value the organisation aims for, or {@code null}; informative only
 * @param thresholds the steps, from the easiest to reach to the hardest, credits ascending
 * @param belowAll the name of the range below every threshold
 */
public record MeasureScale(
    String unit,
    Direction direction,
    @Nullable BigDecimal target,
    List<Threshold> thresholds,
    Text belowAll)
    implements Scale {
  /**
   * Creates the value, checking its components.
   *
   * @param unit the unit, for example {@code "ratio"} or {@code "%"}
   * @param direction whether more is better
   * @param target the value the organisation aims for, or {@code null}; informative only
   * @param thresholds the steps, from the easiest to reach to the hardest, credits ascending
   * @param belowAll the name of the range below every threshold
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public MeasureScale {
    Checks.notBlank(unit, "unit");
    Checks.notNull(direction, "direction");
    thresholds = Checks.copy(thresholds, "thresholds");
    Checks.notNull(belowAll, "belowAll");
    if (thresholds.isEmpty()) {
      throw new InvalidValueException(ScaleMessages.noThresholds());
    }
    for (int i = 1; i < thresholds.size(); i++) {
      Threshold prev = thresholds.get(i - 1);
      Threshold next = thresholds.get(i);
      int order = next.bound().compareTo(prev.bound());
      boolean harder = direction == Direction.HIGHER_IS_BETTER ? order > 0 : order < 0;
      if (!harder || next.credit().compareTo(prev.credit()) <= 0) {
        throw new InvalidValueException(ScaleMessages.thresholdsOutOfOrder(i + 1, i));
      }
    }
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visitMeasure(this);
  }

  @Override
  public String type() {
    return "measure";
  }

  private Optional<Threshold> reached(BigDecimal value) {
    Threshold best = null;
    for (Threshold t : thresholds) {
      int order = value.compareTo(t.bound());
      boolean reaches = direction == Direction.HIGHER_IS_BETTER ? order >= 0 : order <= 0;
      if (reaches) {
        best = t;
      }
    }
    return Optional.ofNullable(best);
  }

  @Override
  public Optional<Text> reject(RatingValue value) {
    return value.asNumber().isPresent()
        ? Optional.empty()
        : Optional.of(ScaleMessages.measureTakesANumber(value.toString()));
  }

  @Override
  public BigDecimal fraction(RatingValue value) {
    requireAllowed(value);
    return reached(value.asNumber().orElseThrow()).map(Threshold::credit).orElse(BigDecimal.ZERO);
  }

  @Override
  public Ratio exactFraction(RatingValue value) {
    return Ratio.of(fraction(value));
  }

  @Override
  public Optional<Text> label(RatingValue value) {
    requireAllowed(value);
    return Optional.of(
        reached(value.asNumber().orElseThrow()).map(Threshold::label).orElse(belowAll));
  }

  @Override
  public boolean isLowest(RatingValue value) {
    requireAllowed(value);
    return reached(value.asNumber().orElseThrow()).isEmpty();
  }
}
