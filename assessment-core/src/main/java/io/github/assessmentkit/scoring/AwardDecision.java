package io.github.assessmentkit.scoring;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.text.Text;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of an award scheme: the tier won (or none) and every tier checked on the way down,
 * with its reasons.
 *
 * @param schemeId the scheme
 * @param schemeTitle the scheme's name
 * @param tierId the tier won, or {@code null} when none
 * @param outcome the tier's name, or "no award"
 * @param checks the tiers checked, highest first, ending with the one won
 * @param verified whether the scheme's rules were verified against a source
 */
public record AwardDecision(
    String schemeId,
    Text schemeTitle,
    @Nullable String tierId,
    Text outcome,
    List<TierCheck> checks,
    boolean verified) {
  /**
   * Creates the value, checking its components.
   *
   * @param schemeId the scheme
   * @param schemeTitle the scheme's name
   * @param tierId the tier won, or {@code null} when none
   * @param outcome the tier's name, or "no award"
   * @param checks the tiers checked, highest first, ending with the one won
   * @param verified whether the scheme's rules were verified against a source
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public AwardDecision {
    Checks.notBlank(schemeId, "schemeId");
    Checks.notNull(schemeTitle, "schemeTitle");
    Checks.notNull(outcome, "outcome");
    checks = Checks.copy(checks, "checks");
  }

  /** {@return the tier won, if any} */
  public Optional<String> tier() {
    return Optional.ofNullable(tierId);
  }

  /** {@return whether a tier was won} */
  public boolean awarded() {
    return tierId != null;
  }
}
