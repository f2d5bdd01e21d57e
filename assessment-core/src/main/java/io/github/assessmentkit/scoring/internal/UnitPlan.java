package io.github.assessmentkit.scoring.internal;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.scale.BandScale;
import io.github.assessmentkit.scale.LevelScale;
import io.github.assessmentkit.scale.LikertScale;
import io.github.assessmentkit.scale.MeasureScale;
import io.github.assessmentkit.scale.NumericScale;
import io.github.assessmentkit.scale.Scale;
import io.github.assessmentkit.scale.Threshold;
import io.github.assessmentkit.scale.YesNoScale;
import io.github.assessmentkit.scale.YesPartialNoScale;
import io.github.assessmentkit.spi.Formula;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * A plan's whole-unit form, for the common case: when every criterion is combined by a sum (the
 * built-in {@code points-sum}, {@code weighted-mean} and {@code holistic-band}, whose result is the
 * sum of their parts' points when every part counts), every exact value of a scorecard is a whole
 * number of one small unit, {@code 1/unit}: the allotted points of every indicator and criterion,
 * and every value's fraction of them. Scoring then adds whole numbers, with nothing to reduce and
 * nothing to allocate, and gives exactly what the ratio path gives. Worked out once per plan;
 * immutable.
 *
 * <p>Used only when it applies: a rubric whose strategies are not all sums, whose allotment has a
 * criterion or indicator worth 0, or whose unit would be too large gets none; a scorecard with a
 * part that does not count, or a value whose fraction is not a whole number of {@code 1/fractions}
 * (a numeric scale without steps), is scored on the ratio path.
 */
final class UnitPlan {
  /** Above this, a unit is too fine for whole-number arithmetic with room to spare. */
  private static final BigInteger LIMIT = BigInteger.valueOf(1L << 40);

  /** The denominator every allotted point value shares. */
  final long points;

  /** The denominator every value's fraction shares. */
  final long fractions;

  /** The unit's denominator: {@code points × fractions}. */
  final long unit;

  /** Per indicator position: its allotted points in {@code 1/points}. */
  final long[] slotPoints;

  /** Per node: its allotted points in {@code 1/unit}. */
  final long[] nodeUnits;

  /** The total in {@code 1/unit}. */
  final long totalUnits;

  /** Per indicator position and per node: the cents shown possible when every part counts. */
  final long[] slotCents;

  final long[] nodeCents;

  final long totalCents;

  /** Per node: its rule, formula, and which part's label it takes (-1: none). */
  final Text[] rules;

  final Formula[] formulas;
  final int[] labelFrom;

  /** Per node: where its indicator lines start in one array of every node's lines. */
  final int[] lineStart;

  /** How many indicator lines the nodes have together. */
  final int lineCount;

  private UnitPlan(ScoringPlan plan, long points, long fractions) {
    this.points = points;
    this.fractions = fractions;
    this.unit = points * fractions;
    int slots = plan.slotCount();
    int nodes = plan.nodes.size();
    this.slotPoints = new long[slots];
    this.nodeUnits = new long[nodes];
    this.slotCents = new long[slots];
    this.nodeCents = new long[nodes];
    this.rules = new Text[nodes];
    this.formulas = new Formula[nodes];
    this.labelFrom = new int[nodes];
    this.lineStart = new int[nodes];
    int lines = 0;
    Ratio p = Ratio.of(points);
    Ratio u = Ratio.of(unit);
    for (PlanNode n : plan.nodes) {
      nodeUnits[n.index] = whole(n.nominal.times(u));
      Ratio[] parts = n.nominalPossible;
      for (int k = 0; k < n.slots.length; k++) {
        slotPoints[n.slots[k]] = whole(parts[k].times(p));
      }
      rules[n.index] = n.strategy.description();
      formulas[n.index] = formula(n);
      labelFrom[n.index] = labelFrom(n);
      lineStart[n.index] = lines;
      lines += n.slots.length;
    }
    this.lineCount = lines;
    this.totalUnits = whole(plan.total.times(u));
    this.totalCents = Shown.cents(plan.total);
    long[] top =
        new Cents(plan.top.length).split(totalCents, new Shown.Ratios(plan.topPossible), null);
    for (int k = 0; k < plan.top.length; k++) {
      cents(plan.top[k], top[k]);
    }
  }

  /** Shares a node's shown possible cents among its parts, as {@link Shown} does, and goes down. */
  private void cents(PlanNode n, long shown) {
    nodeCents[n.index] = shown;
    long[] parts = new Cents(n.partCount()).split(shown, new Shown.Ratios(n.nominalPossible), null);
    int lines = n.slots.length;
    for (int k = 0; k < lines; k++) {
      slotCents[n.slots[k]] = parts[k];
    }
    for (int k = 0; k < n.children.length; k++) {
      cents(n.children[k], parts[lines + k]);
    }
  }

  private static long whole(Ratio r) {
    return r.numerator().divide(r.denominator()).longValueExact();
  }

  private static Formula formula(PlanNode n) {
    if (n.strategy instanceof WeightedMean) {
      return MEAN;
    }
    if (n.strategy instanceof HolisticBand && n.children.length == 0) {
      return new Formula.Band(n.indicators[0].id());
    }
    return SUM;
  }

  /** Which part's label a node takes: a points sum of one part, or a holistic item. */
  private static int labelFrom(PlanNode n) {
    if (n.strategy instanceof PointsSum && n.partCount() == 1) {
      return 0;
    }
    if (n.strategy instanceof HolisticBand && n.children.length == 0) {
      return 0;
    }
    return -1;
  }

  private static final Formula SUM = new Formula.Sum();
  private static final Formula MEAN = new Formula.Mean();

  /**
   * Works out a plan's whole-unit form.
   *
   * @param plan the plan, its allotment worked out
   * @return the form, or {@code null} when it does not apply
   */
  static @Nullable UnitPlan of(ScoringPlan plan) {
    if (plan.fractions <= 0) {
      return null;
    }
    BigInteger fractions = BigInteger.valueOf(plan.fractions);
    BigInteger points = BigInteger.ONE;
    for (PlanNode n : plan.nodes) {
      if (!(n.strategy instanceof PointsSum
          || n.strategy instanceof WeightedMean
          || n.strategy instanceof HolisticBand)) {
        return null;
      }
      // a criterion worth 0 needs no check of its own: every scored criterion has indicators in
      // its subtree (RubricChecks), and its 0 points make theirs 0, refused below
      points = lcm(points, n.nominal.denominator());
      for (int k = 0; k < n.slots.length; k++) {
        Ratio share = n.nominalPossible[k];
        if (share.signum() <= 0) {
          return null;
        }
        points = lcm(points, share.denominator());
      }
      if (points.multiply(fractions).compareTo(LIMIT) > 0) {
        return null;
      }
    }
    BigInteger unit = points.multiply(fractions);
    // the total in units, times 10 000 for a percent, must stay well inside a long
    BigInteger total = plan.total.numerator().multiply(unit).multiply(BigInteger.valueOf(10_000));
    if (total.bitLength() > 60) {
      return null;
    }
    return new UnitPlan(plan, points.longValueExact(), plan.fractions);
  }

  /**
   * The denominator every fraction of the rubric's values divides: the least common multiple of its
   * scales' ({@link #denominatorOf}), or 0 when a scale has none or it would be too large.
   *
   * @param scales the scales of the scored indicators
   * @return the denominator, or 0
   */
  static long fractionsOf(Iterable<Scale> scales) {
    BigInteger d = BigInteger.ONE;
    for (Scale s : scales) {
      long f = denominatorOf(s);
      if (f <= 0) {
        return 0;
      }
      d = lcm(d, BigInteger.valueOf(f));
      if (d.compareTo(LIMIT) > 0) {
        return 0;
      }
    }
    return d.longValueExact();
  }

  private static BigInteger lcm(BigInteger a, BigInteger b) {
    return a.divide(a.gcd(b)).multiply(b);
  }

  /**
   * A denominator every fraction of a scale's values divides, or 0 when there is none small enough
   * (a numeric scale without steps, whose values may have any number of places).
   */
  static long denominatorOf(Scale scale) {
    return scale.accept(DENOMINATOR);
  }

  private static final Scale.Visitor<Long> DENOMINATOR =
      new Scale.Visitor<>() {
        @Override
        public Long visitBand(BandScale scale) {
          return 100L;
        }

        @Override
        public Long visitLevel(LevelScale scale) {
          return Math.max(1L, scale.levels().size() - 1L);
        }

        @Override
        public Long visitYesPartialNo(YesPartialNoScale scale) {
          return Ratio.of(scale.partialCredit()).denominator().longValueExact();
        }

        @Override
        public Long visitYesNo(YesNoScale scale) {
          return 1L;
        }

        @Override
        public Long visitLikert(LikertScale scale) {
          return scale.points() - 1L;
        }

        @Override
        public Long visitMeasure(MeasureScale scale) {
          BigInteger d = BigInteger.ONE;
          for (Threshold t : scale.thresholds()) {
            d = lcm(d, Ratio.of(t.credit()).denominator());
          }
          return d.bitLength() < 31 ? d.longValue() : 0L;
        }

        @Override
        public Long visitNumeric(NumericScale scale) {
          BigDecimal step = scale.step();
          if (step == null) {
            return 0L;
          }
          BigInteger d =
              Ratio.of(step).dividedBy(Ratio.of(scale.max().subtract(scale.min()))).denominator();
          return d.bitLength() < 31 ? d.longValue() : 0L;
        }
      };

  /**
   * Expresses a fraction in {@code 1/fractions}.
   *
   * @param fraction the fraction
   * @param fractions the denominator, or 0 for none
   * @return the whole number of {@code 1/fractions}, or -1 when it is not a whole number
   */
  static long fractionUnits(Ratio fraction, long fractions) {
    if (fractions <= 0) {
      return -1;
    }
    Ratio scaled = fraction.times(fractions);
    long whole = scaled.toLong(java.math.RoundingMode.DOWN);
    return scaled.compareTo(Ratio.of(whole)) == 0 ? whole : -1;
  }
}
