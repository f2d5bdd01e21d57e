package io.github.assessmentkit.scoring;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.text.Text;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Whether a condition held, why, and the results of the conditions inside it. The result of a
 * {@link io.github.assessmentkit.rubric.Condition.Named} condition carries its name, and its reason
 * starts with it; its parts are those of the condition it names. Immutable and thread-safe.
 *
 * <pre>{@code
 * for (ConditionResult theme : tqcPlus.parts().get(2).parts()) {
 *   if (theme.met() && theme.name() != null) {
 *     System.out.println(theme.name().get(Language.EN)); // "Customer theme"
 *   }
 * }
 * }</pre>
 *
 * @param met whether it held
 * @param reason what was compared, with the numbers
 * @param parts results of nested conditions
 * @param name the name of the condition, or null when it has none
 */
public record ConditionResult(
    boolean met, Text reason, List<ConditionResult> parts, @Nullable Text name) {
  /**
   * Creates the value, checking its components.
   *
   * @param met whether it held
   * @param reason what was compared, with the numbers
   * @param parts results of nested conditions
   * @param name the name of the condition, or null when it has none
   * @throws NullPointerException if a required component is null
   */
  public ConditionResult {
    Checks.notNull(reason, "reason");
    parts = Checks.copy(parts, "parts");
  }

  /**
   * Creates the result of a condition without a name.
   *
   * @param met whether it held
   * @param reason what was compared, with the numbers
   * @param parts results of nested conditions
   * @throws NullPointerException if a required component is null
   */
  public ConditionResult(boolean met, Text reason, List<ConditionResult> parts) {
    this(met, reason, parts, null);
  }
}
