package io.github.assessmentkit.scale;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.text.Text;
import org.jspecify.annotations.Nullable;

/**
 * One level of a {@link LevelScale}.
 *
 * @param code the code a rating chooses, unique within the scale, for example {@code "3"}
 * @param label the level's name
 * @param descriptor what the level looks like in practice, or {@code null}
 */
public record Level(String code, Text label, @Nullable Text descriptor) {
  /**
   * Creates the value, checking its components.
   *
   * @param code the code a rating chooses, unique within the scale, for example {@code "3"}
   * @param label the level's name
   * @param descriptor what the level looks like in practice, or {@code null}
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public Level {
    Checks.notBlank(code, "code");
    Checks.notNull(label, "label");
  }
}
