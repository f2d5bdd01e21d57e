package io.github.assessmentkit.assessment;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;

/**
 * A value a {@link Measure} is compared with: another cooperative's figure, a provincial or
 * national average, a benchmark. Compared with the measure's latest value, in the measure's {@link
 * io.github.assessmentkit.scale.Direction}.
 *
 * <pre>{@code
 * Comparison peers = new Comparison("province-average",
 *     Text.of("ค่าเฉลี่ยจังหวัด", "provincial average"), new BigDecimal("62.5"));
 * }</pre>
 *
 * @param id the comparison's id, unique within its measure
 * @param name what it is
 * @param value its value, in the measure's unit
 */
public record Comparison(String id, Text name, BigDecimal value) {
  /**
   * Creates the value, checking its components.
   *
   * @param id the comparison's id, unique within its measure
   * @param name what it is
   * @param value its value, in the measure's unit
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code id} is blank
   */
  public Comparison {
    Checks.notBlank(id, "id");
    Checks.notNull(name, "name");
    Checks.notNull(value, "value");
  }
}
