package io.github.assessmentkit.rubric;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.RubricMessages;
import io.github.assessmentkit.text.Text;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An award scheme: tiers checked from the highest down; the first whose condition holds is the
 * award, and when none holds there is no award. Every decision lists the checks that led to it.
 *
 * @param id the scheme's id, unique within the rubric
 * @param title the scheme's name
 * @param tiers highest first
 * @param provenance where its rules come from and whether they were verified
 */
public record AwardScheme(String id, Text title, List<AwardTier> tiers, Provenance provenance) {
  /**
   * Creates the value, checking its components.
   *
   * @param id the scheme's id, unique within the rubric
   * @param title the scheme's name
   * @param tiers highest first
   * @param provenance where its rules come from and whether they were verified
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public AwardScheme {
    Checks.notBlank(id, "id");
    Checks.notNull(title, "title");
    tiers = Checks.copy(tiers, "tiers");
    Checks.notNull(provenance, "provenance");
    if (tiers.isEmpty()) {
      throw new InvalidValueException(RubricMessages.noTiers(id));
    }
    Set<String> ids = new HashSet<>();
    for (AwardTier t : tiers) {
      if (!ids.add(t.id())) {
        throw new InvalidValueException(RubricMessages.tierTwice(id, t.id()));
      }
    }
  }
}
