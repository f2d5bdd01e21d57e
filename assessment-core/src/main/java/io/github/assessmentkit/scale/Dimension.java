package io.github.assessmentkit.scale;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.text.Text;

/**
 * A dimension a band scale describes, such as Approach or Deployment (ADLI) or Levels or Trends
 * (LeTCI).
 *
 * @param code a short code unique within the scale, for example {@code "A"} or {@code "Le"}
 * @param name the dimension's name
 */
public record Dimension(String code, Text name) {
  /**
   * Creates the value, checking its components.
   *
   * @param code a short code unique within the scale, for example {@code "A"} or {@code "Le"}
   * @param name the dimension's name
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public Dimension {
    Checks.notBlank(code, "code");
    Checks.notNull(name, "name");
  }
}
