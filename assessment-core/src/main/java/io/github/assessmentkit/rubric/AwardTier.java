package io.github.assessmentkit.rubric;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.text.Text;

/**
 * One tier of an {@link AwardScheme}: its name and the condition that earns it.
 *
 * @param id the tier's id, for example {@code "tqc-plus"}
 * @param name its name
 * @param condition what earns it
 */
public record AwardTier(String id, Text name, Condition condition) {
  /**
   * Creates the value, checking its components.
   *
   * @param id the tier's id, for example {@code "tqc-plus"}
   * @param name its name
   * @param condition what earns it
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public AwardTier {
    Checks.notBlank(id, "id");
    Checks.notNull(name, "name");
    Checks.notNull(condition, "condition");
  }
}
