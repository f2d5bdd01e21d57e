package io.github.assessmentkit.scoring.internal;

import io.github.assessmentkit.internal.Allocation;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.NotApplicablePolicy;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.StrategyRegistry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What scoring a rubric with a default strategy needs that no assessment changes, worked out once:
 * the scored criteria with their strategies, a position for each indicator, and the allotment of
 * points when no rating is not applicable (with {@link NotApplicablePolicy#COUNT_AS_MET}, always).
 * The allotment is the one {@link ScoringEngine} computes for such an assessment, by the same
 * rules. Building a plan checks the rubric ({@link ScoringEngine#check}). Immutable and
 * thread-safe.
 */
final class ScoringPlan {
  private final NotApplicablePolicy policy;
  private final List<PlanNode> top;
  private final Map<String, Integer> slots;
  private final String[] ids;

  private ScoringPlan(NotApplicablePolicy policy, List<PlanNode> top, Map<String, Integer> slots) {
    this.policy = policy;
    this.top = top;
    this.slots = slots;
    this.ids = new String[slots.size()];
    slots.forEach((id, slot) -> ids[slot] = id);
  }

  /**
   * Checks a rubric and plans its scoring.
   *
   * @param rubric the rubric
   * @param defaultStrategy the strategy where a criterion names none
   * @param registry the strategies
   * @return the plan
   * @throws io.github.assessmentkit.scoring.UnknownStrategyException if a strategy is not
   *     registered
   * @throws io.github.assessmentkit.scoring.StrategyMisfitException for the first criterion whose
   *     strategy does not fit it
   */
  static ScoringPlan of(Rubric rubric, String defaultStrategy, StrategyRegistry registry) {
    ScoringEngine.check(rubric, defaultStrategy, registry);
    Builder b = new Builder(rubric, defaultStrategy, registry);
    List<PlanNode> top = b.nodes(rubric.criteria(), rubric.totalPoints(), true);
    return new ScoringPlan(rubric.notApplicablePolicy(), top, b.slots);
  }

  /** {@return the scored top-level criteria} */
  List<PlanNode> top() {
    return top;
  }

  /** {@return how many indicator positions there are} */
  int slotCount() {
    return slots.size();
  }

  /**
   * Finds an indicator's position.
   *
   * @param indicatorId the indicator's id
   * @return its position, or -1 when no scored criterion holds it
   */
  int slot(String indicatorId) {
    Integer slot = slots.get(indicatorId);
    return slot == null ? -1 : slot;
  }

  /**
   * Finds an indicator's position, trying a likely one first: documents usually rate the indicators
   * in rubric order, so the next rating is most often at the next position.
   *
   * @param indicatorId the indicator's id
   * @param likely the position to try first, any number
   * @return its position, or -1 when no scored criterion holds it
   */
  int slot(String indicatorId, int likely) {
    if (likely >= 0 && likely < ids.length && ids[likely].equals(indicatorId)) {
      return likely;
    }
    return slot(indicatorId);
  }

  /** {@return whether the allotment never depends on the ratings} */
  boolean allotmentFixed() {
    return policy.kind() == NotApplicablePolicy.Kind.COUNT_AS_MET;
  }

  /** {@return whether a not-applicable indicator leaves the calculation} */
  boolean excludesNotApplicable() {
    return policy.kind() == NotApplicablePolicy.Kind.EXCLUDE_AND_RENORMALISE;
  }

  /** Walks the rubric once, giving each indicator of a scored criterion a position. */
  private static final class Builder {
    private final Rubric rubric;
    private final String defaultStrategy;
    private final StrategyRegistry registry;
    private final Map<String, Integer> slots = new HashMap<>();

    Builder(Rubric rubric, String defaultStrategy, StrategyRegistry registry) {
      this.rubric = rubric;
      this.defaultStrategy = defaultStrategy;
      this.registry = registry;
    }

    /** Plans the scored criteria of a list, allotting {@code possible} among those applicable. */
    List<PlanNode> nodes(List<Criterion> criteria, @Nullable BigDecimal possible, boolean open) {
      List<Criterion> scored = ScoringEngine.scored(criteria);
      List<BigDecimal> weights = new ArrayList<>(scored.size());
      for (Criterion c : scored) {
        if (applicable(c)) {
          weights.add(ScoringEngine.weightOf(c));
        }
      }
      List<BigDecimal> shares =
          open && possible != null ? Allocation.split(possible, weights) : null;
      List<PlanNode> nodes = new ArrayList<>(scored.size());
      int next = 0;
      for (Criterion c : scored) {
        boolean applicable = applicable(c);
        BigDecimal share = applicable && shares != null ? shares.get(next++) : null;
        nodes.add(node(c, applicable, share));
      }
      return List.copyOf(nodes);
    }

    private PlanNode node(Criterion c, boolean applicable, @Nullable BigDecimal possible) {
      String strategyId = c.strategy() != null ? c.strategy() : defaultStrategy;
      List<PlanNode> children = nodes(c.children(), possible, applicable);
      int[] indicatorSlots = new int[0];
      List<BigDecimal> shares = null;
      if (children.isEmpty()) {
        indicatorSlots = new int[c.indicators().size()];
        List<BigDecimal> weights = new ArrayList<>(indicatorSlots.length);
        for (int k = 0; k < indicatorSlots.length; k++) {
          Indicator i = c.indicators().get(k);
          indicatorSlots[k] = slots.computeIfAbsent(i.id(), id -> slots.size());
          weights.add(i.weight());
        }
        shares = possible == null ? null : Allocation.split(possible, weights);
      }
      return new PlanNode(
          c,
          registry.get(strategyId),
          children,
          ScoringEngine.weightOf(c),
          indicatorSlots,
          applicable,
          possible,
          shares);
    }

    /** Whether a criterion is applicable when no rating is not applicable. */
    private boolean applicable(Criterion c) {
      if (rubric.notApplicablePolicy().kind() == NotApplicablePolicy.Kind.COUNT_AS_MET) {
        return true;
      }
      List<Criterion> kids = ScoringEngine.scored(c.children());
      if (kids.isEmpty()) {
        return !c.indicators().isEmpty();
      }
      for (Criterion k : kids) {
        if (applicable(k)) {
          return true;
        }
      }
      return false;
    }
  }
}
