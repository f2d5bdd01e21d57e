package io.github.assessmentkit.planning;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.PlanningMessages;
import io.github.assessmentkit.planning.internal.Candidates;
import io.github.assessmentkit.planning.internal.Changes;
import io.github.assessmentkit.planning.internal.Goal;
import io.github.assessmentkit.planning.internal.Search;
import io.github.assessmentkit.planning.internal.StepChains;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.scale.Scale;
import io.github.assessmentkit.scoring.IndicatorScore;
import io.github.assessmentkit.scoring.IndicatorStatus;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.validation.InvalidAssessmentException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What-if planning for one organisation: what one step up each rated indicator's scale would add,
 * and the cheapest set of steps that reaches a target. Every number comes from scoring the changed
 * assessment with the same scorer and the rubric's default strategy; nothing is estimated.
 *
 * <pre>{@code
 * WhatIf whatIf = WhatIf.of(cqa, assessment);
 * for (StepEffect e : whatIf.stepsByGain()) {
 *   System.out.println(e.explanation().get(Language.EN));
 *   // raising 7.1 from 45 to 50 adds 6.00 points (total 551.50 → 557.50)
 * }
 * Plan plan = whatIf.plan(Target.awardTier(CqaCriteria.AWARD_SCHEME, CqaCriteria.TIER_TQC_PLUS));
 * plan.steps();      // the fewest steps (cost 1 each unless declared) that win TQC Plus or higher
 * plan.blockers();   // when it cannot be won: the conditions that fail even at the top
 * }</pre>
 *
 * <h2>Steps</h2>
 *
 * <p>A step moves one rated indicator to the next value its scale allows: the next allowed
 * percentage of a band scale (45 → 50 on the CQA's ADLI and LeTCI bands, so reaching the next band
 * can take several steps), the next level, {@code no} → {@code partial} → {@code yes}, the next
 * Likert point, the bound of a measure's next threshold, the next grid value of a numeric scale.
 * The rest of the rating (evidence, findings, dimension ratings) is kept, so an item capped by its
 * weakest dimension gains nothing until that dimension rises, and the gain says so. A step that
 * validation would refuse (a rating that would need evidence it does not cite, say) is not offered.
 * Indicators not rated, rated not applicable, at the top of their scale or on a scale without steps
 * are listed in {@link #skipped()} with the reason.
 *
 * <h2>Plans</h2>
 *
 * <p>{@link #plan(Target)} looks for the set of steps of least total cost (each step costs 1 unless
 * {@link WhatIfBuilder#stepCost declared}) whose changed assessment, scored, reaches the target.
 * First it scores the assessment with every rated indicator at the top of its chain; when even that
 * misses the target, the plan says so and lists the conditions that still fail. Otherwise it runs
 * three phases:
 *
 * <ol>
 *   <li>an exact program over cost: the target's conditions are written as alternatives (the TQC
 *       Plus themes, the tiers above the one aimed for), each a set of comparisons of a metric
 *       (total, a criterion's points or percent, an indicator's percent) with its bound, and
 *       indicators rated with a code. When every step costs a whole number, the comparisons of an
 *       alternative nest (each two read disjoint indicators or one reads a subset of the other's)
 *       and what a step adds to an inner criterion adds to the outer one in a fixed proportion
 *       (checked on the measured gains), a dynamic program over the budget finds, for each
 *       alternative, the cheapest step counts that pass every comparison. Its least cost bounds
 *       every plan from below, and its solutions are scored: one that reaches the target at that
 *       cost is the cheapest plan, and planning ends there;
 *   <li>otherwise a greedy walk, one scored step at a time, choosing the step that most lowers a
 *       lower bound of the cost still needed (then the largest gain per cost), then dropping every
 *       step the target turns out not to need, each drop scored;
 *   <li>then a branch and bound over the number of steps on each indicator: each combination
 *       visited once, best bound first, pruned where the cost so far plus a lower bound (for each
 *       comparison, the cheapest way to close its gap if every remaining step of an indicator added
 *       as much as the best of them; summed over parts no indicator helps together) reaches the
 *       best plan found, every candidate that may reach the target scored exactly.
 * </ol>
 *
 * <p>A comparison is passed by the exact value it reads only within the rounding of the value shown
 * (half a hundredth for the total and percents, rounded once; a cent per criterion for points
 * shared out below the total), so the bounds never exceed the true cost.
 *
 * <p><b>Guarantee.</b> The plan returned always reaches the target: its {@link Plan#after()} is the
 * scorecard of {@link Plan#applyTo(Assessment)}. When every criterion is scored by an additive
 * strategy (holistic band, points sum, weighted mean, checklist fraction), a point earned by one
 * indicator adds to every criterion above it whatever the others do, so the bounds are true lower
 * bounds, and when the program or the search ends within its {@linkplain WhatIfBuilder#searchLimit
 * limit} no cheaper plan exists: {@link Plan#cheapest()} is then true. On a CQA-sized rubric
 * (seventeen items of twenty-one steps, the TQA ladder with its TQC Plus themes, unit costs) the
 * program settles it in well under a second. Under other strategies (maturity, weakest link, all or
 * nothing, or a plug-in) only the greedy walk runs and the plan is not claimed to be the cheapest;
 * {@link Plan#searchNote()} says which case applies.
 *
 * <p>Immutable and thread-safe once built: {@link #plan} may be called from any thread.
 */
public final class WhatIf {
  /** The strategies under which an indicator's points add to every criterion above it. */
  private static final Set<String> ADDITIVE =
      Set.of(
          Strategies.HOLISTIC_BAND,
          Strategies.POINTS_SUM,
          Strategies.WEIGHTED_MEAN,
          Strategies.CHECKLIST_FRACTION);

  private final Rubric rubric;
  private final Assessment assessment;
  private final Scorecard base;
  private final List<StepEffect> steps;
  private final List<Skipped> skipped;
  private final Candidates candidates;
  private final @Nullable String notAdditive;
  private final int searchLimit;

  WhatIf(
      Rubric rubric,
      Assessment assessment,
      Scorer scorer,
      Map<String, BigDecimal> costs,
      int searchLimit) {
    this.rubric = rubric;
    this.assessment = assessment;
    this.searchLimit = searchLimit;
    for (String id : costs.keySet()) {
      if (rubric.indicator(id).isEmpty()) {
        throw new InvalidValueException(PlanningMessages.noSuchIndicator(id));
      }
    }
    this.base = scorer.score(rubric, assessment);
    List<StepEffect> effects = new ArrayList<>();
    List<Skipped> skips = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    List<List<RatingValue>> chains = new ArrayList<>();
    List<BigDecimal> stepCosts = new ArrayList<>();
    List<List<Scorecard>> alone = new ArrayList<>();
    for (Indicator indicator : rubric.indicators()) {
      String id = indicator.id();
      IndicatorScore line = base.root().indicator(id).orElse(null);
      RatingValue now = line == null ? null : line.value();
      if (now == null || line.status() != IndicatorStatus.RATED) {
        skips.add(
            new Skipped(
                id,
                line != null && line.status() == IndicatorStatus.NOT_APPLICABLE
                    ? PlanningMessages.notApplicable(id)
                    : PlanningMessages.notRated(id)));
        continue;
      }
      List<RatingValue> above = StepChains.above(indicator.scale(), now);
      if (above == null) {
        skips.add(new Skipped(id, PlanningMessages.noSteps(id)));
        continue;
      }
      if (above.isEmpty()) {
        skips.add(new Skipped(id, PlanningMessages.atTheTop(id, now.toString())));
        continue;
      }
      BigDecimal cost = costs.getOrDefault(id, BigDecimal.ONE);
      List<RatingValue> chain = new ArrayList<>();
      chain.add(now);
      List<Scorecard> cards = new ArrayList<>();
      Text refused = null;
      for (RatingValue next : above) {
        try {
          cards.add(scorer.score(rubric, Changes.rerated(assessment, Map.of(id, next))));
          chain.add(next);
        } catch (InvalidAssessmentException e) {
          refused = PlanningMessages.stepNotValid(id, next.toString(), e.text());
          break;
        }
      }
      if (cards.isEmpty()) {
        skips.add(new Skipped(id, Checks.notNull(refused, "refused")));
        continue;
      }
      ids.add(id);
      chains.add(chain);
      stepCosts.add(cost);
      alone.add(cards);
      effects.add(effect(indicator.scale(), id, now, chain.get(1), cost, cards.get(0)));
    }
    this.steps = List.copyOf(effects);
    this.skipped = List.copyOf(skips);
    this.candidates =
        new Candidates(rubric, assessment, scorer, base, ids, chains, stepCosts, alone);
    this.notAdditive =
        base.root().stream()
            .map(n -> n.explanation().strategy())
            .filter(s -> !ADDITIVE.contains(s))
            .findFirst()
            .orElse(null);
  }

  /**
   * Scores an assessment and every single step, with the standard scorer and a cost of 1 per step.
   *
   * @param rubric the rubric
   * @param assessment the assessment
   * @return the what-if
   * @throws NullPointerException if an argument is null
   * @throws io.github.assessmentkit.validation.InvalidAssessmentException if the assessment is not
   *     valid against the rubric
   */
  public static WhatIf of(Rubric rubric, Assessment assessment) {
    return builder(rubric, assessment).build();
  }

  /**
   * Starts a what-if with its options: scorer, step costs, search limit.
   *
   * @param rubric the rubric
   * @param assessment the assessment
   * @return a builder
   * @throws NullPointerException if an argument is null
   */
  public static WhatIfBuilder builder(Rubric rubric, Assessment assessment) {
    return new WhatIfBuilder(rubric, assessment);
  }

  private StepEffect effect(
      Scale scale, String id, RatingValue from, RatingValue to, BigDecimal cost, Scorecard after) {
    Step step = new Step(id, from, to, label(scale, from), label(scale, to), cost);
    Ratio gain = after.root().exactEarned().minus(base.root().exactEarned());
    return new StepEffect(
        step,
        base.total(),
        after.total(),
        gain,
        Changes.between(base, after),
        PlanningMessages.stepAdds(
            id,
            from.toString(),
            to.toString(),
            after.total().subtract(base.total()),
            base.total(),
            after.total()));
  }

  private static @Nullable Text label(Scale scale, RatingValue value) {
    return scale.label(value).orElse(null);
  }

  /** {@return the rubric} */
  public Rubric rubric() {
    return rubric;
  }

  /** {@return the assessment as it is} */
  public Assessment assessment() {
    return assessment;
  }

  /** {@return the assessment's scorecard as it is} */
  public Scorecard scorecard() {
    return base;
  }

  /** {@return one step up each indicator that has one, in rubric order} */
  public List<StepEffect> steps() {
    return steps;
  }

  /**
   * {@return one step up each indicator that has one, the largest exact gain per cost first, then
   * in rubric order}
   */
  public List<StepEffect> stepsByGain() {
    List<StepEffect> sorted = new ArrayList<>(steps);
    sorted.sort(
        Comparator.comparing((StepEffect e) -> e.exactGain().dividedBy(Ratio.of(e.step().cost())))
            .reversed());
    return List.copyOf(sorted);
  }

  /** {@return the indicators without a step, with the reason, in rubric order} */
  public List<Skipped> skipped() {
    return skipped;
  }

  /**
   * Finds the cheapest set of steps that reaches a target; see the class documentation for the
   * search and its guarantee.
   *
   * @param target what to reach
   * @return the plan, reached or not, with its reasons
   * @throws NullPointerException if the target is null
   * @throws InvalidValueException if the target names a ladder, rung, scheme or tier the rubric
   *     does not have
   * @throws io.github.assessmentkit.ConflictingStateException if a condition target reads a ladder
   *     the rubric does not have
   */
  public Plan plan(Target target) {
    Checks.notNull(target, "target");
    Goal goal = target.resolve(rubric, base);
    Text name = goal.name();
    Optional<Text> blocked = goal.blockedOutright();
    if (blocked.isEmpty() && goal.reached(base)) {
      return new Plan(
          name,
          Plan.Status.ALREADY_REACHED,
          List.of(),
          BigDecimal.ZERO,
          base,
          base,
          List.of(),
          List.of(),
          List.of(),
          true,
          null,
          PlanningMessages.alreadyReached(name));
    }
    List<Text> failingNow = blocked.isPresent() ? List.of() : goal.failing(base);
    int n = candidates.size();
    int[] top = new int[n];
    for (int i = 0; i < n; i++) {
      top[i] = candidates.length(i);
    }
    Scorecard topCard = blocked.isPresent() ? null : candidates.score(top);
    if (topCard == null || !goal.reached(topCard)) {
      List<Text> blockers =
          blocked.isPresent()
              ? List.of(blocked.get())
              : topCard == null ? failingNow : goal.failing(topCard);
      return new Plan(
          name,
          Plan.Status.UNREACHABLE,
          List.of(),
          BigDecimal.ZERO,
          base,
          base,
          List.of(),
          failingNow,
          blockers,
          false,
          null,
          PlanningMessages.unreachable(name));
    }
    Search.Found found =
        new Search(candidates, goal, searchLimit).run(notAdditive == null, top, topCard);
    List<Step> planned = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Scale scale = rubric.indicator(candidates.id(i)).orElseThrow().scale();
      List<RatingValue> chain = candidates.chain(i);
      for (int k = 1; k <= found.counts()[i]; k++) {
        planned.add(
            new Step(
                candidates.id(i),
                chain.get(k - 1),
                chain.get(k),
                label(scale, chain.get(k - 1)),
                label(scale, chain.get(k)),
                candidates.cost(i)));
      }
    }
    BigDecimal cost = Search.exactCost(candidates, found.counts());
    Scorecard after = found.card();
    Text note =
        notAdditive != null
            ? PlanningMessages.notAdditive(notAdditive)
            : found.cheapest()
                ? PlanningMessages.provenCheapest()
                : PlanningMessages.searchLimitReached(searchLimit);
    return new Plan(
        name,
        Plan.Status.REACHED,
        planned,
        cost,
        base,
        after,
        Changes.between(base, after),
        failingNow,
        List.of(),
        found.cheapest(),
        note,
        PlanningMessages.reachedIn(name, planned.size(), cost, base.total(), after.total()));
  }
}
