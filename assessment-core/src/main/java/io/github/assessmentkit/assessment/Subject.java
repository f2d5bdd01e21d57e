package io.github.assessmentkit.assessment;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.text.Text;
import org.jspecify.annotations.Nullable;

/**
 * The organisation assessed.
 *
 * @param id a stable id, for example the registration number
 * @param name its name
 * @param type its type
 * @param province its province, or {@code null}
 */
public record Subject(String id, Text name, OrganisationType type, @Nullable String province) {
  /**
   * Creates the value, checking its components.
   *
   * @param id a stable id, for example the registration number
   * @param name its name
   * @param type its type
   * @param province its province, or {@code null}
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public Subject {
    Checks.notBlank(id, "id");
    Checks.notNull(name, "name");
    Checks.notNull(type, "type");
  }
}
