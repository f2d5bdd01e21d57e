package io.github.assessmentkit.planning.internal;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.scoring.IndicatorScore;
import io.github.assessmentkit.scoring.IndicatorStatus;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.testing.MiniRubrics;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Candidates made as a what-if makes them: every rated indicator below the top of its scale, in
 * rubric order, with its chain to the top and the scorecard of each of its steps alone.
 */
final class Fixtures {
  private Fixtures() {}

  /** The mini award rubric: 1.1 (40 points), 1.2 (20) in category 1, 2.1 (40) in category 2. */
  static final Rubric MINI = MiniRubrics.award();

  /**
   * The mini award rubric with 1.1, 1.2 and 2.1 at 80 %: 32 + 16 + 32 = 80.00 points. Each has four
   * steps to 100 %; a step adds 2 points on 1.1 and 2.1 and 1 point on 1.2.
   */
  static Assessment allAt80() {
    return Assessment.quick(MINI, Rating.of("1.1", 80), Rating.of("1.2", 80), Rating.of("2.1", 80));
  }

  static Candidates candidates(
      Rubric rubric, Assessment assessment, Map<String, BigDecimal> costs) {
    Scorer scorer = Scorer.standard();
    Scorecard base = scorer.score(rubric, assessment);
    List<String> ids = new ArrayList<>();
    List<List<RatingValue>> chains = new ArrayList<>();
    List<BigDecimal> stepCosts = new ArrayList<>();
    List<List<Scorecard>> alone = new ArrayList<>();
    for (Indicator indicator : rubric.indicators()) {
      IndicatorScore line = base.root().indicator(indicator.id()).orElseThrow();
      if (line.status() != IndicatorStatus.RATED || line.value() == null) {
        continue;
      }
      List<RatingValue> above = StepChains.above(indicator.scale(), line.value());
      if (above == null || above.isEmpty()) {
        continue;
      }
      List<RatingValue> chain = new ArrayList<>();
      chain.add(line.value());
      List<Scorecard> cards = new ArrayList<>();
      for (RatingValue v : above) {
        chain.add(v);
        cards.add(scorer.score(rubric, Changes.rerated(assessment, Map.of(indicator.id(), v))));
      }
      ids.add(indicator.id());
      chains.add(chain);
      stepCosts.add(costs.getOrDefault(indicator.id(), BigDecimal.ONE));
      alone.add(cards);
    }
    return new Candidates(rubric, assessment, scorer, base, ids, chains, stepCosts, alone);
  }

  static Candidates candidates(Assessment assessment) {
    return candidates(MINI, assessment, Map.of());
  }
}
