package io.github.assessmentkit.scoring.internal;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.DimensionRating;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.internal.Decimals;
import io.github.assessmentkit.internal.OnDemandList;
import io.github.assessmentkit.internal.ScoringMessages;
import io.github.assessmentkit.rubric.CriterionKind;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.scoring.Explanation;
import io.github.assessmentkit.scoring.IndicatorScore;
import io.github.assessmentkit.scoring.IndicatorStatus;
import io.github.assessmentkit.scoring.NodeScore;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.spi.Coverage;
import io.github.assessmentkit.spi.Formula;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Scores and rounds on a plan's {@link UnitPlan whole-unit form}: when every part counts, every
 * criterion is a sum, and every value's fraction is a whole number of the plan's fraction unit,
 * each indicator earns {@code points × fraction} whole units, each criterion the sum of its parts',
 * and the shown cents follow by the same largest-remainder rule ({@link Cents}) as on the ratio
 * path. The scorecard is the one the ratio path gives, value for value.
 */
final class UnitShown {
  private static final Formula SUM = new Formula.Sum();

  private final ScoringPlan plan;
  private final UnitPlan units;
  private final ScoringEngine run;

  /** Per indicator position: its value's fraction in {@code 1/fractions}. */
  private final long[] fraction;

  /** Per node: its earned units, and its coverage counts. */
  private final long[] earned;

  private final int[] ratable;
  private final int[] rated;
  private final int[] met;

  /**
   * The nodes made so far, by their position in the plan. Nodes are made when first read, from any
   * thread: a benign race may make a node twice, to equal values (a node is immutable, with final
   * fields, and everything it is made from is fixed before the scorecard is returned).
   */
  private final @Nullable NodeScore[] built;

  /** Per node and per indicator position: the cents shown possible and earned. */
  private final long[] nodePossibleCents;

  private final long[] nodeEarnedCents;
  private final long[] slotPossibleCents;
  private final long[] slotEarnedCents;

  /** Scratch space for sharing one node's cents among its parts, reused node after node. */
  private final Units scratch;

  /** Scratch: the cents each part shows possible; as long as the most parts a node has. */
  private final long[] caps;

  private final Cents cents;

  /** Every node's indicator lines, made when first read, from {@link UnitPlan#lineStart}. */
  private final @Nullable IndicatorScore[] lines;

  UnitShown(ScoringPlan plan, UnitPlan units, ScoringEngine run, long[] fraction) {
    this.plan = plan;
    this.units = units;
    this.run = run;
    this.fraction = fraction;
    int n = plan.nodes.size();
    this.earned = new long[n];
    this.ratable = new int[n];
    this.rated = new int[n];
    this.met = new int[n];
    this.built = new NodeScore[n];
    this.nodePossibleCents = new long[n];
    this.nodeEarnedCents = new long[n];
    int slots = plan.slotCount();
    this.slotPossibleCents = new long[slots];
    this.slotEarnedCents = new long[slots];
    int widest = plan.top.length;
    for (PlanNode node : plan.nodes) {
      widest = Math.max(widest, node.partCount());
    }
    this.scratch = new Units(widest);
    this.caps = new long[widest];
    this.cents = new Cents(widest);
    this.lines = new IndicatorScore[units.lineCount];
  }

  /**
   * Adds up every criterion's units (children before parents) and shares the shown cents out
   * (parents before children); the criteria's nodes are then made when first read ({@link #node}).
   */
  NodeScore root() {
    List<PlanNode> nodes = plan.nodes;
    for (int k = nodes.size() - 1; k >= 0; k--) {
      add(nodes.get(k));
    }
    PlanNode[] top = plan.top;
    long total = 0;
    int r = 0;
    int d = 0;
    int m = 0;
    scratch.size = top.length;
    for (int k = 0; k < top.length; k++) {
      int i = top[k].index;
      // full: earns all it may, which on a whole-unit plan is more than 0 units
      scratch.set(k, earned[i], units.nodeUnits[i], units.unit, earned[i] == units.nodeUnits[i]);
      caps[k] = units.nodeCents[i];
      total += earned[i];
      r += ratable[i];
      d += rated[i];
      m += met[i];
    }
    long possibleCents = units.totalCents;
    long earnedCents = Math.min(cents(total), possibleCents);
    long[] shown = cents.splitEarned(earnedCents, scratch, caps);
    for (int k = 0; k < top.length; k++) {
      int i = top[k].index;
      nodePossibleCents[i] = caps[k];
      nodeEarnedCents[i] = shown[k];
    }
    for (PlanNode n : nodes) {
      share(n);
    }
    List<NodeScore> childScores = top.length == 0 ? List.of() : new Children(top);
    BigDecimal earnedShown = Decimals.cents(earnedCents);
    BigDecimal possibleShown = Decimals.cents(possibleCents);
    Ratio f = Ratio.of(total, units.totalUnits);
    return new NodeScore(
        plan.rubric.id(),
        plan.rubric.title(),
        CriterionKind.OTHER,
        true,
        earnedShown,
        possibleShown,
        percent(total, units.totalUnits),
        Coverage.of(r, d, m),
        null,
        Explanation.of(
            Strategies.POINTS_SUM,
            ScoringMessages.totalRule(),
            SUM,
            possibleShown,
            earnedShown,
            f,
            childScores,
            List.of()),
        childScores,
        List.of(),
        plan.total,
        f);
  }

  /** Adds up one criterion's units and coverage, its sub-criteria already added up. */
  private void add(PlanNode n) {
    long sum = 0;
    int r = 0;
    int d = 0;
    int m = 0;
    for (int slot : n.slots) {
      sum += units.slotPoints[slot] * fraction[slot];
      r++;
      IndicatorStatus s = run.status(slot);
      if (s != IndicatorStatus.MISSING && s != IndicatorStatus.UNKNOWN) {
        d++;
        if (fraction[slot] == units.fractions) {
          m++;
        }
      }
    }
    for (PlanNode c : n.children) {
      sum += earned[c.index];
      r += ratable[c.index];
      d += rated[c.index];
      m += met[c.index];
    }
    earned[n.index] = sum;
    ratable[n.index] = r;
    rated[n.index] = d;
    met[n.index] = m;
  }

  /** Shares one criterion's shown cents among its parts, its own already known. */
  private void share(PlanNode n) {
    int lines = n.slots.length;
    int count = lines + n.children.length;
    scratch.size = count;
    if (nodePossibleCents[n.index] != units.nodeCents[n.index]) {
      // a cent of possible moved here from a sibling: share the node's new cents again
      long[] again =
          new Cents(count)
              .split(nodePossibleCents[n.index], new Shown.Ratios(n.nominalPossible), null);
      System.arraycopy(again, 0, caps, 0, count);
    } else {
      for (int k = 0; k < lines; k++) {
        caps[k] = units.slotCents[n.slots[k]];
      }
      for (int k = 0; k < n.children.length; k++) {
        caps[lines + k] = units.nodeCents[n.children[k].index];
      }
    }
    for (int k = 0; k < lines; k++) {
      int slot = n.slots[k];
      scratch.set(
          k,
          units.slotPoints[slot] * fraction[slot],
          units.slotPoints[slot] * units.fractions,
          units.unit,
          // full: earns all it may, which on a whole-unit plan is more than 0 points
          fraction[slot] == units.fractions);
    }
    for (int k = 0; k < n.children.length; k++) {
      int c = n.children[k].index;
      scratch.set(
          lines + k, earned[c], units.nodeUnits[c], units.unit, earned[c] == units.nodeUnits[c]);
    }
    long[] shown = cents.splitEarned(nodeEarnedCents[n.index], scratch, caps);
    for (int k = 0; k < lines; k++) {
      slotPossibleCents[n.slots[k]] = caps[k];
      slotEarnedCents[n.slots[k]] = shown[k];
    }
    for (int k = 0; k < n.children.length; k++) {
      int c = n.children[k].index;
      nodePossibleCents[c] = caps[lines + k];
      nodeEarnedCents[c] = shown[lines + k];
    }
  }

  /**
   * {@return the node of the criterion at a position of the plan, made when first asked for; its
   * values were all worked out by {@link #root}}
   *
   * @param index the criterion's position in the plan
   */
  NodeScore node(int index) {
    NodeScore known = built[index];
    if (known == null) {
      known = build(plan.nodes.get(index));
      built[index] = known;
    }
    return known;
  }

  /** Builds one criterion's node; its sub-criteria and lines are made when first read. */
  private NodeScore build(PlanNode n) {
    int lines = n.slots.length;
    List<IndicatorScore> lineList = lines == 0 ? List.of() : new Lines(n);
    PlanNode[] kids = n.children;
    List<NodeScore> childList = kids.length == 0 ? List.of() : new Children(kids);
    long possibleUnits = units.nodeUnits[n.index];
    long earnedUnits = earned[n.index];
    Ratio f = Ratio.of(earnedUnits, possibleUnits);
    BigDecimal earnedShown = Decimals.cents(nodeEarnedCents[n.index]);
    BigDecimal possibleShown = Decimals.cents(nodePossibleCents[n.index]);
    int from = units.labelFrom[n.index];
    Text label = null;
    if (from >= 0) {
      label = from < lines ? run.label(n.slots[from]) : childList.get(from - lines).label();
    }
    return new NodeScore(
        n.criterion.id(),
        n.criterion.title(),
        n.criterion.kind(),
        true,
        earnedShown,
        possibleShown,
        percent(earnedUnits, possibleUnits),
        Coverage.of(ratable[n.index], rated[n.index], met[n.index]),
        label,
        Explanation.of(
            run.strategyIdOf(n.criterion),
            units.rules[n.index],
            units.formulas[n.index],
            possibleShown,
            earnedShown,
            f,
            childList,
            lineList),
        childList,
        lineList,
        n.nominal,
        f);
  }

  /** A criterion's sub-criteria (or the root's criteria), each made when first read. */
  private final class Children extends OnDemandList<NodeScore> {
    private final PlanNode[] kids;

    Children(PlanNode[] kids) {
      this.kids = kids;
    }

    @Override
    public NodeScore get(int k) {
      Objects.checkIndex(k, kids.length);
      return node(kids[k].index);
    }

    @Override
    public int size() {
      return kids.length;
    }
  }

  /**
   * A criterion's indicator lines, each made when first read and kept in the scorecard's array of
   * lines; a benign race may make a line twice, to equal values.
   */
  private final class Lines extends OnDemandList<IndicatorScore> {
    private final PlanNode node;
    private final int start;

    Lines(PlanNode node) {
      this.node = node;
      this.start = units.lineStart[node.index];
    }

    @Override
    public IndicatorScore get(int k) {
      Objects.checkIndex(k, node.slots.length);
      IndicatorScore known = lines[start + k];
      if (known == null) {
        int slot = node.slots[k];
        known = line(node, k, slotPossibleCents[slot], slotEarnedCents[slot]);
        lines[start + k] = known;
      }
      return known;
    }

    @Override
    public int size() {
      return node.slots.length;
    }
  }

  private IndicatorScore line(PlanNode n, int k, long possibleCents, long earnedCents) {
    int slot = n.slots[k];
    Indicator i = n.indicators[k];
    IndicatorStatus status = run.status(slot);
    Ratio f = run.fraction(slot);
    boolean counted =
        status == IndicatorStatus.RATED || (status == IndicatorStatus.NOT_APPLICABLE && f != null);
    Rating r = run.rating(slot);
    List<DimensionRating> dimensions = r == null ? List.of() : r.dimensions();
    return new IndicatorScore(
        i.id(),
        i.text(),
        status,
        Decimals.cents(possibleCents),
        counted ? Decimals.cents(earnedCents) : null,
        counted ? f : null,
        run.value(slot),
        run.label(slot),
        n.nominalPossible[k],
        dimensions,
        run.cappedBy(slot));
  }

  /** {@return whole units as cents, rounded half-even} */
  private long cents(long value) {
    return halfEven(value * 100, units.unit);
  }

  /**
   * {@return earned as a percent of possible, rounded half-even to two places; possible is above 0,
   * as every criterion and the total are on a whole-unit plan}
   */
  private static BigDecimal percent(long earned, long possible) {
    return Decimals.cents(halfEven(earned * 10_000, possible));
  }

  /** {@return {@code n / d} rounded half-even, both at least 0, d above 0} */
  private static long halfEven(long n, long d) {
    long q = n / d;
    long r = n % d;
    long twice = r * 2;
    if (twice > d || (twice == d && (q & 1) != 0)) {
      q++;
    }
    return q;
  }

  /** Exact values as whole units, for {@link Cents}: cents and remainders worked out once. */
  private static final class Units implements Cents.Exact {
    private final long[] values;
    private final long[] floors;
    private final long[] remainders;
    private final boolean[] full;
    private final long[] possible;
    private long unit = 1;
    int size;

    Units(int capacity) {
      this.values = new long[capacity];
      this.possible = new long[capacity];
      this.full = new boolean[capacity];
      this.floors = new long[capacity];
      this.remainders = new long[capacity];
    }

    /**
     * Sets part i's exact earned and possible points, in units of {@code 1/unit}, and whether it
     * earns all it may.
     */
    void set(int i, long value, long possible, long unit, boolean full) {
      long hundredfold = value * 100;
      values[i] = value;
      this.possible[i] = possible;
      this.unit = unit;
      this.full[i] = full;
      floors[i] = hundredfold / unit;
      remainders[i] = hundredfold - floors[i] * unit;
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public long floor(int i) {
      return floors[i];
    }

    @Override
    public boolean hasRemainder(int i) {
      return remainders[i] != 0;
    }

    @Override
    public int compareRemainders(int i, int j) {
      return Long.compare(remainders[i], remainders[j]);
    }

    @Override
    public boolean earns(int i) {
      return values[i] > 0;
    }

    @Override
    public boolean full(int i) {
      return full[i];
    }

    @Override
    public boolean roundedUp(int i, long shownPossible) {
      return shownPossible * unit > possible[i] * 100;
    }
  }
}
