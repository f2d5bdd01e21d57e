package io.github.assessmentkit.rubric;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.RubricMessages;
import io.github.assessmentkit.text.Text;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An award scheme: tiers checked from the highest down; the first whose condition holds is the
 * award, and when none holds there is no award. Every decision lists the checks that led to it.
 *
 * <p>The outcome when no tier holds is "no award" (ไม่ได้รับรางวัล) unless the scheme names its own
 * with {@link #withNoneReached(Text)}, for example ไม่ผ่าน / fail: the decision is then still not
 * {@linkplain io.github.assessmentkit.scoring.AwardDecision#awarded() awarded}, so a scheme has no
 * need of a catch-all tier to name a fail.
 *
 * @param id the scheme's id, unique within the rubric
 * @param title the scheme's name
 * @param tiers highest first
 * @param provenance where its rules come from and whether they were verified
 * @param noneReached the outcome when no tier holds, or {@code null} for "no award"
 */
public record AwardScheme(
    String id,
    Text title,
    List<AwardTier> tiers,
    Provenance provenance,
    @Nullable Text noneReached) {
  /**
   * Creates the value, checking its components.
   *
   * @param id the scheme's id, unique within the rubric
   * @param title the scheme's name
   * @param tiers highest first
   * @param provenance where its rules come from and whether they were verified
   * @param noneReached the outcome when no tier holds, or {@code null} for "no award"
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

  /**
   * Creates a scheme whose outcome when no tier holds is "no award".
   *
   * @param id the scheme's id, unique within the rubric
   * @param title the scheme's name
   * @param tiers highest first
   * @param provenance where its rules come from and whether they were verified
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public AwardScheme(String id, Text title, List<AwardTier> tiers, Provenance provenance) {
    this(id, title, tiers, provenance, null);
  }

  /**
   * Returns this scheme with its own name for the outcome when no tier holds.
   *
   * @param outcome the name, for example ไม่ผ่าน / fail; {@code null} for "no award"
   * @return the scheme
   */
  public AwardScheme withNoneReached(@Nullable Text outcome) {
    return new AwardScheme(id, title, tiers, provenance, outcome);
  }
}
