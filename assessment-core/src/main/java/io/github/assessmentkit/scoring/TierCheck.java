package io.github.assessmentkit.scoring;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.text.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * One tier checked while deciding an award.
 *
 * @param tierId the tier
 * @param name the tier's name
 * @param result whether its condition held, and why
 */
public record TierCheck(String tierId, Text name, ConditionResult result) {
  /**
   * Creates the value, checking its components.
   *
   * @param tierId the tier
   * @param name the tier's name
   * @param result whether its condition held, and why
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public TierCheck {
    Checks.notBlank(tierId, "tierId");
    Checks.notNull(name, "name");
    Checks.notNull(result, "result");
  }

  /**
   * Lists the names of the {@linkplain io.github.assessmentkit.rubric.Condition.Named named
   * conditions} that held in this tier's condition, found anywhere in its result: every result that
   * carries a name and was met, depth first in the order the tier lists its conditions, each name
   * once. A named condition that held counts even where a condition around it failed.
   *
   * @return the names, in Thai and English; empty when no named condition held; unmodifiable
   */
  public List<Text> namedConditionsHeld() {
    List<Text> names = new ArrayList<>();
    collectHeld(result, names);
    return List.copyOf(names);
  }

  private static void collectHeld(ConditionResult result, List<Text> names) {
    Text name = result.name();
    if (name != null && result.met() && !names.contains(name)) {
      names.add(name);
    }
    for (ConditionResult part : result.parts()) {
      collectHeld(part, names);
    }
  }
}
