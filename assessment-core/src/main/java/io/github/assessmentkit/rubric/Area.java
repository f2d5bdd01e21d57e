package io.github.assessmentkit.rubric;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.text.Text;

/**
 * An area to address: a question a criterion asks the organisation to answer. Areas guide the
 * self-assessment and the examiner; they are not scored on their own.
 *
 * @param id the area's id, for example {@code "1.1a"}
 * @param text the question
 */
public record Area(String id, Text text) {
  /**
   * Creates the value, checking its components.
   *
   * @param id the area's id, for example {@code "1.1a"}
   * @param text the question
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public Area {
    Checks.notBlank(id, "id");
    Checks.notNull(text, "text");
  }
}
