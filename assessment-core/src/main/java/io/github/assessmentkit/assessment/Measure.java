package io.github.assessmentkit.assessment;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.internal.AssessmentMessages;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.scale.Direction;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A key performance indicator measured over fiscal years, such as member participation or the
 * reserve-to-assets ratio; results items are rated from such series.
 *
 * @param id the id
 * @param name its name
 * @param unit its unit
 * @param direction whether more is better
 * @param target the value aimed for, or {@code null}
 * @param series the observations, one per fiscal year, kept in year order
 */
public record Measure(
    String id,
    Text name,
    String unit,
    Direction direction,
    @Nullable BigDecimal target,
    List<Observation> series) {
  /**
   * Creates the value, checking its components.
   *
   * @param id the id
   * @param name its name
   * @param unit its unit
   * @param direction whether more is better
   * @param target the value aimed for, or {@code null}
   * @param series the observations, one per fiscal year, kept in year order
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public Measure {
    Checks.notBlank(id, "id");
    Checks.notNull(name, "name");
    Checks.notBlank(unit, "unit");
    Checks.notNull(direction, "direction");
    series =
        Checks.copy(series, "series").stream()
            .sorted(Comparator.comparing(Observation::period))
            .toList();
    Set<Integer> years = new HashSet<>();
    for (Observation o : series) {
      if (!years.add(o.period().year())) {
        throw new InvalidValueException(
            AssessmentMessages.twoValuesInOnePeriod(id, o.period().toString()));
      }
    }
  }

  /** {@return the latest observation, if any} */
  public Optional<Observation> latest() {
    return series.isEmpty() ? Optional.empty() : Optional.of(series.get(series.size() - 1));
  }
}
