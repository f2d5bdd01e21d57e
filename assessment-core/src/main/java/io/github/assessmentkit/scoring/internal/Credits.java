package io.github.assessmentkit.scoring.internal;

import io.github.assessmentkit.internal.Decimals;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.scale.Scale;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What each rating value earns on each scale, asked of the scale once per scoring run: many
 * indicators share a scale and a rubric's scales allow few values, while asking checks the value
 * against the scale each time. Scales are immutable, so equal values on one scale earn the same.
 * One instance per scoring run; not thread-safe.
 */
final class Credits {
  private final Map<Scale, Map<RatingValue, Credit>> byScale = new IdentityHashMap<>();

  /**
   * Tells what a value earns on a scale.
   *
   * @param scale the scale
   * @param value a value the scale allows
   * @return the fraction, with ten decimal places, and the label
   */
  Credit of(Scale scale, RatingValue value) {
    Map<RatingValue, Credit> values = byScale.get(scale);
    if (values == null) {
      values = new HashMap<>();
      byScale.put(scale, values);
    }
    Credit credit = values.get(value);
    if (credit == null) {
      BigDecimal fraction =
          scale.fraction(value).setScale(Decimals.FRACTION_SCALE, Decimals.ROUNDING);
      credit = new Credit(fraction, scale.label(value).orElse(null));
      values.put(value, credit);
    }
    return credit;
  }

  /**
   * What a value earns.
   *
   * @param fraction the fraction of the indicator's points, ten decimal places
   * @param label the band or level the value names, or {@code null}
   */
  record Credit(BigDecimal fraction, @Nullable Text label) {
    /** {@return 1 when the value earns every point, else 0} */
    int met() {
      return fraction.compareTo(BigDecimal.ONE) == 0 ? 1 : 0;
    }
  }
}
