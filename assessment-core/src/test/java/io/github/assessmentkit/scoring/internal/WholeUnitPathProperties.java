package io.github.assessmentkit.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.scoring.StrategyRegistry;
import io.github.assessmentkit.testing.Examples;
import io.github.assessmentkit.testing.ScoringCases;
import io.github.assessmentkit.testing.ScoringCases.Case;
import io.github.assessmentkit.testing.Tally;
import org.junit.jupiter.api.Test;

/**
 * Scoring in whole units ({@link UnitPlan}, {@link UnitShown}) is a faster way to the same
 * scorecard: for every generated case the scorer's result equals, value for value and word for
 * word, the one scored on ratios only.
 */
class WholeUnitPathProperties {
  private static final int EXAMPLES = Examples.usual(1000);
  private final StrategyRegistry registry = StrategyRegistry.standard();

  @Test
  void scoring_in_whole_units_gives_the_scorecard_scoring_on_ratios_gives() {
    Tally tally = new Tally();
    qt().withExamples(EXAMPLES)
        .forAll(ScoringCases.cases())
        .checkAssert(
            (Case c) -> {
              tally.saw(c);
              Scorecard fast = Scorer.standard().score(c.rubric(), c.assessment(), c.strategy());
              Scorecard reference =
                  ScoringEngine.scoreOnRatios(c.rubric(), c.assessment(), c.strategy(), registry);
              assertThat(fast).isEqualTo(reference);
              if (ScoringEngine.hasUnits(c.rubric(), c.strategy(), registry)) {
                tally.bump("in whole units");
              }
            });
    tally.assertVaried(EXAMPLES);
    // not vacuous: many cases have a whole-unit form (the rest use a strategy that is not a sum,
    // or allot 0 points somewhere)
    assertThat(tally.count("in whole units")).as("%s", tally).isGreaterThan(EXAMPLES / 10);
  }
}
