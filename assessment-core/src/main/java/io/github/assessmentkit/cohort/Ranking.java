package io.github.assessmentkit.cohort;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.text.Text;
import java.util.List;
import java.util.Optional;

/**
 * The organisations of a cohort, or of one province or organisation type in it, in ranking order.
 *
 * @param scope what is ranked, for example "overall" or "province Loei"
 * @param standings the organisations, best first; tied ones in the order of their subject ids
 */
public record Ranking(Text scope, List<Standing> standings) {
  /**
   * Creates the value, checking its components.
   *
   * @param scope what is ranked
   * @param standings the organisations, best first
   * @throws io.github.assessmentkit.MissingValueException if a component is null
   */
  public Ranking {
    Checks.notNull(scope, "scope");
    standings = Checks.copy(standings, "standings");
  }

  /**
   * Finds an organisation's standing.
   *
   * @param subjectId the organisation
   * @return its standing, or empty when it is not in this ranking
   */
  public Optional<Standing> standing(String subjectId) {
    return standings.stream().filter(s -> s.subjectId().equals(subjectId)).findFirst();
  }

  /** {@return how many organisations are ranked} */
  public int size() {
    return standings.size();
  }
}
