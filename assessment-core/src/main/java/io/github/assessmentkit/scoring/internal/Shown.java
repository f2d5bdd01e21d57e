package io.github.assessmentkit.scoring.internal;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.DimensionRating;
import io.github.assessmentkit.internal.ScoringMessages;
import io.github.assessmentkit.rubric.CriterionKind;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.scoring.Explanation;
import io.github.assessmentkit.scoring.IndicatorScore;
import io.github.assessmentkit.scoring.IndicatorStatus;
import io.github.assessmentkit.scoring.NodeScore;
import io.github.assessmentkit.scoring.Strategies;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Rounds a run's exact results for display, once, and builds the scorecard's nodes. This is the one
 * place scoring rounds:
 *
 * <ul>
 *   <li>a node's percent is its exact earned ÷ its exact possible, rounded half-even to two places;
 *   <li>the root's shown points are its exact points rounded half-even to two places;
 *   <li>a node's shown points are shared among its parts by the largest-remainder method: each part
 *       shows its exact points cut to whole cents, and the cents left go one each to the parts with
 *       the largest remainders (the first in rubric order on a tie), so the parts' shown points add
 *       up exactly to the node's; where a node's earned points are not the sum of its parts' (for
 *       example the lowest part's fraction), each part's earned points are rounded on their own;
 *   <li>no part shows more earned points than it shows possible.
 * </ul>
 */
final class Shown {
  private static final long CENTS = 100;

  private final ScoringPlan plan;
  private final ScoringEngine run;

  Shown(ScoringPlan plan, ScoringEngine run) {
    this.plan = plan;
    this.run = run;
  }

  /** Builds the root node: the rubric's total. */
  NodeScore root(ScoringEngine.Work root) {
    long possibleCents = cents(root.possible);
    long earnedCents = Math.min(cents(root.earned()), possibleCents);
    return node(root, possibleCents, earnedCents);
  }

  /** Builds a node, given its shown points in cents. */
  private NodeScore node(ScoringEngine.Work w, long possibleCents, long earnedCents) {
    PlanNode n = w.node;
    int lines = n == null ? 0 : n.slots.length;
    int kids = w.children.length;
    int count = lines + kids;
    Ratio[] exactPossible = new Ratio[count];
    Ratio[] exactEarned = new Ratio[count];
    for (int k = 0; k < lines; k++) {
      int slot = n.slots[k];
      Ratio p = run.possible(slot);
      Ratio f = run.fraction(slot);
      exactPossible[k] = p;
      exactEarned[k] = f == null ? Ratio.ZERO : f.times(p);
    }
    for (int k = 0; k < kids; k++) {
      ScoringEngine.Work c = w.children[k];
      exactPossible[lines + k] = c.applicable ? c.possible : Ratio.ZERO;
      exactEarned[lines + k] = c.applicable ? c.earned() : Ratio.ZERO;
    }
    long[] shownPossible = split(possibleCents, exactPossible, null);
    long[] shownEarned;
    if (w.applicable && isSum(w, exactEarned)) {
      shownEarned = splitEarned(earnedCents, exactEarned, shownPossible);
    } else {
      shownEarned = new long[count];
      for (int k = 0; k < count; k++) {
        shownEarned[k] = Math.min(cents(exactEarned[k]), shownPossible[k]);
      }
    }
    List<IndicatorScore> indicatorScores = List.of();
    if (lines > 0) {
      IndicatorScore[] built = new IndicatorScore[lines];
      for (int k = 0; k < lines; k++) {
        built[k] = line(n.indicators[k], n.slots[k], shownPossible[k], shownEarned[k]);
      }
      indicatorScores = List.of(built);
    }
    List<NodeScore> childScores = List.of();
    if (kids > 0) {
      NodeScore[] built = new NodeScore[kids];
      for (int k = 0; k < kids; k++) {
        built[k] = node(w.children[k], shownPossible[lines + k], shownEarned[lines + k]);
      }
      childScores = List.of(built);
    }
    BigDecimal earned = BigDecimal.valueOf(earnedCents, 2);
    BigDecimal possible = BigDecimal.valueOf(possibleCents, 2);
    Ratio fraction = w.applicable ? w.fraction : null;
    BigDecimal percent = fraction == null ? ZERO_PERCENT : fraction.times(CENTS).round(2);
    String strategy;
    if (n == null) {
      strategy = Strategies.POINTS_SUM;
    } else {
      strategy = run.strategyIdOf(n.criterion);
    }
    Explanation explanation =
        Explanation.of(
            strategy,
            n == null ? ScoringMessages.totalRule() : w.rule,
            w.formula,
            possible,
            earned,
            fraction,
            childScores,
            indicatorScores);
    return n == null
        ? new NodeScore(
            plan.rubric.id(),
            plan.rubric.title(),
            CriterionKind.OTHER,
            w.applicable,
            earned,
            possible,
            percent,
            w.coverage,
            null,
            explanation,
            childScores,
            indicatorScores,
            w.possible,
            fraction)
        : new NodeScore(
            n.criterion.id(),
            n.criterion.title(),
            n.criterion.kind(),
            w.applicable,
            earned,
            possible,
            percent,
            w.coverage,
            w.label,
            explanation,
            childScores,
            indicatorScores,
            w.possible,
            fraction);
  }

  private static final BigDecimal ZERO_PERCENT = BigDecimal.valueOf(0, 2);

  /** Whether a node's exact earned points are the sum of its parts'. */
  private static boolean isSum(ScoringEngine.Work w, Ratio[] parts) {
    Ratio sum = Ratio.ZERO;
    for (Ratio p : parts) {
      sum = sum.plus(p);
    }
    return sum.equals(w.earned());
  }

  private IndicatorScore line(Indicator i, int slot, long possibleCents, long earnedCents) {
    IndicatorStatus status = run.status(slot);
    Ratio fraction = run.fraction(slot);
    boolean rated =
        status == IndicatorStatus.RATED
            || (status == IndicatorStatus.NOT_APPLICABLE && fraction != null);
    return new IndicatorScore(
        i.id(),
        i.text(),
        status,
        BigDecimal.valueOf(possibleCents, 2),
        rated ? BigDecimal.valueOf(earnedCents, 2) : null,
        rated ? fraction : null,
        run.value(slot),
        run.label(slot),
        run.possible(slot),
        dimensionsOf(slot),
        run.cappedBy(slot));
  }

  private List<DimensionRating> dimensionsOf(int slot) {
    io.github.assessmentkit.assessment.Rating r = run.rating(slot);
    return r == null ? List.of() : r.dimensions();
  }

  /** {@return a value's whole cents, rounded half-even} */
  static long cents(Ratio exact) {
    return exact.round(2).unscaledValue().longValueExact();
  }

  /**
   * Splits shown cents among parts by their exact values with the largest-remainder method.
   *
   * @param whole the shown cents of the whole
   * @param exact the exact value of each part
   * @param caps the most cents each part may show, or {@code null} for no limit
   * @return the shown cents of each part, adding up to {@code whole} (unless the caps forbid it)
   */
  static long[] split(long whole, Ratio[] exact, long @Nullable [] caps) {
    int n = exact.length;
    long[] shown = new long[n];
    if (n == 0) {
      return shown;
    }
    Ratio[] remainders = null;
    long assigned = 0;
    for (int i = 0; i < n; i++) {
      Ratio scaled = exact[i].times(CENTS);
      long floor = scaled.toBigDecimal(0, java.math.RoundingMode.FLOOR).longValueExact();
      boolean clamped = caps != null && floor >= caps[i];
      if (clamped) {
        floor = caps[i];
      }
      shown[i] = floor;
      assigned += floor;
      if (!clamped) {
        Ratio rest = scaled.minus(Ratio.of(floor));
        if (!rest.isZero()) {
          if (remainders == null) {
            remainders = new Ratio[n];
          }
          remainders[i] = rest;
        }
      }
    }
    long left = whole - assigned;
    if (left < 0) {
      return trim(shown, -left, remainders);
    }
    if (left == 0 || remainders == null) {
      return left == 0 ? shown : spread(shown, left, exact, caps);
    }
    boolean[] taken = new boolean[n];
    while (left > 0) {
      int best = -1;
      for (int i = 0; i < n; i++) {
        if (taken[i] || remainders[i] == null) {
          continue;
        }
        if (best < 0 || remainders[i].compareTo(remainders[best]) > 0) {
          best = i;
        }
      }
      if (best < 0) {
        break;
      }
      taken[best] = true;
      if (caps == null || shown[best] + 1 <= caps[best]) {
        shown[best]++;
        left--;
      }
    }
    return left > 0 ? spread(shown, left, exact, caps) : shown;
  }

  /**
   * Splits a node's shown earned cents among its parts, none showing more than it shows possible.
   * When a part that earns something is held at what it shows possible while cents are left, one
   * cent of possible moves to it from a part showing more possible than earned, so that both the
   * possible and the earned cents still add up.
   *
   * @param whole the node's shown earned cents
   * @param exact the parts' exact earned points
   * @param possible the parts' shown possible cents, changed where a cent moves
   * @return the parts' shown earned cents
   */
  static long[] splitEarned(long whole, Ratio[] exact, long[] possible) {
    long[] shown = split(whole, exact, possible);
    long left = whole;
    for (long s : shown) {
      left -= s;
    }
    while (left > 0) {
      int taker = -1;
      for (int i = 0; i < shown.length && taker < 0; i++) {
        if (exact[i].signum() > 0 && shown[i] == possible[i]) {
          taker = i;
        }
      }
      int giver = -1;
      for (int i = 0; i < shown.length && giver < 0; i++) {
        if (i != taker && possible[i] > shown[i]) {
          giver = i;
        }
      }
      if (taker < 0 || giver < 0) {
        break;
      }
      possible[giver]--;
      possible[taker]++;
      shown[taker]++;
      left--;
    }
    return shown;
  }

  /**
   * Takes cents back when the whole shows less than its parts' cut values: this happens only below
   * a node that gave a cent of possible to a sibling (see {@link #splitEarned}). The cents come
   * from the parts with the smallest remainders, each showing at least one cent.
   */
  private static long[] trim(long[] shown, long over, Ratio @Nullable [] remainders) {
    long left = over;
    while (left > 0) {
      int pick = -1;
      for (int i = 0; i < shown.length; i++) {
        if (shown[i] <= 0) {
          continue;
        }
        if (pick < 0 || remainderOf(remainders, i).compareTo(remainderOf(remainders, pick)) < 0) {
          pick = i;
        }
      }
      if (pick < 0) {
        break;
      }
      shown[pick]--;
      left--;
    }
    return shown;
  }

  private static Ratio remainderOf(Ratio @Nullable [] remainders, int i) {
    Ratio r = remainders == null ? null : remainders[i];
    return r == null ? Ratio.ZERO : r;
  }

  /**
   * Gives cents still left, held back by the caps, to parts that earn something and may take one.
   */
  private static long[] spread(long[] shown, long left, Ratio[] exact, long @Nullable [] caps) {
    boolean moved = true;
    while (left > 0 && moved) {
      moved = false;
      for (int i = 0; i < shown.length && left > 0; i++) {
        if (exact[i].signum() > 0 && (caps == null || shown[i] + 1 <= caps[i])) {
          shown[i]++;
          left--;
          moved = true;
        }
      }
    }
    return shown;
  }
}
