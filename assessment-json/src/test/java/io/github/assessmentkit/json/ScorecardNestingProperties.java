package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.testing.Examples;
import io.github.assessmentkit.testing.ScoringCases;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A scorecard nests at most {@link JsonLimits#SCORECARD_EXTRA_NESTING} level deeper than the rubric
 * it scores, so a codec that reads the rubric reads its scorecard back: checked on random rubrics
 * (see {@link ScoringCases}) with a ladder and an award scheme of every kind of condition.
 */
class ScorecardNestingProperties {
  private static final int EXAMPLES = Examples.or(300);

  @Test
  void a_scorecard_nests_at_most_one_level_deeper_than_its_rubric() {
    AtomicInteger tried = new AtomicInteger();
    qt().withExamples(EXAMPLES)
        .forAll(ScoringCases.cases())
        .checkAssert(
            c -> {
              tried.incrementAndGet();

              // given
              Rubric rubric = ScorecardJsonProperties.withLevelsAndAwards(c.rubric());
              Scorecard card = Scorer.standard().score(rubric, c.assessment(), c.strategy());

              // when
              int rubricDepth =
                  WriteReadSymmetryTest.depth(AssessmentJson.standard().writeString(rubric));
              int cardDepth =
                  WriteReadSymmetryTest.depth(AssessmentJson.standard().writeString(card));

              // then
              assertThat(cardDepth)
                  .isLessThanOrEqualTo(rubricDepth + JsonLimits.SCORECARD_EXTRA_NESTING);
            });
    // QuickTheories may skip a few examples it has already tried
    assertThat(tried.get()).isGreaterThanOrEqualTo(EXAMPLES * 9 / 10);
  }
}
