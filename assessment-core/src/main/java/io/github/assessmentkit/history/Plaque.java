package io.github.assessmentkit.history;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.text.Text;

/**
 * A plaque a history watches: it holds in a year when the scorecard reaches a rung of a ladder or
 * higher, or a tier of an award scheme or higher, read on that year's rubric version. An undecided
 * decision never holds. The same shape as a cohort's qualification, declared here so that a history
 * needs nothing of the cohort.
 *
 * <pre>{@code
 * Plaque.award("governance-plaque", Text.of("โล่ธรรมาภิบาล", "Governance plaque"),
 *     GovernanceCriteria.PLAQUE, GovernanceCriteria.PLAQUE_GRANTED);
 * }</pre>
 *
 * @param id the plaque's id, named by its flags
 * @param title the plaque's name
 * @param award whether it reads an award scheme (else a ladder)
 * @param decisionId the ladder or scheme
 * @param atLeast the lowest rung or tier that holds
 */
public record Plaque(String id, Text title, boolean award, String decisionId, String atLeast) {
  /**
   * Creates the value, checking its components.
   *
   * @param id the plaque's id
   * @param title the plaque's name
   * @param award whether it reads an award scheme
   * @param decisionId the ladder or scheme
   * @param atLeast the lowest rung or tier that holds
   * @throws io.github.assessmentkit.MissingValueException if a component is null
   * @throws io.github.assessmentkit.InvalidValueException if an id is blank
   */
  public Plaque {
    Checks.notBlank(id, "id");
    Checks.notNull(title, "title");
    Checks.notBlank(decisionId, "decisionId");
    Checks.notBlank(atLeast, "atLeast");
  }

  /**
   * A plaque that holds at a tier of an award scheme or a higher one.
   *
   * @param id the plaque's id
   * @param title the plaque's name
   * @param schemeId the scheme
   * @param tierId the lowest tier that holds
   * @return the plaque
   */
  public static Plaque award(String id, Text title, String schemeId, String tierId) {
    return new Plaque(id, title, true, schemeId, tierId);
  }

  /**
   * A plaque that holds at a rung of a ladder or a higher one.
   *
   * @param id the plaque's id
   * @param title the plaque's name
   * @param ladderId the ladder
   * @param rungId the lowest rung that holds
   * @return the plaque
   */
  public static Plaque level(String id, Text title, String ladderId, String rungId) {
    return new Plaque(id, title, false, ladderId, rungId);
  }
}
