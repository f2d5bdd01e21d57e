package io.github.assessmentkit.planning.internal;

import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.text.Text;
import java.util.List;
import java.util.Optional;

/**
 * A target resolved against a rubric and the scorecard now: whether a scorecard reaches it, which
 * of its conditions fail, and a condition every scorecard that reaches it meets, for the search's
 * bounds.
 */
public interface Goal {
  /** {@return the target in words} */
  Text name();

  /**
   * Tells whether a scorecard reaches the target.
   *
   * @param card a scorecard of the rubric
   * @return whether it does
   */
  boolean reached(Scorecard card);

  /**
   * Lists the conditions of the target a scorecard fails, each with its numbers.
   *
   * @param card a scorecard of the rubric
   * @return the failing conditions; empty when it reaches the target
   */
  List<Text> failing(Scorecard card);

  /**
   * {@return a condition that every scorecard reaching the target meets (it may be met by others
   * too); the search bounds the cost of a plan by it}
   */
  Condition relaxed();

  /** {@return why no step can reach the target, when that is known without a search} */
  Optional<Text> blockedOutright();
}
