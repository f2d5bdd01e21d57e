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
 * <p>The tiers are checked from the top and the first one met is won. A tier whose condition is
 * undecided (it reads a criterion that does not apply under a rule of {@link
 * io.github.assessmentkit.rubric.WhenNotApplicable#UNDECIDED}) stops the checks: no lower tier is
 * given while a higher one may be due, the decision is {@link #undecided()} and its outcome says
 * so.
 *
 * @param schemeId the scheme
 * @param schemeTitle the scheme's name
 * @param tierId the tier won, or {@code null} when none
 * @param outcome the tier's name, "no award" or "undecided"
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
   * @param outcome the tier's name, "no award" or "undecided"
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

  /** {@return whether the checks stopped at a tier that could not be decided} */
  public boolean undecided() {
    return tierId == null
        && !checks.isEmpty()
        && checks.get(checks.size() - 1).result().undecided();
  }

  /** {@return whether a tier was won} */
  public boolean awarded() {
    return tierId != null;
  }

  /**
   * Lists the names of the named conditions that held in the tier won, so a consumer need not walk
   * the condition tree: for the CQA set's TQC Plus tier, the themes that held, such as "Customer
   * theme". The names come from the check of the tier won; see {@link
   * TierCheck#namedConditionsHeld()} for the rule, and call it on any other check to see what held
   * in a tier that was not won.
   *
   * <pre>{@code
   * AwardDecision award = card.award(CqaCriteria.AWARD_SCHEME).orElseThrow();
   * award.tierId();                // "tqc-plus"
   * award.namedConditionsHeld();   // [ด้านลูกค้า / Customer theme]
   * }</pre>
   *
   * @return the names, in Thai and English, in the order the tier lists them; empty when no tier
   *     was won or the tier won names none of its conditions; unmodifiable
   */
  public List<Text> namedConditionsHeld() {
    for (int i = checks.size() - 1; i >= 0; i--) {
      if (checks.get(i).tierId().equals(tierId)) {
        return checks.get(i).namedConditionsHeld();
      }
    }
    return List.of();
  }
}
