package io.github.assessmentkit.json.internal;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.scoring.IndicatorScore;
import io.github.assessmentkit.scoring.NodeScore;
import io.github.assessmentkit.scoring.Scorecard;
import java.math.BigDecimal;
import java.util.ArrayDeque;

/**
 * Checks that a scorecard document agrees with itself, by the rules the scorer follows when it
 * rounds for display. For every node (the root, each criterion):
 *
 * <ul>
 *   <li>{@code scorecard.percent-matches-fraction}, at {@code …/percent}: the percent is the exact
 *       {@code fraction} × 100 rounded half-even to two places, and 0.00 when there is no fraction
 *       (the node does not apply);
 *   <li>{@code scorecard.possible-adds-up}, at {@code …/possible}: the shown {@code possible} of
 *       its parts (its indicator lines and its children) adds up to its own, wherever at least one
 *       part counts for more than 0 exactly (an indicator line by its {@code exactPossible}, a
 *       child by its {@code exactPossible} when it applies, 0 when it does not);
 *   <li>{@code scorecard.earned-adds-up}, at {@code …/earned}: where the node applies and its exact
 *       earned points ({@code fraction} × {@code exactPossible}) are the sum of its parts' exact
 *       earned points (a line's {@code fraction} × {@code exactPossible}, a child's likewise when
 *       it applies; 0 for a part without a fraction), the parts' shown {@code earned} adds up to
 *       its own (a line without {@code earned} counting 0).
 * </ul>
 *
 * <p>Not checked, as no rule makes them exact: the shown points of a node whose earned points are
 * not the sum of its parts' (the lowest part's fraction, a band chosen holistically), which are
 * each rounded on their own; a shown value against its exact one, since the largest-remainder split
 * may put a cent on either side; an indicator line's points against its rating and scale, which
 * need the rubric; the root's points against the rubric's total; the award and ladder decisions
 * against the points. The model's own checks still apply (earned never above possible, coverage
 * counts in order). Stateless; thread-safe.
 */
final class ScorecardConsistency {
  /** The rule for a percent that is not the fraction rounded. */
  static final String PERCENT = "scorecard.percent-matches-fraction";

  /** The rule for parts' possible points that do not add up to their node's. */
  static final String POSSIBLE = "scorecard.possible-adds-up";

  /** The rule for parts' earned points that do not add up to their node's. */
  static final String EARNED = "scorecard.earned-adds-up";

  private static final BigDecimal ZERO_PERCENT = BigDecimal.valueOf(0, 2);

  private ScorecardConsistency() {}

  /**
   * Reports each contradiction in a scorecard, at the node where it is.
   *
   * @param scorecard the scorecard as read
   * @param issues where violations go
   */
  static void check(Scorecard scorecard, Issues issues) {
    ArrayDeque<NodeScore> nodes = new ArrayDeque<>();
    ArrayDeque<String> paths = new ArrayDeque<>();
    nodes.push(scorecard.root());
    paths.push("/root");
    while (!nodes.isEmpty()) {
      NodeScore n = nodes.pop();
      String at = paths.pop();
      node(n, at, issues);
      for (int k = n.children().size() - 1; k >= 0; k--) {
        nodes.push(n.children().get(k));
        paths.push(at + "/children/" + k);
      }
    }
  }

  private static void node(NodeScore n, String at, Issues issues) {
    Ratio fraction = n.fraction();
    BigDecimal percent = fraction == null ? ZERO_PERCENT : fraction.times(100).round(2);
    if (n.percent().compareTo(percent) != 0) {
      issues.add(
          at + "/percent",
          PERCENT,
          n.percent().toPlainString(),
          JsonMessages.percentNotFraction(n.id(), n.percent(), percent));
    }
    int parts = n.indicators().size() + n.children().size();
    if (parts == 0) {
      return;
    }
    BigDecimal shownPossible = BigDecimal.ZERO;
    BigDecimal shownEarned = BigDecimal.ZERO;
    boolean counts = false;
    Ratio exactEarned = Ratio.ZERO;
    for (IndicatorScore line : n.indicators()) {
      shownPossible = shownPossible.add(line.possible());
      if (line.earned() != null) {
        shownEarned = shownEarned.add(line.earned());
      }
      counts |= line.exactPossible().signum() > 0;
      if (line.fraction() != null) {
        exactEarned = exactEarned.plus(line.fraction().times(line.exactPossible()));
      }
    }
    for (NodeScore child : n.children()) {
      shownPossible = shownPossible.add(child.possible());
      shownEarned = shownEarned.add(child.earned());
      if (child.applicable()) {
        counts |= child.exactPossible().signum() > 0;
        exactEarned = exactEarned.plus(child.exactEarned());
      }
    }
    if (counts && shownPossible.compareTo(n.possible()) != 0) {
      issues.add(
          at + "/possible",
          POSSIBLE,
          n.possible().toPlainString(),
          JsonMessages.partsDoNotAddUp(n.id(), "possible", n.possible(), shownPossible));
    }
    if (n.applicable()
        && fraction != null
        && exactEarned.equals(n.exactEarned())
        && shownEarned.compareTo(n.earned()) != 0) {
      issues.add(
          at + "/earned",
          EARNED,
          n.earned().toPlainString(),
          JsonMessages.partsDoNotAddUp(n.id(), "earned", n.earned(), shownEarned));
    }
  }
}
