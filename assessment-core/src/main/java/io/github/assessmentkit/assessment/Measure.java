package io.github.assessmentkit.assessment;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.internal.AssessmentMessages;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.scale.Direction;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.Arrays;
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
 * <p>Besides its series a measure may declare the values it is compared with, the indicators it
 * backs (the results an assessor rates from it) and the organisation's key requirements it is
 * linked to (what makes it integrated, the I of LeTCI). All three are empty unless declared.
 *
 * <pre>{@code
 * Measure savings = new Measure("savings-growth", Text.of("การเติบโตของเงินออม", "savings growth"),
 *         "%", Direction.HIGHER_IS_BETTER, new BigDecimal("5"), series)
 *     .withComparisons(peers)
 *     .backing("7.1a")
 *     .linkedTo("member-savings");
 * }</pre>
 *
 * @param id the id
 * @param name its name
 * @param unit its unit
 * @param direction whether more is better
 * @param target the value aimed for, or {@code null}
 * @param series the observations, one per fiscal year, kept in year order
 * @param comparisons the values it is compared with, each id once
 * @param indicatorIds the indicators it backs, each once
 * @param requirements the ids of the organisation's key requirements it is linked to, each once
 */
public record Measure(
    String id,
    Text name,
    String unit,
    Direction direction,
    @Nullable BigDecimal target,
    List<Observation> series,
    List<Comparison> comparisons,
    List<String> indicatorIds,
    List<String> requirements) {
  /**
   * Creates the value, checking its components.
   *
   * @param id the id
   * @param name its name
   * @param unit its unit
   * @param direction whether more is better
   * @param target the value aimed for, or {@code null}
   * @param series the observations, one per fiscal year, kept in year order
   * @param comparisons the values it is compared with, each id once
   * @param indicatorIds the indicators it backs, each once
   * @param requirements the ids of the organisation's key requirements it is linked to, each once
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank, out of range or repeated
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
    comparisons = Checks.copy(comparisons, "comparisons");
    Set<String> comparisonIds = new HashSet<>();
    for (Comparison c : comparisons) {
      if (!comparisonIds.add(c.id())) {
        throw new InvalidValueException(
            AssessmentMessages.repeatedInMeasure(id, "comparisons", c.id()));
      }
    }
    indicatorIds = distinct(id, "indicatorIds", indicatorIds);
    requirements = distinct(id, "requirements", requirements);
  }

  /**
   * Creates a measure that declares no comparisons, backs no indicator and is linked to no key
   * requirement, as measures were before those were declared.
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
  public Measure(
      String id,
      Text name,
      String unit,
      Direction direction,
      @Nullable BigDecimal target,
      List<Observation> series) {
    this(id, name, unit, direction, target, series, List.of(), List.of(), List.of());
  }

  private static List<String> distinct(String id, String field, List<String> values) {
    List<String> copy = Checks.copy(values, field);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < copy.size(); i++) {
      String v = Checks.notBlank(copy.get(i), field + "[" + i + "]");
      if (!seen.add(v)) {
        throw new InvalidValueException(AssessmentMessages.repeatedInMeasure(id, field, v));
      }
    }
    return copy;
  }

  /**
   * Returns this measure with the values it is compared with.
   *
   * @param values the comparisons, replacing any declared
   * @return the changed measure
   */
  public Measure withComparisons(Comparison... values) {
    return new Measure(
        id,
        name,
        unit,
        direction,
        target,
        series,
        Arrays.asList(Checks.notNull(values, "values")),
        indicatorIds,
        requirements);
  }

  /**
   * Returns this measure backing some indicators: the results rated from it.
   *
   * @param ids the indicators' ids, replacing any declared
   * @return the changed measure
   */
  public Measure backing(String... ids) {
    return new Measure(
        id,
        name,
        unit,
        direction,
        target,
        series,
        comparisons,
        Arrays.asList(Checks.notNull(ids, "ids")),
        requirements);
  }

  /**
   * Returns this measure linked to some of the organisation's key requirements, the declared link
   * that counts for integration.
   *
   * @param ids the key requirements' ids, replacing any declared
   * @return the changed measure
   */
  public Measure linkedTo(String... ids) {
    return new Measure(
        id,
        name,
        unit,
        direction,
        target,
        series,
        comparisons,
        indicatorIds,
        Arrays.asList(Checks.notNull(ids, "ids")));
  }

  /** {@return the latest observation, if any} */
  public Optional<Observation> latest() {
    return series.isEmpty() ? Optional.empty() : Optional.of(series.get(series.size() - 1));
  }
}
