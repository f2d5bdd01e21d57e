package io.github.assessmentkit.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.planning.internal.StepChains;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.scoring.ConditionResult;
import io.github.assessmentkit.scoring.IndicatorScore;
import io.github.assessmentkit.scoring.IndicatorStatus;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.testing.Examples;
import io.github.assessmentkit.testing.ScoringCases;
import io.github.assessmentkit.testing.ScoringCases.Case;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.validation.InvalidAssessmentException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Properties of what-if planning on random small rubrics and assessments ({@link ScoringCases}),
 * each scored with its case's strategy as the rubric's default.
 */
class WhatIfProperties {
  private static final int EXAMPLES = Examples.usual(200);

  /** The largest number of step combinations checked one by one. */
  private static final int MOST_COMBINATIONS = 3000;

  private static final Set<String> ADDITIVE =
      Set.of(
          Strategies.HOLISTIC_BAND,
          Strategies.POINTS_SUM,
          Strategies.WEIGHTED_MEAN,
          Strategies.CHECKLIST_FRACTION);

  private final Scorer scorer = Scorer.standard();

  private static Rubric withDefault(Case c) {
    return Rubric.from(c.rubric()).defaultStrategy(c.strategy()).build();
  }

  @Test
  void a_step_never_lowers_the_total_under_the_built_in_strategies_and_is_what_rescoring_gives() {
    qt().withExamples(EXAMPLES)
        .forAll(ScoringCases.cases())
        .checkAssert(
            c -> {
              Rubric rubric = withDefault(c);
              WhatIf whatIf = WhatIf.of(rubric, c.assessment());
              for (StepEffect e : whatIf.steps()) {
                assertThat(e.exactGain().signum())
                    .as("%s under %s", e.step(), c.strategy())
                    .isGreaterThanOrEqualTo(0);
                assertThat(e.gain().signum()).isGreaterThanOrEqualTo(0);
                Scorecard alone =
                    scorer.score(
                        rubric, with(c.assessment(), e.step().indicatorId(), e.step().to()));
                assertThat(alone.total()).isEqualByComparingTo(e.totalAfter());
                assertThat(
                        alone.root().exactEarned().minus(whatIf.scorecard().root().exactEarned()))
                    .isEqualTo(e.exactGain());
              }
              // every rated indicator either has a step or is listed as skipped, never both
              assertThat(whatIf.steps().size() + whatIf.skipped().size())
                  .isEqualTo(rubric.indicators().size());
            });
  }

  @Test
  void a_plan_rescored_equals_its_claim_reaches_its_target_and_is_the_cheapest_when_it_says_so() {
    qt().withExamples(EXAMPLES)
        .forAll(ScoringCases.cases(), integers().between(0, 100), integers().between(0, 100))
        .checkAssert(
            (c, totalPercent, partPercent) -> {
              Rubric rubric = withDefault(c);
              Criterion first = rubric.criteria().get(0);
              Condition condition =
                  Condition.allOf(
                      Condition.atLeast(Metric.totalPercent(), totalPercent),
                      Condition.atLeast(Metric.percent(first.id()), partPercent));
              Target target = Target.condition(Text.en("test"), condition);
              WhatIfBuilder builder = WhatIf.builder(rubric, c.assessment());
              Map<String, Integer> costs = new LinkedHashMap<>();
              for (int k = 0; k < rubric.indicators().size(); k++) {
                // costs 1, 2, 3, 1, 2, 3 ... in rubric order, on every other case
                int cost = totalPercent % 2 == 0 ? 1 : 1 + k % 3;
                costs.put(rubric.indicators().get(k).id(), cost);
                builder.stepCost(rubric.indicators().get(k).id(), cost);
              }
              Plan plan = builder.build().plan(target);

              Assessment changed = plan.applyTo(c.assessment());
              Scorecard rescored = scorer.score(rubric, changed);
              assertThat(rescored).isEqualTo(plan.after());
              boolean met = ConditionResult.evaluate(condition, rescored, rubric).met();
              assertThat(met).isEqualTo(plan.reached());
              assertThat(plan.cost())
                  .isEqualByComparingTo(
                      plan.steps().stream()
                          .map(Step::cost)
                          .reduce(BigDecimal.ZERO, BigDecimal::add));
              if (plan.status() == Plan.Status.UNREACHABLE) {
                // at the top of every chain the condition still fails
                Scorecard top = scorer.score(rubric, topOfEveryChain(rubric, c.assessment()));
                assertThat(ConditionResult.evaluate(condition, top, rubric).met()).isFalse();
                assertThat(plan.blockers()).isNotEmpty();
              }
              if (plan.cheapest() && plan.status() == Plan.Status.REACHED) {
                Long least = leastByEnumeration(rubric, c.assessment(), condition, costs);
                if (least != null) {
                  assertThat(plan.cost()).isEqualByComparingTo(BigDecimal.valueOf(least));
                }
              }
              if (ADDITIVE.contains(c.strategy()) && plan.status() == Plan.Status.REACHED) {
                assertThat(plan.searchNote()).isNotNull();
              }
            });
  }

  /** The assessment with every rated indicator at the highest value validation accepts. */
  private Assessment topOfEveryChain(Rubric rubric, Assessment a) {
    Scorecard now = scorer.score(rubric, a);
    Assessment out = a;
    for (IndicatorScore line : now.root().stream().flatMap(n -> n.indicators().stream()).toList()) {
      if (line.status() != IndicatorStatus.RATED || line.value() == null) {
        continue;
      }
      List<RatingValue> above =
          StepChains.above(
              rubric.indicator(line.indicatorId()).orElseThrow().scale(), line.value());
      if (above == null) {
        continue;
      }
      for (RatingValue v : above) {
        Assessment next = with(out, line.indicatorId(), v);
        try {
          scorer.score(rubric, next);
          out = next;
        } catch (InvalidAssessmentException e) {
          break;
        }
      }
    }
    return out;
  }

  private static Assessment with(Assessment a, String id, RatingValue v) {
    var r = a.rating(id).orElseThrow();
    return a.toBuilder()
        .rerate(
            new io.github.assessmentkit.assessment.Rating(
                id,
                new io.github.assessmentkit.assessment.RatingState.Rated(v),
                r.rationale(),
                r.evidenceIds(),
                r.strengths(),
                r.improvements(),
                r.assessorId(),
                r.dimensions(),
                r.extensions()))
        .build();
  }

  /**
   * Scores every combination of steps when there are few, and gives the least cost of those that
   * meet the condition; null when there are too many to try.
   */
  private @org.jspecify.annotations.Nullable Long leastByEnumeration(
      Rubric rubric, Assessment a, Condition condition, Map<String, Integer> costs) {
    Scorecard now = scorer.score(rubric, a);
    List<String> ids = new ArrayList<>();
    List<List<RatingValue>> chains = new ArrayList<>();
    long combinations = 1;
    for (IndicatorScore line : now.root().stream().flatMap(n -> n.indicators().stream()).toList()) {
      if (line.status() != IndicatorStatus.RATED || line.value() == null) {
        continue;
      }
      List<RatingValue> above =
          StepChains.above(
              rubric.indicator(line.indicatorId()).orElseThrow().scale(), line.value());
      if (above == null || above.isEmpty()) {
        continue;
      }
      List<RatingValue> chain = new ArrayList<>();
      chain.add(line.value());
      chain.addAll(above);
      ids.add(line.indicatorId());
      chains.add(chain);
      combinations *= chain.size();
      if (combinations > MOST_COMBINATIONS) {
        return null;
      }
    }
    int[] counts = new int[ids.size()];
    Long least = null;
    while (true) {
      long cost = 0;
      Assessment changed = a;
      for (int i = 0; i < counts.length; i++) {
        cost += (long) counts[i] * costs.get(ids.get(i));
        if (counts[i] > 0) {
          changed = with(changed, ids.get(i), chains.get(i).get(counts[i]));
        }
      }
      if (least == null || cost < least) {
        try {
          Scorecard card = scorer.score(rubric, changed);
          if (ConditionResult.evaluate(condition, card, rubric).met()) {
            least = cost;
          }
        } catch (InvalidAssessmentException e) {
          // a combination validation refuses is no plan
        }
      }
      int i = 0;
      while (i < counts.length && counts[i] == chains.get(i).size() - 1) {
        counts[i] = 0;
        i++;
      }
      if (i == counts.length) {
        return least;
      }
      counts[i]++;
    }
  }
}
