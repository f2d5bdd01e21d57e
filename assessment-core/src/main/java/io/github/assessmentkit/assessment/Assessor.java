package io.github.assessmentkit.assessment;

import io.github.assessmentkit.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A person who rates.
 *
 * @param id the id ratings refer to
 * @param name the person's name, with something visible in it (one space, a no-break space or a
 *     zero-width space alone is blank, as in a {@link io.github.assessmentkit.text.Text})
 * @param role the role, for example "provincial cooperative officer", or {@code null}
 */
public record Assessor(String id, String name, @Nullable String role) {
  /**
   * Creates the value, checking its components.
   *
   * @param id the id ratings refer to
   * @param name the person's name
   * @param role the role, for example "provincial cooperative officer", or {@code null}
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public Assessor {
    Checks.notBlank(id, "id");
    Checks.visible(name, "name");
  }
}
