package io.github.assessmentkit.scoring.internal;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.RatingState;
import io.github.assessmentkit.internal.Allocation;
import io.github.assessmentkit.internal.Decimals;
import io.github.assessmentkit.internal.Messages;
import io.github.assessmentkit.rubric.AwardScheme;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.CriterionKind;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.NotApplicablePolicy;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.RatingValue;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Scores a valid assessment: allots points top-down (applying the not-applicable policy), then
 * combines parts bottom-up with each criterion's strategy. One instance per scoring run; not
 * thread-safe, never shared.
 */
public final class ScoringEngine {
  /** Tells a not-applicable rating from the others. */
  private static final RatingState.Visitor<Boolean> IS_NOT_APPLICABLE =
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
  private final Assessment assessment;
  private final String defaultStrategy;
  private final StrategyRegistry registry;
  private final Map<String, Rating> ratings = new HashMap<>();
  private final Map<String, Boolean> applicable = new HashMap<>();
  private final List<ScoreWarning> warnings = new ArrayList<>();

  private ScoringEngine(
      Rubric rubric, Assessment assessment, String defaultStrategy, StrategyRegistry registry) {
    this.rubric = rubric;
    this.assessment = assessment;
    this.defaultStrategy = defaultStrategy;
    this.registry = registry;
    for (Rating r : assessment.ratings()) {
      ratings.putIfAbsent(r.indicatorId(), r);
    }
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
    check(rubric, defaultStrategy, registry);
    return scoreChecked(rubric, assessment, defaultStrategy, registry);
  }

  /**
   * Scores an assessment already found valid against a rubric already {@link #check checked} with
   * this default strategy and registry.
   *
   * @param rubric the rubric
   * @param assessment the assessment
   * @param defaultStrategy the strategy where a criterion names none
   * @param registry the strategies
   * @return the scorecard
   */
  public static Scorecard scoreChecked(
      Rubric rubric, Assessment assessment, String defaultStrategy, StrategyRegistry registry) {
    return new ScoringEngine(rubric, assessment, defaultStrategy, registry).run();
  }

  /**
   * Checks, before anything is scored, that every strategy the rubric names is registered and that
   * each criterion's strategy fits it ({@link ScoringStrategy#misfit}). Looks at the rubric only,
   * never at an assessment, so its cost does not grow with the ratings.
   *
   * @param rubric the rubric
   * @param defaultStrategy the strategy where a criterion names none
   * @param registry the strategies
   * @throws UnknownStrategyException if a strategy is not registered
   * @throws StrategyMisfitException for the first criterion, in rubric order, whose strategy does
   *     not fit it
   */
  public static void check(Rubric rubric, String defaultStrategy, StrategyRegistry registry) {
    registry.get(defaultStrategy);
    for (Criterion c : rubric.allCriteria()) {
      if (c.strategy() != null) {
        registry.get(c.strategy());
      }
    }
    checkFit(scored(rubric.criteria()), defaultStrategy, registry);
  }

  /** Asks each criterion's strategy whether it fits, for every criterion the engine scores. */
  private static void checkFit(
      List<Criterion> criteria, String defaultStrategy, StrategyRegistry registry) {
    for (Criterion c : criteria) {
      ScoringStrategy strategy =
          registry.get(c.strategy() != null ? c.strategy() : defaultStrategy);
      Optional<Text> misfit = strategy.misfit(c);
      if (misfit.isPresent()) {
        throw new StrategyMisfitException(
            c.id(), strategy.id(), Messages.strategyMisfit(strategy.id(), c.id(), misfit.get()));
      }
      checkFit(scored(c.children()), defaultStrategy, registry);
    }
  }

  private Scorecard run() {
    List<Criterion> top = scored(rubric.criteria());
    List<NodeScore> children = scoreChildren(top, rubric.totalPoints());
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
        calc.append(calc.length() == 0 ? "" : " + ")
            .append(n.id())
            .append(' ')
            .append(n.earned().toPlainString());
      }
    }
    calc.append(" = ").append(total.toPlainString());
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
    List<LevelDecision> levels = new ArrayList<>();
    for (Ladder ladder : rubric.ladders()) {
      levels.add(Decisions.place(ladder, root));
    }
    List<AwardDecision> awards = new ArrayList<>();
    for (AwardScheme scheme : rubric.awards()) {
      awards.add(Decisions.decide(scheme, root, levels, rubric.ladders()));
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

  /** {@return the criteria the engine scores, in order: the list itself when it scores them all} */
  private static List<Criterion> scored(List<Criterion> criteria) {
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

  private List<NodeScore> scoreChildren(List<Criterion> children, BigDecimal possible) {
    List<BigDecimal> weights = new ArrayList<>(children.size());
    for (Criterion c : children) {
      if (isApplicable(c)) {
        weights.add(weightOf(c));
      }
    }
    List<BigDecimal> shares = Allocation.split(possible, weights);
    List<NodeScore> result = new ArrayList<>(children.size());
    int next = 0;
    for (Criterion c : children) {
      if (isApplicable(c)) {
        result.add(scoreNode(c, shares.get(next++)));
      } else {
        warnings.add(new ScoreWarning("not-applicable", c.id(), Messages.allNotApplicable(c.id())));
        result.add(notApplicableNode(c));
      }
    }
    return result;
  }

  private static BigDecimal weightOf(Criterion c) {
    if (c.points() != null) {
      return c.points();
    }
    return c.weight() != null ? c.weight() : BigDecimal.ONE;
  }

  private boolean isApplicable(Criterion c) {
    if (rubric.notApplicablePolicy() == NotApplicablePolicy.COUNT_AS_MET) {
      return true;
    }
    Boolean known = applicable.get(c.id());
    if (known != null) {
      return known;
    }
    boolean result = false;
    List<Criterion> kids = scored(c.children());
    if (kids.isEmpty()) {
      for (Indicator i : c.indicators()) {
        if (!isNotApplicable(i)) {
          result = true;
          break;
        }
      }
    } else {
      for (Criterion k : kids) {
        if (isApplicable(k)) {
          result = true;
          break;
        }
      }
    }
    applicable.put(c.id(), result);
    return result;
  }

  private boolean isNotApplicable(Indicator i) {
    Rating r = ratings.get(i.id());
    return r != null && r.state().accept(IS_NOT_APPLICABLE);
  }

  private NodeScore notApplicableNode(Criterion c) {
    BigDecimal zero = Sums.ZERO_POINTS;
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
        List.of(),
        List.of());
  }

  private String strategyIdOf(Criterion c) {
    return c.strategy() != null ? c.strategy() : defaultStrategy;
  }

  private NodeScore scoreNode(Criterion c, BigDecimal possible) {
    ScoringStrategy strategy = registry.get(strategyIdOf(c));
    List<Part> parts = new ArrayList<>();
    List<NodeScore> childScores = List.of();
    List<IndicatorScore> indicatorScores = new ArrayList<>();
    List<Criterion> kids = scored(c.children());
    if (kids.isEmpty()) {
      scoreIndicators(c, possible, parts, indicatorScores);
    } else {
      childScores = scoreChildren(kids, possible);
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
    Coverage coverage = Coverage.NONE;
    for (Part p : parts) {
      coverage = coverage.plus(p.coverage());
    }
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
      Criterion c, BigDecimal possible, List<Part> parts, List<IndicatorScore> lines) {
    boolean exclude = rubric.notApplicablePolicy() == NotApplicablePolicy.EXCLUDE_AND_RENORMALISE;
    List<BigDecimal> weights = new ArrayList<>(c.indicators().size());
    for (Indicator i : c.indicators()) {
      if (!(exclude && isNotApplicable(i))) {
        weights.add(i.weight());
      }
    }
    List<BigDecimal> shares = Allocation.split(possible, weights);
    int next = 0;
    for (Indicator i : c.indicators()) {
      Rating r = ratings.get(i.id());
      if (exclude && isNotApplicable(i)) {
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
      BigDecimal share = shares.get(next++);
      scoreIndicator(i, r, share, parts, lines);
    }
  }

  private void scoreIndicator(
      Indicator i,
      @Nullable Rating r,
      BigDecimal share,
      List<Part> parts,
      List<IndicatorScore> lines) {
    if (r == null) {
      warnings.add(new ScoreWarning("not-rated", i.id(), Messages.notRated(i.id())));
      unrated(i, IndicatorStatus.MISSING, share, parts, lines);
      return;
    }
    r.state()
        .accept(
            new RatingState.Visitor<@Nullable Void>() {
              @Override
              public @Nullable Void visitUnknown(RatingState.Unknown state) {
                warnings.add(new ScoreWarning("unknown", i.id(), Messages.ratedUnknown(i.id())));
                unrated(i, IndicatorStatus.UNKNOWN, share, parts, lines);
                return null;
              }

              @Override
              public @Nullable Void visitNotApplicable(RatingState.NotApplicable state) {
                countedAsMet(i, share, parts, lines);
                return null;
              }

              @Override
              public @Nullable Void visitRated(RatingState.Rated state) {
                rated(i, state.value(), share, parts, lines);
                return null;
              }
            });
  }

  private static void unrated(
      Indicator i,
      IndicatorStatus status,
      BigDecimal share,
      List<Part> parts,
      List<IndicatorScore> lines) {
    lines.add(new IndicatorScore(i.id(), i.text(), status, share, null, null, null, null));
    parts.add(new Part(i.id(), share, null, null, new Coverage(1, 0, 0), i.scale(), null));
  }

  private static void countedAsMet(
      Indicator i, BigDecimal share, List<Part> parts, List<IndicatorScore> lines) {
    Text label = Text.of("ไม่เกี่ยวข้อง (นับว่าผ่าน)", "not applicable (counted as met)");
    lines.add(
        new IndicatorScore(
            i.id(),
            i.text(),
            IndicatorStatus.NOT_APPLICABLE,
            share,
            share,
            BigDecimal.ONE,
            null,
            label));
    parts.add(
        new Part(i.id(), share, share, BigDecimal.ONE, new Coverage(1, 1, 1), i.scale(), label));
  }

  private static void rated(
      Indicator i,
      RatingValue value,
      BigDecimal share,
      List<Part> parts,
      List<IndicatorScore> lines) {
    BigDecimal fraction =
        i.scale().fraction(value).setScale(Decimals.FRACTION_SCALE, Decimals.ROUNDING);
    BigDecimal earned = Decimals.earned(fraction, share);
    Text label = i.scale().label(value).orElse(null);
    int met = fraction.compareTo(BigDecimal.ONE) == 0 ? 1 : 0;
    lines.add(
        new IndicatorScore(
            i.id(), i.text(), IndicatorStatus.RATED, share, earned, fraction, value, label));
    parts.add(new Part(i.id(), share, earned, fraction, new Coverage(1, 1, met), i.scale(), label));
  }
}
