package io.github.assessmentkit.scoring.internal;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.DimensionRating;
import io.github.assessmentkit.internal.Decimals;
import io.github.assessmentkit.internal.ScoringMessages;
import io.github.assessmentkit.rubric.CriterionKind;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.scoring.Explanation;
import io.github.assessmentkit.scoring.IndicatorScore;
import io.github.assessmentkit.scoring.IndicatorStatus;
import io.github.assessmentkit.scoring.NodeScore;
import io.github.assessmentkit.scoring.Strategies;
import java.math.BigDecimal;
import java.math.RoundingMode;
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

  /** The nodes built, by their position in the plan. */
  final NodeScore[] built;

  Shown(ScoringPlan plan, ScoringEngine run) {
    this.plan = plan;
    this.run = run;
    this.built = new NodeScore[plan.nodes.size()];
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
    Cents cents = new Cents(count);
    long[] shownPossible = cents.split(possibleCents, new Ratios(exactPossible), null).clone();
    long[] shownEarned;
    if (w.applicable && isSum(w, exactEarned)) {
      shownEarned =
          cents
              .splitEarned(earnedCents, new Ratios(exactEarned, exactPossible), shownPossible)
              .clone();
    } else {
      shownEarned = new long[count];
      for (int k = 0; k < count; k++) {
        shownEarned[k] = Math.min(cents(exactEarned[k]), shownPossible[k]);
      }
    }
    // List.of of no elements is the empty list
    IndicatorScore[] builtLines = new IndicatorScore[lines];
    for (int k = 0; k < lines; k++) {
      builtLines[k] = line(n.indicators[k], n.slots[k], shownPossible[k], shownEarned[k]);
    }
    List<IndicatorScore> indicatorScores = List.of(builtLines);
    NodeScore[] builtKids = new NodeScore[kids];
    for (int k = 0; k < kids; k++) {
      builtKids[k] = node(w.children[k], shownPossible[lines + k], shownEarned[lines + k]);
    }
    List<NodeScore> childScores = List.of(builtKids);
    BigDecimal earned = Decimals.cents(earnedCents);
    BigDecimal possible = Decimals.cents(possibleCents);
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
    if (n != null) {
      NodeScore made =
          new NodeScore(
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
      built[n.index] = made;
      return made;
    }
    return new NodeScore(
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
        Decimals.cents(possibleCents),
        rated ? Decimals.cents(earnedCents) : null,
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
    return exact.times(CENTS).toLong(RoundingMode.HALF_EVEN);
  }

  /** Exact values as ratios, for {@link Cents}. */
  static final class Ratios implements Cents.Exact {
    private final Ratio[] values;
    private final Ratio[] scaled;
    private final long[] floors;
    private final @Nullable Ratio[] remainders;
    private final Ratio @Nullable [] whole;

    Ratios(Ratio[] values) {
      this(values, null);
    }

    /**
     * Exact values, each with what it could have been, so that a part that is all it could be shows
     * all it may.
     */
    Ratios(Ratio[] values, Ratio @Nullable [] whole) {
      this.whole = whole;
      this.values = values;
      this.scaled = new Ratio[values.length];
      this.floors = new long[values.length];
      this.remainders = new Ratio[values.length];
      for (int i = 0; i < values.length; i++) {
        scaled[i] = values[i].times(CENTS);
        floors[i] = scaled[i].toLong(RoundingMode.FLOOR);
      }
    }

    @Override
    public int size() {
      return values.length;
    }

    @Override
    public long floor(int i) {
      return floors[i];
    }

    @Override
    public boolean hasRemainder(int i) {
      return remainder(i).signum() != 0;
    }

    @Override
    public int compareRemainders(int i, int j) {
      return remainder(i).compareTo(remainder(j));
    }

    private Ratio remainder(int i) {
      Ratio r = remainders[i];
      if (r == null) {
        r = scaled[i].minus(Ratio.of(floors[i]));
        remainders[i] = r;
      }
      return r;
    }

    @Override
    public boolean earns(int i) {
      return values[i].signum() > 0;
    }

    @Override
    public boolean full(int i) {
      return whole != null && values[i].signum() > 0 && values[i].compareTo(whole[i]) == 0;
    }

    @Override
    public boolean roundedUp(int i, long shownPossible) {
      return whole != null && Ratio.of(shownPossible).compareTo(whole[i].times(CENTS)) > 0;
    }
  }
}
