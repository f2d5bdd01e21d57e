package io.github.assessmentkit.scoring.internal;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.BandScale;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.scale.Scale;
import io.github.assessmentkit.scoring.StrategyRegistry;
import io.github.assessmentkit.text.Text;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * What scoring a rubric with a default strategy needs that no assessment changes, worked out once:
 * the scored criteria with their strategies and resolved policies, a position for each indicator,
 * the exact allotment of points when every part counts, and what each value earns on each scale.
 * Building a plan checks the rubric ({@link ScoringEngine#check}). Thread-safe: it is never changed
 * after it is built, but for the values it learns, which it keeps in concurrent maps.
 */
final class ScoringPlan {
  final Rubric rubric;

  /** The root: the rubric's scored top-level criteria, sharing its total points. */
  final PlanNode[] top;

  final Ratio[] topWeights;

  final Ratio total;

  /** What the rubric does with a top-level criterion in which nothing counts. */
  final Treatment topNotApplicable;

  /** When every part counts: each top-level criterion's points and share. */
  final Ratio[] topPossible;

  final Ratio[] topShares;

  /** Every node, parents before children. */
  final List<PlanNode> nodes;

  /** For each indicator position: its leaf, and its place among the leaf's indicators. */
  final PlanNode[] leafOf;

  final int[] placeOf;

  /** For each indicator position: what its scale's values earn. */
  final ScaleCredits[] credits;

  /** The denominator every fraction of the rubric's values divides, or 0 when there is none. */
  final long fractions;

  /** The plan's whole-unit form, or {@code null} when it does not apply. */
  final @Nullable UnitPlan units;

  /** Each scored criterion id's first position in {@link #nodes}. */
  final Map<String, Integer> positions;

  /** Whether a band-scale rating is capped by its weakest dimension. */
  final boolean capsByWeakestDimension;

  private final Map<String, Integer> slots;
  private final String[] ids;

  /**
   * Per indicator of the rubric, by its position in {@link Rubric#indicators()}: its slot, or -1.
   */
  private final int[] slotOfIndicator;

  private ScoringPlan(Builder b, PlanNode[] top, Ratio[] topWeights) {
    this.rubric = b.rubric;
    this.top = top;
    this.topWeights = topWeights;
    this.total = Ratio.of(rubric.totalPoints());
    this.topNotApplicable = b.rubricPolicy.notApplicable;
    this.nodes = List.copyOf(b.nodes);
    this.capsByWeakestDimension = rubric.capsByWeakestDimension();
    Map<String, Integer> at = new HashMap<>();
    for (int k = 0; k < nodes.size(); k++) {
      at.putIfAbsent(nodes.get(k).criterion.id(), k);
    }
    // a hash map, not Map.copyOf: its open addressing probes long runs on ids alike as these
    this.positions = Collections.unmodifiableMap(at);
    this.slots = b.slots;
    int n = slots.size();
    this.ids = new String[n];
    this.leafOf = new PlanNode[n];
    this.placeOf = new int[n];
    this.credits = new ScaleCredits[n];
    Map<Scale, ScaleCredits> byScale = new IdentityHashMap<>();
    Map<Scale, Boolean> scales = new IdentityHashMap<>();
    for (PlanNode node : nodes) {
      for (Indicator i : node.indicators) {
        scales.put(i.scale(), true);
      }
    }
    this.fractions = UnitPlan.fractionsOf(scales.keySet());
    for (PlanNode node : nodes) {
      for (int k = 0; k < node.slots.length; k++) {
        int slot = node.slots[k];
        if (leafOf[slot] == null) {
          Indicator i = node.indicators[k];
          ids[slot] = i.id();
          leafOf[slot] = node;
          placeOf[slot] = k;
          credits[slot] =
              byScale.computeIfAbsent(i.scale(), scale -> new ScaleCredits(scale, fractions));
        }
      }
    }
    Ratio[][] allotted = Allotment.nominal(total, topWeights);
    this.topPossible = allotted[0];
    this.topShares = allotted[1];
    for (int k = 0; k < top.length; k++) {
      nominal(top[k], topPossible[k]);
    }
    this.units = UnitPlan.of(this);
    List<Indicator> all = rubric.indicators();
    this.slotOfIndicator = new int[all.size()];
    for (int p = 0; p < all.size(); p++) {
      slotOfIndicator[p] = slot(all.get(p).id());
    }
  }

  /** Works out the allotment of a node and its subtree when every part counts. */
  private static void nominal(PlanNode n, Ratio possible) {
    Ratio[][] allotted = Allotment.nominal(possible, n.weights);
    n.nominal = possible;
    n.nominalPossible = allotted[0];
    n.nominalShares = allotted[1];
    int first = n.indicators.length;
    for (int k = 0; k < n.children.length; k++) {
      nominal(n.children[k], allotted[0][first + k]);
    }
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
    List<Criterion> scored = ScoringEngine.scored(rubric.criteria());
    PlanNode[] top = new PlanNode[scored.size()];
    Ratio[] weights = new Ratio[scored.size()];
    for (int k = 0; k < top.length; k++) {
      top[k] = b.node(scored.get(k), b.rubricPolicy);
      weights[k] = top[k].weight;
    }
    return new ScoringPlan(b, top, weights);
  }

  /** {@return how many indicator positions there are} */
  int slotCount() {
    return ids.length;
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
  /**
   * {@return the slot of the indicator at a position of the rubric's indicators, or -1 when no
   * scored criterion holds it or the position is -1}
   *
   * @param position the position in {@link Rubric#indicators()}, or -1
   */
  int slotOfIndicator(int position) {
    return position < 0 ? -1 : slotOfIndicator[position];
  }

  int slot(String indicatorId, int likely) {
    if (likely >= 0 && likely < ids.length && ids[likely].equals(indicatorId)) {
      return likely;
    }
    return slot(indicatorId);
  }

  /** What the values of one scale earn, learnt as they are met; thread-safe. */
  static final class ScaleCredits {
    final Scale scale;

    /** The scale when it is a band scale, whose ratings a weakest dimension may cap. */
    final @Nullable BandScale band;

    private final Map<RatingValue, Credit> known = new ConcurrentHashMap<>();
    private final long fractions;

    ScaleCredits(Scale scale, long fractions) {
      this.scale = scale;
      this.band = scale.accept(BandOnly.INSTANCE);
      this.fractions = fractions;
    }

    /**
     * Tells what a value earns.
     *
     * @param value a value the scale allows
     * @return its exact fraction and its label
     */
    Credit of(RatingValue value) {
      Credit c = known.get(value);
      if (c == null) {
        Ratio f = scale.exactFraction(value);
        c = new Credit(f, scale.label(value).orElse(null), UnitPlan.fractionUnits(f, fractions));
        known.putIfAbsent(value, c);
      }
      return c;
    }
  }

  /** Tells a band scale from the others. */
  private static final class BandOnly implements Scale.Visitor<@Nullable BandScale> {
    static final BandOnly INSTANCE = new BandOnly();

    @Override
    public BandScale visitBand(BandScale scale) {
      return scale;
    }

    @Override
    public @Nullable BandScale visitLevel(io.github.assessmentkit.scale.LevelScale scale) {
      return null;
    }

    @Override
    public @Nullable BandScale visitYesPartialNo(
        io.github.assessmentkit.scale.YesPartialNoScale scale) {
      return null;
    }

    @Override
    public @Nullable BandScale visitYesNo(io.github.assessmentkit.scale.YesNoScale scale) {
      return null;
    }

    @Override
    public @Nullable BandScale visitLikert(io.github.assessmentkit.scale.LikertScale scale) {
      return null;
    }

    @Override
    public @Nullable BandScale visitMeasure(io.github.assessmentkit.scale.MeasureScale scale) {
      return null;
    }

    @Override
    public @Nullable BandScale visitNumeric(io.github.assessmentkit.scale.NumericScale scale) {
      return null;
    }
  }

  /**
   * What a value earns.
   *
   * @param fraction the exact fraction of the indicator's points
   * @param label the band or level the value names, or {@code null}
   * @param units the fraction in {@code 1/fractions} of the plan, or -1 when not a whole number
   */
  record Credit(Ratio fraction, @Nullable Text label, long units) {}

  /** Walks the rubric once, giving each indicator of a scored criterion a position. */
  private static final class Builder {
    final Rubric rubric;
    final String defaultStrategy;
    final StrategyRegistry registry;
    final Map<String, Integer> slots = new HashMap<>();
    final List<PlanNode> nodes = new ArrayList<>();
    final Policies rubricPolicy;

    Builder(Rubric rubric, String defaultStrategy, StrategyRegistry registry) {
      this.rubric = rubric;
      this.defaultStrategy = defaultStrategy;
      this.registry = registry;
      this.rubricPolicy = Policies.of(rubric);
    }

    PlanNode node(Criterion c, Policies inherited) {
      Policies p = inherited.under(c);
      List<Criterion> scoredKids = ScoringEngine.scored(c.children());
      int indicatorCount = c.indicators().size();
      Indicator[] indicators = c.indicators().toArray(new Indicator[0]);
      int[] indicatorSlots = new int[indicatorCount];
      Ratio[] weights = new Ratio[indicatorCount + scoredKids.size()];
      for (int k = 0; k < indicatorCount; k++) {
        indicatorSlots[k] = slots.computeIfAbsent(indicators[k].id(), id -> slots.size());
        weights[k] = Ratio.of(indicators[k].weight());
      }
      String strategyId = c.strategy() != null ? c.strategy() : defaultStrategy;
      int index = nodes.size();
      nodes.add(null); // keeps parents before children
      PlanNode[] children = new PlanNode[scoredKids.size()];
      for (int k = 0; k < children.length; k++) {
        children[k] = node(scoredKids.get(k), p);
        weights[indicatorCount + k] = children[k].weight;
      }
      PlanNode n =
          new PlanNode(
              c,
              registry.get(strategyId),
              indicators,
              indicatorSlots,
              children,
              weights,
              Ratio.of(ScoringEngine.weightOf(c)),
              p.notApplicable,
              p.missing,
              p.unknown,
              p.nothingCounts,
              index);
      nodes.set(index, n);
      return n;
    }
  }
}
