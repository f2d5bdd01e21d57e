package io.github.assessmentkit.scoring.internal;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Evidence;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.RatingState;
import io.github.assessmentkit.internal.Allocation;
import io.github.assessmentkit.internal.AssessmentMessages;
import io.github.assessmentkit.internal.Decimals;
import io.github.assessmentkit.internal.Messages;
import io.github.assessmentkit.rubric.AwardScheme;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.CriterionKind;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.Severity;
import io.github.assessmentkit.scoring.AwardDecision;
import io.github.assessmentkit.scoring.Explanation;
import io.github.assessmentkit.scoring.IndicatorScore;
import io.github.assessmentkit.scoring.IndicatorStatus;
import io.github.assessmentkit.scoring.LevelDecision;
import io.github.assessmentkit.scoring.NodeScore;
import io.github.assessmentkit.scoring.ScoreWarning;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.ScoringException;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.scoring.StrategyMisfitException;
import io.github.assessmentkit.scoring.StrategyRegistry;
import io.github.assessmentkit.scoring.UnknownStrategyException;
import io.github.assessmentkit.spi.Coverage;
import io.github.assessmentkit.spi.Part;
import io.github.assessmentkit.spi.ScoringStrategy;
import io.github.assessmentkit.spi.StrategyInput;
import io.github.assessmentkit.spi.StrategyResult;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Scores a valid assessment: allots points top-down (applying the not-applicable policy), then
 * combines parts bottom-up with each criterion's strategy. Follows the rubric's {@link
 * ScoringPlan}: when no rating is not applicable (or the policy counts such ratings as met) the
 * plan's allotment holds and nothing is split again. One instance per scoring run; not thread-safe,
 * never shared.
 */
public final class ScoringEngine {
  /** Tells a not-applicable rating from the others. */
  static final RatingState.Visitor<Boolean> IS_NOT_APPLICABLE =
      new RatingState.Visitor<>() {
        @Override
        public Boolean visitRated(RatingState.Rated state) {
          return false;
        }

        @Override
        public Boolean visitNotApplicable(RatingState.NotApplicable state) {
          return true;
        }

        @Override
        public Boolean visitUnknown(RatingState.Unknown state) {
          return false;
        }
      };

  private static final Text NOT_APPLICABLE_RULE =
      Text.of(
          "ไม่เกี่ยวข้อง: คะแนนย้ายไปยังส่วนอื่น",
          "not applicable: its points move to its siblings");
  private static final Text TOTAL_RULE =
      Text.of(
          "คะแนนรวม = ผลรวมของหมวดระดับบนสุด", "the total is the sum of the top-level criteria");

  private final Rubric rubric;
  private final ScoringPlan plan;
  private final Assessment assessment;
  private final String defaultStrategy;

  /** The rating of each indicator, by its position in the plan; the first when rated twice. */
  private final @Nullable Rating[] ratings;

  /** Whether the plan's allotment holds: nothing is excluded as not applicable. */
  private final boolean planned;

  private final Map<PlanNode, Boolean> applicable = new IdentityHashMap<>();
  private final List<ScoreWarning> warnings = new ArrayList<>();
  private final IndicatorLines indicatorLines = new IndicatorLines(warnings);

  private ScoringEngine(
      Rubric rubric, ScoringPlan plan, Assessment assessment, String defaultStrategy) {
    this.rubric = rubric;
    this.plan = plan;
    this.assessment = assessment;
    this.defaultStrategy = defaultStrategy;
    this.ratings = new Rating[plan.slotCount()];
    boolean anyNotApplicable = false;
    int slot = -1;
    for (Rating r : assessment.ratings()) {
      slot = plan.slot(r.indicatorId(), slot + 1);
      if (slot >= 0 && ratings[slot] == null) {
        ratings[slot] = r;
      }
      anyNotApplicable |= r.state().accept(IS_NOT_APPLICABLE);
    }
    this.planned = plan.allotmentFixed() || !anyNotApplicable;
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
        rubric, ScoringPlan.of(rubric, defaultStrategy, registry), assessment, defaultStrategy);
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
      Rubric rubric, ScoringPlan plan, Assessment assessment, String defaultStrategy) {
    return new ScoringEngine(rubric, plan, assessment, defaultStrategy).run();
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

  private Scorecard run() {
    List<NodeScore> children = scoreChildren(plan.top(), rubric.totalPoints());
    if (children.stream().noneMatch(NodeScore::applicable)) {
      warnings.add(
          new ScoreWarning(
              "nothing-applicable", rubric.id(), Messages.nothingApplicable(rubric.id())));
    }
    BigDecimal total = Sums.ZERO_POINTS;
    Coverage coverage = Coverage.NONE;
    StringBuilder calc = new StringBuilder();
    for (NodeScore n : children) {
      total = total.add(n.earned());
      coverage = coverage.plus(n.coverage());
      if (n.applicable()) {
        calc.append(calc.length() == 0 ? "" : " + ").append(n.id()).append(' ');
        Decimals.appendPlain(calc, n.earned());
      }
    }
    Decimals.appendPlain(calc.append(" = "), total);
    BigDecimal possible = Decimals.points(rubric.totalPoints());
    NodeScore root =
        new NodeScore(
            rubric.id(),
            rubric.title(),
            CriterionKind.OTHER,
            true,
            total,
            possible,
            Decimals.percent(total, possible),
            coverage,
            null,
            new Explanation(Strategies.POINTS_SUM, TOTAL_RULE, calc.toString()),
            children,
            List.of());
    warnEvidence();
    NodeIndex nodes = new NodeIndex(root);
    List<LevelDecision> levels = new ArrayList<>();
    for (Ladder ladder : rubric.ladders()) {
      levels.add(Decisions.place(ladder, nodes));
    }
    List<AwardDecision> awards = new ArrayList<>();
    for (AwardScheme scheme : rubric.awards()) {
      awards.add(Decisions.decide(scheme, nodes, levels, rubric.ladders()));
    }
    return new Scorecard(
        rubric.ref(),
        assessment.id(),
        assessment.subject(),
        assessment.period(),
        defaultStrategy,
        root,
        levels,
        awards,
        warnings);
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

  private List<NodeScore> scoreChildren(List<PlanNode> children, BigDecimal possible) {
    List<BigDecimal> shares = planned ? List.of() : dynamicShares(children, possible);
    List<NodeScore> result = new ArrayList<>(children.size());
    int next = 0;
    for (PlanNode n : children) {
      if (planned ? n.applicable() : isApplicable(n)) {
        BigDecimal share = planned ? Objects.requireNonNull(n.possible()) : shares.get(next++);
        result.add(scoreNode(n, share));
      } else {
        Criterion c = n.criterion();
        warnings.add(new ScoreWarning("not-applicable", c.id(), Messages.allNotApplicable(c.id())));
        result.add(notApplicableNode(c));
      }
    }
    return result;
  }

  /** Splits a node's points among its applicable children when some rating is not applicable. */
  private List<BigDecimal> dynamicShares(List<PlanNode> children, BigDecimal possible) {
    List<BigDecimal> weights = new ArrayList<>(children.size());
    for (PlanNode n : children) {
      if (isApplicable(n)) {
        weights.add(n.weight());
      }
    }
    return Allocation.split(possible, weights);
  }

  static BigDecimal weightOf(Criterion c) {
    if (c.points() != null) {
      return c.points();
    }
    return c.weight() != null ? c.weight() : BigDecimal.ONE;
  }

  private boolean isApplicable(PlanNode n) {
    if (plan.allotmentFixed()) {
      return true;
    }
    Boolean known = applicable.get(n);
    if (known != null) {
      return known;
    }
    boolean result = false;
    if (n.scoresIndicators()) {
      for (int slot : n.slots()) {
        if (!isNotApplicable(slot)) {
          result = true;
          break;
        }
      }
    } else {
      for (PlanNode k : n.children()) {
        if (isApplicable(k)) {
          result = true;
          break;
        }
      }
    }
    applicable.put(n, result);
    return result;
  }

  private boolean isNotApplicable(int slot) {
    Rating r = ratings[slot];
    return r != null && r.state().accept(IS_NOT_APPLICABLE);
  }

  /**
   * The node of a criterion excluded as not applicable. Its scored sub-criteria appear below it,
   * excluded too, so that a ladder or award condition reading one of them finds that it does not
   * apply rather than finding nothing.
   */
  private NodeScore notApplicableNode(Criterion c) {
    BigDecimal zero = Sums.ZERO_POINTS;
    List<Criterion> below = scored(c.children());
    List<NodeScore> children = List.of();
    if (!below.isEmpty()) {
      children = new ArrayList<>(below.size());
      for (Criterion k : below) {
        children.add(notApplicableNode(k));
      }
    }
    return new NodeScore(
        c.id(),
        c.title(),
        c.kind(),
        false,
        zero,
        zero,
        BigDecimal.ZERO.setScale(Decimals.PERCENT_SCALE),
        Coverage.NONE,
        null,
        new Explanation(strategyIdOf(c), NOT_APPLICABLE_RULE, "0"),
        children,
        List.of());
  }

  private String strategyIdOf(Criterion c) {
    return c.strategy() != null ? c.strategy() : defaultStrategy;
  }

  private NodeScore scoreNode(PlanNode n, BigDecimal possible) {
    Criterion c = n.criterion();
    ScoringStrategy strategy = n.strategy();
    List<Part> parts = new ArrayList<>();
    List<NodeScore> childScores = List.of();
    List<IndicatorScore> indicatorScores = new ArrayList<>();
    if (n.scoresIndicators()) {
      scoreIndicators(n, possible, parts, indicatorScores);
    } else {
      childScores = scoreChildren(n.children(), possible);
      for (NodeScore k : childScores) {
        if (k.applicable()) {
          parts.add(partOf(k));
        }
      }
    }
    StrategyResult result = strategy.combine(new StrategyInput(c, possible, parts));
    BigDecimal earned = result.earned();
    if (earned.compareTo(possible) > 0 || earned.scale() > Decimals.POINTS_SCALE) {
      throw new ScoringException(
          c.id(), Messages.strategyOutOfRange(strategy.id(), earned, c.id(), possible));
    }
    earned = Decimals.points(earned);
    int ratable = 0;
    int rated = 0;
    int met = 0;
    for (int k = 0; k < parts.size(); k++) {
      Coverage part = parts.get(k).coverage();
      ratable += part.ratable();
      rated += part.rated();
      met += part.met();
    }
    Coverage coverage = new Coverage(ratable, rated, met);
    return new NodeScore(
        c.id(),
        c.title(),
        c.kind(),
        true,
        earned,
        possible,
        Decimals.percent(earned, possible),
        coverage,
        result.label(),
        new Explanation(strategy.id(), result.rule(), result.calculation()),
        childScores,
        indicatorScores);
  }

  private static Part partOf(NodeScore k) {
    boolean rated = k.coverage().rated() > 0;
    BigDecimal fraction = null;
    if (rated) {
      fraction =
          k.possible().signum() == 0
              ? (k.coverage().met() == k.coverage().ratable() ? BigDecimal.ONE : BigDecimal.ZERO)
              : Decimals.fraction(k.earned(), k.possible());
    }
    return new Part(
        k.id(), k.possible(), rated ? k.earned() : null, fraction, k.coverage(), null, k.label());
  }

  private void scoreIndicators(
      PlanNode n, BigDecimal possible, List<Part> parts, List<IndicatorScore> lines) {
    List<Indicator> indicators = n.criterion().indicators();
    int[] slots = n.slots();
    if (planned) {
      List<BigDecimal> shares = Objects.requireNonNull(n.shares());
      for (int k = 0; k < slots.length; k++) {
        indicatorLines.add(indicators.get(k), ratings[slots[k]], shares.get(k), parts, lines);
      }
      return;
    }
    boolean exclude = plan.excludesNotApplicable();
    List<BigDecimal> weights = new ArrayList<>(slots.length);
    for (int k = 0; k < slots.length; k++) {
      if (!(exclude && isNotApplicable(slots[k]))) {
        weights.add(indicators.get(k).weight());
      }
    }
    List<BigDecimal> shares = Allocation.split(possible, weights);
    int next = 0;
    for (int k = 0; k < slots.length; k++) {
      Indicator i = indicators.get(k);
      if (exclude && isNotApplicable(slots[k])) {
        lines.add(
            new IndicatorScore(
                i.id(),
                i.text(),
                IndicatorStatus.NOT_APPLICABLE,
                Sums.ZERO_POINTS,
                null,
                null,
                null,
                null));
        continue;
      }
      indicatorLines.add(i, ratings[slots[k]], shares.get(next++), parts, lines);
    }
  }
}
