package io.github.assessmentkit.rubric;

import io.github.assessmentkit.internal.Messages;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The whole-rubric checks run when a rubric is built. */
final class RubricChecks {
  private RubricChecks() {}

  static void index(
      String rubricId,
      List<Criterion> criteria,
      Map<String, Criterion> byId,
      Map<String, Indicator> indicators) {
    for (Criterion c : criteria) {
      if (byId.containsKey(c.id())) {
        throw new InvalidRubricException(c.id(), Messages.duplicateId(c.id()));
      }
      byId.put(c.id(), c);
      for (Indicator i : c.indicators()) {
        if (indicators.containsKey(i.id())) {
          throw new InvalidRubricException(i.id(), Messages.duplicateId(i.id()));
        }
        indicators.put(i.id(), i);
      }
      index(rubricId, c.children(), byId, indicators);
    }
  }

  /**
   * Works out the scoring policies in force at each criterion: its own declarations over those in
   * force at its parent.
   *
   * @param criteria the criteria of one level
   * @param parent the policies in force at their parent (the rubric's at the top)
   * @param out where each criterion's policies go, by id
   */
  static void policies(
      List<Criterion> criteria, ScoringPolicies parent, Map<String, ScoringPolicies> out) {
    for (Criterion c : criteria) {
      ScoringPolicies inForce = c.policies().under(parent);
      out.put(c.id(), inForce);
      policies(c.children(), inForce, out);
    }
  }

  static BigDecimal total(String rubricId, @Nullable BigDecimal declared, List<Criterion> top) {
    List<Criterion> scored = top.stream().filter(c -> c.kind().isScored()).toList();
    if (scored.isEmpty()) {
      throw new InvalidRubricException(rubricId, Messages.nothingScored(rubricId));
    }
    boolean anyPoints = scored.stream().anyMatch(c -> c.points() != null);
    boolean anyWeight = scored.stream().anyMatch(c -> c.points() == null);
    if (anyPoints && anyWeight) {
      throw new InvalidRubricException(rubricId, Messages.mixedPointsAndWeights(rubricId));
    }
    if (anyPoints) {
      BigDecimal sum = sumPoints(scored);
      if (declared != null && declared.compareTo(sum) != 0) {
        throw new PointsMismatchException(
            rubricId, Messages.pointsDoNotAddUp(rubricId, declared, sum));
      }
      return declared != null ? declared : sum;
    }
    if (declared == null || declared.signum() <= 0) {
      throw new InvalidRubricException(rubricId, Messages.totalNeeded(rubricId));
    }
    if (scored.stream().allMatch(c -> weightOf(c).signum() == 0)) {
      throw new InvalidRubricException(rubricId, Messages.partsWeighNothing(rubricId, declared));
    }
    return declared;
  }

  static void check(Rubric rubric) {
    Set<String> areaIds = new HashSet<>();
    for (Criterion c : rubric.criteria()) {
      // a total of 0 comes only from top-level criteria of 0 points each, and a criterion of 0
      // points shares nothing whatever its parent has: so the top level counts as sharing
      checkNode(c, true);
      uniqueAreas(c, areaIds);
    }
    Set<String> ladderIds = new HashSet<>();
    for (Ladder ladder : rubric.ladders()) {
      if (!ladderIds.add(ladder.id())) {
        throw new InvalidRubricException(ladder.id(), Messages.duplicateId(ladder.id()));
      }
      checkMetric(rubric, ladder.id(), ladder.metric());
      for (Rung rung : ladder.rungs()) {
        for (Condition c : rung.conditions()) {
          checkCondition(rubric, ladder.id() + "/" + rung.id(), c);
        }
      }
      for (Gate gate : ladder.gates()) {
        checkCondition(rubric, ladder.id() + "/" + gate.atMost(), gate.condition());
      }
    }
    Set<String> schemeIds = new HashSet<>();
    for (AwardScheme scheme : rubric.awards()) {
      if (!schemeIds.add(scheme.id())) {
        throw new InvalidRubricException(scheme.id(), Messages.duplicateId(scheme.id()));
      }
      for (AwardTier tier : scheme.tiers()) {
        checkCondition(rubric, scheme.id() + "/" + tier.id(), tier.condition());
      }
    }
  }

  /** Refuses an area id used twice anywhere in the rubric, naming the area. */
  private static void uniqueAreas(Criterion c, Set<String> seen) {
    for (Area a : c.areas()) {
      if (!seen.add(a.id())) {
        throw new InvalidRubricException(a.id(), Messages.duplicateId(a.id()));
      }
    }
    for (Criterion child : c.children()) {
      uniqueAreas(child, seen);
    }
  }

  /**
   * Checks a criterion and its subtree.
   *
   * <p>A criterion with fixed points under a parent without them is refused at the parent (its
   * scored children may not have points unless it has some), so the check is made there only.
   *
   * @param c the criterion
   * @param parentShares whether its parent has more than 0 points to share among its parts
   */
  private static void checkNode(Criterion c, boolean parentShares) {
    if (!c.kind().isScored()) {
      if (c.points() != null || c.weight() != null || !c.indicators().isEmpty()) {
        throw new InvalidRubricException(c.id(), Messages.profileScored(c.id()));
      }
      return;
    }
    boolean shares = parentShares && weightOf(c).signum() > 0;
    List<Criterion> scored = c.children().stream().filter(k -> k.kind().isScored()).toList();
    if (scored.isEmpty()) {
      if (c.indicators().isEmpty()) {
        throw new InvalidRubricException(c.id(), Messages.leafWithoutIndicators(c.id()));
      }
      checkShared(c, scored, shares);
      return;
    }
    boolean anyPoints = scored.stream().anyMatch(k -> k.points() != null);
    boolean anyWeight = scored.stream().anyMatch(k -> k.points() == null);
    if (anyPoints && anyWeight) {
      throw new InvalidRubricException(c.id(), Messages.mixedPointsAndWeights(c.id()));
    }
    if (anyPoints) {
      if (c.points() == null) {
        throw new InvalidRubricException(c.id(), Messages.fixedPointsUnderWeight(c.id()));
      }
      BigDecimal sum = sumPoints(scored);
      if (c.indicators().isEmpty()) {
        if (sum.compareTo(c.points()) != 0) {
          throw new PointsMismatchException(
              c.id(), Messages.pointsDoNotAddUp(c.id(), c.points(), sum));
        }
      } else {
        // beside children with fixed points, an indicator's weight is its points
        for (Indicator i : c.indicators()) {
          sum = sum.add(i.weight());
        }
        if (sum.compareTo(c.points()) != 0) {
          throw new PointsMismatchException(
              c.id(), Messages.partsDoNotAddUp(c.id(), c.points(), sum));
        }
      }
    }
    checkShared(c, scored, shares);
    for (Criterion child : c.children()) {
      checkNode(child, shares);
    }
  }

  /**
   * Checks that a criterion with points to share has a part that weighs more than 0: its indicators
   * by their weights, its scored children by their points or weights.
   */
  private static void checkShared(Criterion c, List<Criterion> scored, boolean shares) {
    if (!shares) {
      return;
    }
    for (Indicator i : c.indicators()) {
      if (i.weight().signum() > 0) {
        return;
      }
    }
    for (Criterion k : scored) {
      if (weightOf(k).signum() > 0) {
        return;
      }
    }
    throw new InvalidRubricException(c.id(), Messages.partsWeighNothing(c.id(), c.points()));
  }

  /** The points of a criterion with fixed points, else its weight. */
  private static BigDecimal weightOf(Criterion c) {
    BigDecimal w = c.points() != null ? c.points() : c.weight();
    return w == null ? BigDecimal.ONE : w;
  }

  private static BigDecimal sumPoints(List<Criterion> criteria) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Criterion c : criteria) {
      sum = sum.add(c.points());
    }
    return sum;
  }

  private static void checkMetric(Rubric rubric, String owner, Metric metric) {
    metric.accept(new References(rubric, owner));
  }

  private static void checkCondition(Rubric rubric, String owner, Condition condition) {
    condition.accept(new References(rubric, owner));
  }

  /**
   * Checks that the criteria, ladders and rungs a metric or condition names are in the rubric.
   * Returns nothing: every visit method returns {@code null}.
   */
  private static final class References
      implements Metric.Visitor<@Nullable Void>, Condition.Visitor<@Nullable Void> {
    private final Rubric rubric;
    private final String owner;

    References(Rubric rubric, String owner) {
      this.rubric = rubric;
      this.owner = owner;
    }

    @Override
    public @Nullable Void visitTotalPoints(Metric.TotalPoints metric) {
      return null;
    }

    @Override
    public @Nullable Void visitTotalPercent(Metric.TotalPercent metric) {
      return null;
    }

    @Override
    public @Nullable Void visitPoints(Metric.Points metric) {
      for (String id : metric.criterionIds()) {
        requireCriterion(rubric, owner, id);
      }
      return null;
    }

    @Override
    public @Nullable Void visitPercent(Metric.Percent metric) {
      requireCriterion(rubric, owner, metric.criterionId());
      return null;
    }

    @Override
    public @Nullable Void visitIndicatorPercent(Metric.IndicatorPercent metric) {
      requireIndicator(rubric, owner, metric.indicatorId());
      return null;
    }

    @Override
    public @Nullable Void visitRatedWith(Condition.RatedWith condition) {
      requireIndicator(rubric, owner, condition.indicatorId());
      return null;
    }

    @Override
    public @Nullable Void visitCompare(Condition.Compare condition) {
      condition.metric().accept(this);
      return null;
    }

    @Override
    public @Nullable Void visitAllOf(Condition.AllOf condition) {
      condition.conditions().forEach(k -> k.accept(this));
      return null;
    }

    @Override
    public @Nullable Void visitAnyOf(Condition.AnyOf condition) {
      condition.conditions().forEach(k -> k.accept(this));
      return null;
    }

    @Override
    public @Nullable Void visitNamed(Condition.Named condition) {
      condition.condition().accept(this);
      return null;
    }

    @Override
    public @Nullable Void visitRungReached(Condition.RungReached r) {
      Ladder ladder =
          rubric
              .ladder(r.ladderId())
              .orElseThrow(
                  () ->
                      new InvalidRubricException(
                          owner, Messages.unknownRungIn(owner, r.ladderId(), r.rungId())));
      if (ladder.position(r.rungId()) < 0) {
        throw new InvalidRubricException(
            owner, Messages.unknownRungIn(owner, r.ladderId(), r.rungId()));
      }
      return null;
    }

    @Override
    public @Nullable Void visitCoverageAtLeast(Condition.CoverageAtLeast condition) {
      return null;
    }
  }

  private static void requireCriterion(Rubric rubric, String owner, String id) {
    if (rubric.criterion(id).isEmpty()) {
      throw new InvalidRubricException(owner, Messages.unknownCriterionIn(owner, id));
    }
  }

  private static void requireIndicator(Rubric rubric, String owner, String id) {
    if (rubric.indicator(id).isEmpty()) {
      throw new InvalidRubricException(owner, Messages.unknownIndicatorIn(owner, id));
    }
  }
}
