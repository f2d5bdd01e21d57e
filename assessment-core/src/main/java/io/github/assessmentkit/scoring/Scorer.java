package io.github.assessmentkit.scoring;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.internal.ScoringPlans;
import io.github.assessmentkit.validation.AssessmentValidator;
import io.github.assessmentkit.validation.InvalidAssessmentException;
import io.github.assessmentkit.validation.ValidationReport;
import io.github.assessmentkit.validation.internal.AssessmentRules;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores assessments: the entry point of the library. Validates first and never returns a scorecard
 * for an invalid assessment. Then, before it scores any criterion, asks each criterion's strategy
 * whether it fits ({@link io.github.assessmentkit.spi.ScoringStrategy#misfit}), so a rubric set up
 * for another strategy fails at once with a {@link StrategyMisfitException} naming the criterion.
 * The check reads the rubric only, never the ratings, so a scorer makes it once per rubric and
 * default strategy, together with a plan of the rubric's scoring (strategies, indicator positions,
 * the allotment of points when nothing is not applicable), and keeps them for the last sixteen
 * rubric and strategy pairs it scored, the rubric found by identity. A rubric that fails the check
 * is checked again next time.
 *
 * <pre>{@code
 * Scorer scorer = Scorer.standard();
 * Scorecard card = scorer.score(rubric, assessment);
 * card.total();                     // for example 612.50
 * card.node("1").get().percent();   // category 1 as a percent
 * card.award("tqa").get().outcome(); // the award decided, with reasons in checks()
 *
 * // several strategies side by side
 * Map<String, Scorecard> cards = scorer.scoreEach(rubric, assessment,
 *     List.of(Strategies.HOLISTIC_BAND, Strategies.WEAKEST_LINK));
 * }</pre>
 *
 * <p>Immutable and thread-safe: one scorer serves every thread.
 */
public final class Scorer {
  private static final Scorer STANDARD = new Scorer(StrategyRegistry.standard());

  private final StrategyRegistry registry;
  private final ScoringPlans plans;

  private Scorer(StrategyRegistry registry) {
    this.registry = registry;
    this.plans = new ScoringPlans(registry);
  }

  /** {@return a scorer with the built-in strategies} */
  public static Scorer standard() {
    return STANDARD;
  }

  /**
   * Creates a scorer with the given strategies.
   *
   * @param registry the strategies
   * @return the scorer
   */
  public static Scorer of(StrategyRegistry registry) {
    return new Scorer(Checks.notNull(registry, "registry"));
  }

  /** {@return the strategies this scorer knows} */
  public StrategyRegistry strategies() {
    return registry;
  }

  /**
   * Scores with the rubric's default strategy (and its per-criterion overrides).
   *
   * @param rubric the rubric
   * @param assessment the assessment
   * @return the scorecard
   * @throws InvalidAssessmentException if the assessment is not valid against the rubric
   * @throws UnknownStrategyException if the rubric names a strategy this scorer lacks
   * @throws StrategyMisfitException if a criterion's strategy does not fit it (checked before any
   *     criterion is scored)
   * @throws ScoringException if a strategy cannot score a criterion as set up
   */
  public Scorecard score(Rubric rubric, Assessment assessment) {
    return score(rubric, assessment, Checks.notNull(rubric, "rubric").defaultStrategy());
  }

  /**
   * Scores with another default strategy; criteria that name their own keep it.
   *
   * @param rubric the rubric
   * @param assessment the assessment
   * @param strategyId the default strategy's id
   * @return the scorecard
   * @throws InvalidAssessmentException if the assessment is not valid against the rubric
   * @throws UnknownStrategyException if the id is not registered
   * @throws StrategyMisfitException if a criterion's strategy does not fit it (checked before any
   *     criterion is scored)
   * @throws ScoringException if a strategy cannot score a criterion as set up
   */
  public Scorecard score(Rubric rubric, Assessment assessment, String strategyId) {
    Checks.notNull(rubric, "rubric");
    Checks.notNull(assessment, "assessment");
    Checks.notBlank(strategyId, "strategyId");
    registry.get(strategyId);
    // validation finds each rating's indicator once; scoring reuses what it found
    int[] found = new int[assessment.ratings().size()];
    new ValidationReport(
            AssessmentRules.check(rubric, assessment, i -> i, Integer.MAX_VALUE, found))
        .orThrow();
    return plans.score(rubric, assessment, strategyId, found);
  }

  /**
   * Scores with several default strategies side by side.
   *
   * @param rubric the rubric
   * @param assessment the assessment
   * @param strategyIds the strategies, in the order wanted
   * @return strategy id to scorecard, in the order given; unmodifiable
   * @throws InvalidAssessmentException if the assessment is not valid against the rubric
   * @throws UnknownStrategyException if an id is not registered (checked before any scoring)
   * @throws StrategyMisfitException if, with one of the strategies as default, a criterion's
   *     strategy does not fit it (checked for every strategy before any scoring)
   * @throws ScoringException if a strategy cannot score a criterion as set up
   */
  public Map<String, Scorecard> scoreEach(
      Rubric rubric, Assessment assessment, List<String> strategyIds) {
    Checks.notNull(rubric, "rubric");
    Checks.notNull(assessment, "assessment");
    List<String> ids = Checks.copy(strategyIds, "strategyIds");
    ids.forEach(registry::get);
    AssessmentValidator.validate(rubric, assessment).orThrow();
    ids.forEach(id -> plans.check(rubric, id));
    Map<String, Scorecard> cards = new LinkedHashMap<>();
    for (String id : ids) {
      cards.put(id, plans.score(rubric, assessment, id));
    }
    return Collections.unmodifiableMap(cards);
  }
}
