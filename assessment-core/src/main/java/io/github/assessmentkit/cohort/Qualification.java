package io.github.assessmentkit.cohort;

import io.github.assessmentkit.internal.Checks;

/**
 * The decision a plaque asks for: a rung of a ladder or higher, or a tier of an award scheme or
 * higher. An undecided decision never qualifies.
 *
 * <pre>{@code
 * Qualification.level("governance-level", "outstanding");   // the rung or a higher one
 * Qualification.award("tqa", "tqc-plus");                   // TQC Plus or a higher tier
 * }</pre>
 *
 * @param award whether it reads an award scheme (else a ladder)
 * @param decisionId the ladder or scheme
 * @param atLeast the lowest rung or tier that qualifies
 */
public record Qualification(boolean award, String decisionId, String atLeast) {
  /**
   * Creates the value, checking its components.
   *
   * @param award whether it reads an award scheme
   * @param decisionId the ladder or scheme
   * @param atLeast the lowest rung or tier that qualifies
   * @throws io.github.assessmentkit.MissingValueException if an id is null
   * @throws io.github.assessmentkit.InvalidValueException if an id is blank
   */
  public Qualification {
    Checks.notBlank(decisionId, "decisionId");
    Checks.notBlank(atLeast, "atLeast");
  }

  /**
   * Asks for a rung of a ladder or a higher one.
   *
   * @param ladderId the ladder
   * @param rungId the lowest rung that qualifies
   * @return the qualification
   */
  public static Qualification level(String ladderId, String rungId) {
    return new Qualification(false, ladderId, rungId);
  }

  /**
   * Asks for a tier of an award scheme or a higher one.
   *
   * @param schemeId the scheme
   * @param tierId the lowest tier that qualifies
   * @return the qualification
   */
  public static Qualification award(String schemeId, String tierId) {
    return new Qualification(true, schemeId, tierId);
  }
}
