package io.github.assessmentkit.scoring.internal;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.DimensionRating;
import io.github.assessmentkit.assessment.Evidence;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.internal.RatingStates;
import io.github.assessmentkit.internal.AssessmentMessages;
import io.github.assessmentkit.internal.Decimals;
import io.github.assessmentkit.internal.Messages;
import io.github.assessmentkit.internal.ScoringMessages;
import io.github.assessmentkit.rubric.AwardScheme;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.Severity;
import io.github.assessmentkit.scale.BandScale;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.scoring.AwardDecision;
import io.github.assessmentkit.scoring.IndicatorStatus;
import io.github.assessmentkit.scoring.LevelDecision;
import io.github.assessmentkit.scoring.NodeScore;
import io.github.assessmentkit.scoring.ScaledResult;
import io.github.assessmentkit.scoring.ScoreWarning;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.ScoringException;
import io.github.assessmentkit.scoring.StrategyMisfitException;
import io.github.assessmentkit.scoring.StrategyRegistry;
import io.github.assessmentkit.scoring.UnknownStrategyException;
import io.github.assessmentkit.spi.Coverage;
import io.github.assessmentkit.spi.Formula;
import io.github.assessmentkit.spi.Part;
import io.github.assessmentkit.spi.ScoringStrategy;
import io.github.assessmentkit.spi.StrategyInput;
import io.github.assessmentkit.spi.StrategyResult;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Scores a valid assessment, exactly: allots each criterion's points to its parts top-down
 * (applying the scoring policies to parts that are not applicable, unknown or missing), combines
 * the parts bottom-up with each criterion's strategy into an exact fraction, and only then rounds,
 * once, for display ({@link Shown}). Follows the rubric's {@link ScoringPlan}: when every part
 * counts, the plan's allotment holds and nothing is shared out again. One instance per scoring run;
 * not thread-safe, never shared.
 */
public final class ScoringEngine {

  /** The coverage of one indicator: not rated; rated; rated and fully met. */
  static final Coverage UNRATED = new Coverage(1, 0, 0);

  static final Coverage RATED = new Coverage(1, 1, 0);
  static final Coverage RATED_AND_MET = new Coverage(1, 1, 1);

  private final Rubric rubric;
  private final ScoringPlan plan;
  private final Assessment assessment;
  private final String defaultStrategy;

  /** The rating of each indicator, by its position in the plan; the first when rated twice. */
  private final @Nullable Rating[] ratings;

  /** Per position: its status, how it is treated, and its value's fraction and label. */
  private final IndicatorStatus[] status;

  private final Treatment[] treatment;
  private final @Nullable Ratio[] fractions;
  private final @Nullable Text[] labels;

  /** Per position: the points it was allotted (zero when it left). */
  private @Nullable Ratio @Nullable [] possible;

  /** Per position: the dimension that capped its rating, or null; null when nothing was capped. */
  private @Nullable String @Nullable [] cappedBy;

  /** Per position: its fraction in the plan's fraction unit, or -1 when not a whole number. */
  private final long[] units;

  /** Whether every position's fraction is a whole number of the plan's fraction unit. */
  private boolean unitsHold = true;

  /** Whether some position is missing or rated unknown, so there are warnings to give. */
  private boolean unrated;

  /** Whether every part counts, so the plan's allotment holds. */
  private final boolean nominal;

  /** Per node: 0 not worked out yet, 1 counts, 2 does not. */
  private final byte[] counts;

  private final List<ScoreWarning> warnings = new ArrayList<>(4);

  private ScoringEngine(
      Rubric rubric,
      ScoringPlan plan,
      Assessment assessment,
      String defaultStrategy,
      int @Nullable [] found) {
    this.rubric = rubric;
    this.plan = plan;
    this.assessment = assessment;
    this.defaultStrategy = defaultStrategy;
    int n = plan.slotCount();
    this.ratings = new Rating[n];
    this.status = new IndicatorStatus[n];
    this.treatment = new Treatment[n];
    this.fractions = new Ratio[n];
    this.labels = new Text[n];
    this.units = new long[n];
    this.counts = new byte[plan.nodes.size()];
    List<Rating> given = assessment.ratings();
    int slot = -1;
    for (int i = 0; i < given.size(); i++) {
      Rating r = given.get(i);
      // where validation found each rating's indicator, when it tells; else looked up here
      slot = found == null ? plan.slot(r.indicatorId(), slot + 1) : plan.slotOfIndicator(found[i]);
      if (slot >= 0 && ratings[slot] == null) {
        ratings[slot] = r;
      }
    }
    boolean all = true;
    for (int s = 0; s < n; s++) {
      all &= classify(s);
    }
    this.nominal = all;
  }

  /** Works out one position's status and treatment; tells whether it counts. */
  private boolean classify(int slot) {
    PlanNode leaf = plan.leafOf[slot];
    Rating r = ratings[slot];
    if (r == null) {
      status[slot] = IndicatorStatus.MISSING;
      unrated = true;
      treatment[slot] = leaf.missing;
    } else {
      RatingValue value = r.state().accept(RatingStates.VALUE);
      if (value != null) {
        status[slot] = IndicatorStatus.RATED;
        treatment[slot] = Treatment.ZERO; // counts; its fraction is its value's
        ScoringPlan.ScaleCredits scale = plan.credits[slot];
        ScoringPlan.Credit credit = scale.of(value);
        fractions[slot] = credit.fraction();
        labels[slot] = credit.label();
        units[slot] = credit.units();
        unitsHold &= credit.units() >= 0;
        if (scale.band != null && plan.capsByWeakestDimension && !r.dimensions().isEmpty()) {
          cap(slot, scale.band, value, r.dimensions());
        }
        return true;
      }
      boolean na = r.state().accept(RatingStates.NOT_APPLICABLE);
      status[slot] = na ? IndicatorStatus.NOT_APPLICABLE : IndicatorStatus.UNKNOWN;
      unrated |= !na;
      treatment[slot] = na ? leaf.notApplicable : leaf.unknown;
    }
    Treatment t = treatment[slot];
    if (t.counts()) {
      fractions[slot] = t.fraction();
      units[slot] = UnitPlan.fractionUnits(t.fraction(), plan.fractions);
      unitsHold &= units[slot] >= 0;
    }
    return t.counts();
  }

  /**
   * Caps a band-scale rating at the top of the band its weakest dimension falls in, when the rubric
   * declares so ({@link Rubric#capsByWeakestDimension()}).
   */
  private void cap(int slot, BandScale band, RatingValue value, List<DimensionRating> dimensions) {
    DimensionRating weakest = dimensions.get(0);
    List<RatingValue> values = new ArrayList<>(dimensions.size());
    for (DimensionRating d : dimensions) {
      values.add(d.value());
      if (d.percent().compareTo(weakest.percent()) < 0) {
        weakest = d;
      }
    }
    BigDecimal capped = band.capped(value, values);
    if (capped.compareTo(value.asNumber().orElseThrow()) < 0) {
      if (cappedBy == null) {
        cappedBy = new String[status.length];
      }
      cappedBy[slot] = weakest.dimension();
      fractions[slot] = Ratio.of(capped).dividedBy(Ratio.of(100));
      labels[slot] = band.bandContaining(capped).label();
      units[slot] = UnitPlan.fractionUnits(fractions[slot], plan.fractions);
      unitsHold &= units[slot] >= 0;
    }
  }

  /** {@return the dimension that capped a position's rating, or null} */
  @Nullable String cappedBy(int slot) {
    return cappedBy == null ? null : cappedBy[slot];
  }

  /** {@return the rating of a position, or null} */
  @Nullable Rating rating(int slot) {
    return ratings[slot];
  }

  /**
   * Scores an assessment already found valid against the rubric.
   *
   * @param rubric the rubric
   * @param assessment the assessment
   * @param defaultStrategy the strategy where a criterion names none
   * @param registry the strategies
   * @return the scorecard
   */
  public static Scorecard score(
      Rubric rubric, Assessment assessment, String defaultStrategy, StrategyRegistry registry) {
    return score(
        rubric,
        ScoringPlan.of(rubric, defaultStrategy, registry),
        assessment,
        defaultStrategy,
        null);
  }

  /**
   * Scores an assessment already found valid against the rubric, following the rubric's plan.
   *
   * @param rubric the rubric
   * @param plan the rubric's plan for this default strategy
   * @param assessment the assessment
   * @param defaultStrategy the strategy where a criterion names none
   * @return the scorecard
   */
  static Scorecard score(
      Rubric rubric,
      ScoringPlan plan,
      Assessment assessment,
      String defaultStrategy,
      int @Nullable [] found) {
    return new ScoringEngine(rubric, plan, assessment, defaultStrategy, found).run(true);
  }

  /**
   * Scores on ratios only, never in whole units: the reference the whole-unit path must agree with,
   * value for value.
   *
   * @param rubric the rubric
   * @param assessment the assessment, valid against the rubric
   * @param defaultStrategy the strategy where a criterion names none
   * @param registry the strategies
   * @return the scorecard
   */
  static Scorecard scoreOnRatios(
      Rubric rubric, Assessment assessment, String defaultStrategy, StrategyRegistry registry) {
    ScoringPlan plan = ScoringPlan.of(rubric, defaultStrategy, registry);
    return new ScoringEngine(rubric, plan, assessment, defaultStrategy, null).run(false);
  }

  /**
   * Tells whether a rubric's plan has a whole-unit form.
   *
   * @param rubric the rubric
   * @param defaultStrategy the strategy where a criterion names none
   * @param registry the strategies
   * @return whether it has
   */
  static boolean hasUnits(Rubric rubric, String defaultStrategy, StrategyRegistry registry) {
    return ScoringPlan.of(rubric, defaultStrategy, registry).units != null;
  }

  /**
   * Checks, before anything is scored, that every strategy the rubric names is registered and that
   * each criterion's strategy fits it ({@link ScoringStrategy#misfit}).
   *
   * @param rubric the rubric
   * @param defaultStrategy the strategy where a criterion names none
   * @param registry the strategies
   * @throws UnknownStrategyException if a strategy is not registered
   * @throws StrategyMisfitException for the first criterion, in rubric order, whose strategy does
   *     not fit it
   */
  public static void check(Rubric rubric, String defaultStrategy, StrategyRegistry registry) {
    FitCheck.check(rubric, defaultStrategy, registry);
  }

  private Scorecard run(boolean unitsAllowed) {
    UnitPlan whole = plan.units;
    NodeScore rootScore;
    NodeIndex nodes;
    Ratio rootFraction;
    if (unitsAllowed && nominal && unitsHold && whole != null) {
      warnUnrated();
      warnEvidence();
      UnitShown shown = new UnitShown(plan, whole, this, units);
      rootScore = shown.root();
      rootFraction = rootScore.fraction();
      nodes = new NodeIndex(rootScore, plan.positions, shown::node);
    } else {
      Work root = scoreRoot();
      warnUnrated();
      warnEvidence();
      Shown shown = new Shown(plan, this);
      rootScore = shown.root(root);
      rootFraction = root.fraction;
      NodeScore[] built = shown.built;
      nodes = new NodeIndex(rootScore, plan.positions, i -> built[i]);
    }
    List<LevelDecision> levels = new ArrayList<>(rubric.ladders().size());
    for (Ladder ladder : rubric.ladders()) {
      levels.add(Decisions.place(ladder, nodes));
    }
    List<AwardDecision> awards = new ArrayList<>(rubric.awards().size());
    for (AwardScheme scheme : rubric.awards()) {
      awards.add(Decisions.decide(scheme, nodes, levels, rubric.ladders()));
    }
    ScaledResult result = null;
    if (rubric.resultScale().isPresent() && rootScore.isScored()) {
      result = ScaledResult.of(rubric.resultScale().get(), Objects.requireNonNull(rootFraction));
    }
    return new Scorecard(
        rubric.ref(),
        assessment.id(),
        assessment.subject(),
        assessment.period(),
        defaultStrategy,
        rootScore,
        levels,
        awards,
        warnings,
        result,
        assessment.status());
  }

  /** {@return the status of a position} */
  IndicatorStatus status(int slot) {
    return status[slot];
  }

  /** {@return the rated value of a position, or null} */
  @Nullable RatingValue value(int slot) {
    Rating r = ratings[slot];
    return r == null ? null : r.state().accept(RatingStates.VALUE);
  }

  /** {@return the fraction a position counts at, or null when it does not count} */
  @Nullable Ratio fraction(int slot) {
    return fractions[slot];
  }

  /** {@return the label of a position's value, or the label of how it counts, or null} */
  @Nullable Text label(int slot) {
    if (labels[slot] == null && status[slot] == IndicatorStatus.NOT_APPLICABLE) {
      Treatment t = treatment[slot];
      if (t.counts()) {
        return t.fraction().isOne()
            ? ScoringMessages.countedAsMet()
            : ScoringMessages.countedAt(Decimals.plain(t.fraction()));
      }
    }
    return labels[slot];
  }

  /** Records the exact points a position was allotted (on the ratio path only). */
  private void setPossible(int slot, Ratio points) {
    if (possible == null) {
      possible = new Ratio[status.length];
    }
    possible[slot] = points;
  }

  /** {@return the exact points a position was allotted: zero when it was allotted none} */
  Ratio possible(int slot) {
    Ratio p = possible == null ? null : possible[slot];
    return p == null ? Ratio.ZERO : p;
  }

  /** The whole rubric: its top-level criteria share its total points; the total is their sum. */
  private Work scoreRoot() {
    PlanNode[] top = plan.top;
    Work root = new Work(null);
    root.children = new Work[top.length];
    if (nominal) {
      root.possible = plan.total;
      Part[] parts = new Part[top.length];
      Ratio sum = Ratio.ZERO;
      Coverage coverage = Coverage.NONE;
      for (int k = 0; k < top.length; k++) {
        Work w = scoreNode(top[k], plan.topPossible[k]);
        root.children[k] = w;
        parts[k] = w.part(plan.topShares[k]);
        sum = sum.plus(plan.topShares[k].times(w.fraction));
        coverage = coverage.plus(w.coverage);
      }
      root.fraction = sum;
      root.coverage = coverage;
      root.applicable = true;
      root.formula = new Formula.Sum();
      return root;
    }
    Treatment[] how = new Treatment[top.length];
    boolean any = false;
    for (int k = 0; k < top.length; k++) {
      if (counts(top[k])) {
        any = true;
      } else {
        how[k] = plan.topNotApplicable;
      }
    }
    if (!any && !anyCountedAtFraction(how)) {
      // nothing counts: the maximum stays, unless what does not count leaves it
      boolean shrink = plan.topNotApplicable.how() == Treatment.How.SHRINK;
      root.possible = shrink ? Ratio.ZERO : plan.total;
      root.applicable = false;
      Coverage coverage = Coverage.NONE;
      boolean anyNotApplicable = false;
      for (int k = 0; k < top.length; k++) {
        root.children[k] = excluded(top[k], plan.topNotApplicable);
        coverage = coverage.plus(root.children[k].coverage);
        anyNotApplicable |= hasNotApplicable(top[k]);
      }
      root.coverage = coverage;
      root.formula = new Formula.Sum();
      warnings.add(
          new ScoreWarning(
              "nothing-applicable",
              rubric.id(),
              anyNotApplicable
                  ? Messages.nothingApplicable(rubric.id())
                  : ScoringMessages.nothingScored(rubric.id())));
      return root;
    }
    combine(root, plan.total, plan.topWeights, top, how, 0);
    root.formula = new Formula.Sum();
    Ratio sum = Ratio.ZERO;
    for (int k = 0; k < root.parts.length; k++) {
      Part p = root.parts[k];
      sum = sum.plus(p.share().times(p.fraction()));
    }
    root.fraction = sum;
    root.applicable = true;
    return root;
  }

  private static boolean anyCountedAtFraction(Treatment[] how) {
    for (Treatment t : how) {
      if (t != null && t.counts()) {
        return true;
      }
    }
    return false;
  }

  /** Whether anything in a criterion counts, so it is scored rather than left out. */
  private boolean counts(PlanNode n) {
    byte known = counts[n.index];
    if (known != 0) {
      return known == 1;
    }
    boolean result = n.nothingCounts.counts();
    for (int k = 0; !result && k < n.slots.length; k++) {
      result = treatment[n.slots[k]].counts();
    }
    for (int k = 0; !result && k < n.children.length; k++) {
      result = counts(n.children[k]) || n.notApplicable.counts();
    }
    counts[n.index] = (byte) (result ? 1 : 2);
    return result;
  }

  /** Scores a criterion that counts, given the points it is allotted. */
  private Work scoreNode(PlanNode n, Ratio given) {
    Work w = new Work(n);
    w.applicable = true;
    int indicatorCount = n.indicators.length;
    w.children = new Work[n.children.length];
    if (nominal) {
      Ratio[] points = n.nominalPossible;
      Ratio[] shares = n.nominalShares;
      Part[] parts = new Part[n.partCount()];
      int ratable = 0;
      int rated = 0;
      int met = 0;
      for (int k = 0; k < indicatorCount; k++) {
        int slot = n.slots[k];
        setPossible(slot, points[k]);
        Part p = indicatorPart(n, k, slot, shares[k]);
        parts[k] = p;
        Coverage c = p.coverage();
        ratable += c.ratable();
        rated += c.rated();
        met += c.met();
      }
      for (int k = 0; k < w.children.length; k++) {
        Work child = scoreNode(n.children[k], points[indicatorCount + k]);
        w.children[k] = child;
        Part p = child.part(shares[indicatorCount + k]);
        parts[indicatorCount + k] = p;
        ratable += child.coverage.ratable();
        rated += child.coverage.rated();
        met += child.coverage.met();
      }
      w.possible = given;
      w.parts = parts;
      w.coverage = new Coverage(ratable, rated, met);
      return strategy(w);
    }
    if (!hasCountedPart(n)) {
      // counts only because it declares what nothing counting means
      w.possible = given;
      w.fraction = n.nothingCounts.fraction();
      w.coverage = uncountedCoverage(n);
      w.formula = new Formula.Sum();
      w.rule = ScoringMessages.nothingCounts(w.fraction.isOne());
      // its points stay with its parts by weight, so that its lines show what they were worth
      Ratio[] points = Allotment.nominal(given, n.weights)[0];
      for (int k = 0; k < n.slots.length; k++) {
        setPossible(n.slots[k], points[k]);
      }
      // no sub-criterion counts here (else the node would have a counted part): each is left out
      for (int k = 0; k < n.children.length; k++) {
        w.children[k] = excluded(n.children[k], n.notApplicable);
      }
      return w;
    }
    Treatment[] how = new Treatment[n.partCount()];
    for (int k = 0; k < indicatorCount; k++) {
      Treatment t = treatment[n.slots[k]];
      how[k] = t.counts() ? null : t;
    }
    for (int k = 0; k < n.children.length; k++) {
      how[indicatorCount + k] = counts(n.children[k]) ? null : n.notApplicable;
    }
    combine(w, given, n.weights, n.children, how, indicatorCount);
    return strategy(w);
  }

  private boolean hasCountedPart(PlanNode n) {
    for (int slot : n.slots) {
      if (treatment[slot].counts()) {
        return true;
      }
    }
    for (PlanNode k : n.children) {
      if (counts(k) || n.notApplicable.counts()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a criterion's subtree holds an indicator rated not applicable. */
  private boolean hasNotApplicable(PlanNode n) {
    for (int slot : n.slots) {
      if (status[slot] == IndicatorStatus.NOT_APPLICABLE) {
        return true;
      }
    }
    for (PlanNode k : n.children) {
      if (hasNotApplicable(k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The coverage of a criterion left out: its unrated indicators, in its whole subtree, are still
   * indicators that should have been rated.
   */
  private Coverage unratedCoverage(PlanNode n) {
    Coverage c = uncountedCoverage(n);
    for (PlanNode k : n.children) {
      c = c.plus(unratedCoverage(k));
    }
    return c;
  }

  /** The coverage of a criterion none of whose parts counts: its unrated indicators. */
  private Coverage uncountedCoverage(PlanNode n) {
    int unrated = 0;
    for (int slot : n.slots) {
      if (status[slot] == IndicatorStatus.MISSING || status[slot] == IndicatorStatus.UNKNOWN) {
        unrated++;
      }
    }
    return unrated == 0 ? Coverage.NONE : new Coverage(unrated, 0, 0);
  }

  /**
   * Shares a node's points among its parts when some part does not count, scores its counted
   * sub-criteria, and gathers its parts. Parts treated by {@link Treatment#RENORMALISE} leave and
   * their points go to the counted parts; parts treated by {@link Treatment#SHRINK} leave with
   * their points, so the node's possible shrinks.
   *
   * @param w the node's work, given its children array
   * @param given the points the node is allotted
   * @param weights the weights of its parts, indicators first
   * @param children its sub-criteria
   * @param how per part: {@code null} when it counts as scored, else how it is treated
   * @param indicatorCount how many of the parts are indicators
   */
  private void combine(
      Work w,
      Ratio given,
      Ratio[] weights,
      PlanNode[] children,
      @Nullable Treatment[] how,
      int indicatorCount) {
    int n = weights.length;
    Ratio all = Ratio.ZERO;
    Ratio shrunk = Ratio.ZERO;
    Ratio counted = Ratio.ZERO;
    int countedParts = 0;
    for (int k = 0; k < n; k++) {
      all = all.plus(weights[k]);
      Treatment t = how[k];
      if (t == null || t.counts()) {
        counted = counted.plus(weights[k]);
        countedParts++;
      } else if (t.how() == Treatment.How.SHRINK) {
        shrunk = shrunk.plus(weights[k]);
      }
    }
    Ratio available =
        all.isZero() || shrunk.isZero() ? given : given.times(all.minus(shrunk)).dividedBy(all);
    Ratio[] points = new Ratio[n];
    for (int k = 0; k < n; k++) {
      Treatment t = how[k];
      if (t == null || t.counts()) {
        points[k] =
            counted.isZero()
                ? available.dividedBy(Ratio.of(countedParts))
                : available.times(weights[k]).dividedBy(counted);
      } else {
        points[k] = Ratio.ZERO;
      }
    }
    // score the counted sub-criteria: one whose own parts shrink gives back less than it was given
    Ratio total = Ratio.ZERO;
    int ratable = 0;
    int rated = 0;
    int met = 0;
    for (int k = 0; k < n; k++) {
      Treatment t = how[k];
      if (k >= indicatorCount) {
        PlanNode child = children[k - indicatorCount];
        Work cw;
        if (t == null) {
          cw = scoreNode(child, points[k]);
        } else if (t.counts()) {
          cw = countedAt(child, points[k], t);
        } else {
          cw = excluded(child, t);
        }
        w.children[k - indicatorCount] = cw;
        points[k] = cw.applicable ? cw.possible : Ratio.ZERO;
        ratable += cw.coverage.ratable();
        rated += cw.coverage.rated();
        met += cw.coverage.met();
      } else {
        int slot = w.node.slots[k];
        setPossible(slot, points[k]);
        if (t == null || t.counts()) {
          ratable++;
          rated +=
              status[slot] == IndicatorStatus.MISSING || status[slot] == IndicatorStatus.UNKNOWN
                  ? 0
                  : 1;
          met += isMet(slot) ? 1 : 0;
        } else if (status[slot] != IndicatorStatus.NOT_APPLICABLE) {
          ratable++; // an unrated indicator left out is still reported as unrated
        }
      }
      total = total.plus(points[k]);
    }
    w.possible = total;
    w.coverage = new Coverage(ratable, rated, met);
    Part[] parts = new Part[countedParts];
    int next = 0;
    for (int k = 0; k < n; k++) {
      Treatment t = how[k];
      if (t != null && !t.counts()) {
        continue;
      }
      Ratio share =
          total.isZero()
              ? (counted.isZero() ? Ratio.of(1, countedParts) : weights[k].dividedBy(counted))
              : points[k].dividedBy(total);
      parts[next++] =
          k < indicatorCount
              ? indicatorPart(w.node, k, w.node.slots[k], share)
              : w.children[k - indicatorCount].part(share);
    }
    w.parts = parts;
  }

  private boolean isMet(int slot) {
    Ratio f = fractions[slot];
    return f != null && f.isOne() && status[slot] != IndicatorStatus.MISSING;
  }

  /** A sub-criterion in which nothing counts, counted by its parent's policy at a fraction. */
  private Work countedAt(PlanNode n, Ratio given, Treatment t) {
    Work w = excluded(n, t);
    w.applicable = true;
    w.possible = given;
    w.fraction = t.fraction();
    w.formula = new Formula.Written(Decimals.plain(w.fraction));
    w.rule = ScoringMessages.notApplicableCountedAt(Decimals.plain(w.fraction));
    w.coverage = Coverage.NONE;
    return w;
  }

  /**
   * The work of a criterion left out (nothing in it counts). Its scored sub-criteria appear below
   * it, left out too, so that a ladder or award condition reading one of them finds that it does
   * not apply rather than finding nothing.
   */
  private Work excluded(PlanNode n, Treatment t) {
    if (n.criterion.kind().isScored() && !t.counts()) {
      Criterion c = n.criterion;
      boolean shrink = t.how() == Treatment.How.SHRINK;
      Text message;
      if (hasNotApplicable(n)) {
        message =
            shrink ? ScoringMessages.leftTheMaximum(c.id()) : Messages.allNotApplicable(c.id());
      } else {
        message = ScoringMessages.nothingRatedLeftOut(c.id(), shrink);
      }
      warnings.add(new ScoreWarning("not-applicable", c.id(), message));
    }
    return excludedQuietly(n, t);
  }

  /** The work of a criterion left out, without a warning: one below a criterion left out. */
  private Work excludedQuietly(PlanNode n, Treatment t) {
    Work w = new Work(n);
    w.applicable = false;
    w.possible = Ratio.ZERO;
    w.coverage = unratedCoverage(n);
    w.formula = new Formula.Written("0");
    w.rule =
        t.how() == Treatment.How.SHRINK
            ? ScoringMessages.leftTheMaximum()
            : ScoringMessages.notApplicableRule();
    w.children = new Work[n.children.length];
    // its indicators keep no points: a position never allotted any reads as zero (possible)
    for (int k = 0; k < n.children.length; k++) {
      w.children[k] = excludedQuietly(n.children[k], t);
    }
    return w;
  }

  private Part indicatorPart(PlanNode n, int k, int slot, Ratio share) {
    Ratio fraction = fractions[slot];
    Coverage coverage;
    if (status[slot] == IndicatorStatus.MISSING || status[slot] == IndicatorStatus.UNKNOWN) {
      coverage = UNRATED;
    } else {
      coverage = fraction.isOne() ? RATED_AND_MET : RATED;
    }
    return new Part(
        n.indicators[k].id(),
        share,
        possible(slot),
        fraction,
        coverage,
        n.indicators[k].scale(),
        label(slot));
  }

  /** Runs a node's strategy on its parts. */
  private Work strategy(Work w) {
    PlanNode n = w.node;
    ScoringStrategy strategy = n.strategy;
    StrategyResult result =
        strategy.combine(new StrategyInput(n.criterion, w.possible, List.of(w.parts)));
    Ratio f = result.fraction();
    if (f.signum() < 0 || f.compareTo(Ratio.ONE) > 0) {
      throw new ScoringException(
          n.criterion.id(),
          ScoringMessages.strategyFractionOutOfRange(strategy.id(), f, n.criterion.id()));
    }
    w.fraction = f;
    w.label = result.label();
    w.rule = result.rule();
    w.formula = result.formula();
    return w;
  }

  /** Warns of each indicator that is missing or unknown, in rubric order. */
  private void warnUnrated() {
    if (!unrated) {
      return;
    }
    for (PlanNode n : plan.nodes) {
      for (int k = 0; k < n.slots.length; k++) {
        int slot = n.slots[k];
        if (plan.leafOf[slot] != n) {
          continue;
        }
        String id = n.indicators[k].id();
        if (status[slot] == IndicatorStatus.MISSING) {
          warnings.add(new ScoreWarning("not-rated", id, Messages.notRated(id)));
        } else if (status[slot] == IndicatorStatus.UNKNOWN) {
          warnings.add(new ScoreWarning("unknown", id, Messages.ratedUnknown(id)));
        }
      }
    }
  }

  /**
   * Warns, in rubric order, of each rating that cites evidence not valid for the fiscal year
   * assessed ({@link Evidence#invalidFor}), when the rubric treats that as a warning; as an error,
   * validation has already refused the assessment.
   */
  private void warnEvidence() {
    if (assessment.evidence().isEmpty() || rubric.evidenceValidity() != Severity.WARNING) {
      return;
    }
    Map<String, Text> invalid = null;
    List<Evidence> held = assessment.evidence();
    for (int i = 0; i < held.size(); i++) {
      Evidence e = held.get(i);
      Optional<Text> reason = e.invalidFor(assessment.period());
      if (reason.isPresent()) {
        if (invalid == null) {
          invalid = new HashMap<>();
        }
        invalid.putIfAbsent(e.id(), reason.get());
      }
    }
    if (invalid == null) {
      return;
    }
    for (Rating r : ratings) {
      if (r == null) {
        continue;
      }
      for (String id : r.evidenceIds()) {
        Text reason = invalid.get(id);
        if (reason != null) {
          warnings.add(
              new ScoreWarning(
                  "evidence-not-valid",
                  r.indicatorId(),
                  AssessmentMessages.ratingOnInvalidEvidence(r.indicatorId(), reason)));
        }
      }
    }
  }

  /** {@return the criteria the engine scores, in order: the list itself when it scores them all} */
  static List<Criterion> scored(List<Criterion> criteria) {
    for (int i = 0; i < criteria.size(); i++) {
      if (!criteria.get(i).kind().isScored()) {
        List<Criterion> kept = new ArrayList<>(criteria.size());
        for (Criterion c : criteria) {
          if (c.kind().isScored()) {
            kept.add(c);
          }
        }
        return kept;
      }
    }
    return criteria;
  }

  static BigDecimal weightOf(Criterion c) {
    if (c.points() != null) {
      return c.points();
    }
    return c.weight() != null ? c.weight() : BigDecimal.ONE;
  }

  /** {@return the strategy id a criterion is scored with} */
  String strategyIdOf(Criterion c) {
    return c.strategy() != null ? c.strategy() : defaultStrategy;
  }

  /** One criterion's exact result during a run, before it is rounded for display. */
  static final class Work {
    final @Nullable PlanNode node;
    boolean applicable;
    Ratio possible = Ratio.ZERO;
    @Nullable Ratio fraction;
    Coverage coverage = Coverage.NONE;
    @Nullable Text label;
    @Nullable Text rule;
    @Nullable Formula formula;
    Work[] children = new Work[0];
    Part[] parts = new Part[0];

    Work(@Nullable PlanNode node) {
      this.node = node;
    }

    /** {@return the exact points earned} */
    Ratio earned() {
      return fraction == null ? Ratio.ZERO : fraction.times(possible);
    }

    /** {@return this criterion as a part of its parent} */
    Part part(Ratio share) {
      return new Part(
          node.criterion.id(),
          share,
          possible,
          fraction == null ? Ratio.ZERO : fraction,
          coverage,
          null,
          label);
    }
  }
}
