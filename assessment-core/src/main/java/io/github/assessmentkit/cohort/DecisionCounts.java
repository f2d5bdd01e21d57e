package io.github.assessmentkit.cohort;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.text.Text;
import java.util.List;

/**
 * The outcomes of one ladder or award scheme across a group of organisations.
 *
 * @param decisionId the ladder or scheme
 * @param title its name
 * @param counts one per rung or tier, top first, then "no award" (schemes only), then "undecided";
 *     zero counts included
 */
public record DecisionCounts(String decisionId, Text title, List<OutcomeCount> counts) {
  /**
   * Creates the value, checking its components.
   *
   * @param decisionId the ladder or scheme
   * @param title its name
   * @param counts the counts
   * @throws io.github.assessmentkit.MissingValueException if a component is null
   */
  public DecisionCounts {
    Checks.notBlank(decisionId, "decisionId");
    Checks.notNull(title, "title");
    counts = Checks.copy(counts, "counts");
  }

  /**
   * Gives the count of one rung or tier.
   *
   * @param resultId the rung or tier
   * @return how many organisations reached it (0 when none or it is not listed)
   */
  public int count(String resultId) {
    return counts.stream()
        .filter(c -> resultId.equals(c.resultId()))
        .mapToInt(OutcomeCount::count)
        .sum();
  }
}
