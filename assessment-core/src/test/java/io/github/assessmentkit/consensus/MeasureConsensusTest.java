package io.github.assessmentkit.consensus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.CriterionKind;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.Direction;
import io.github.assessmentkit.scale.MeasureScale;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.scale.Threshold;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The steps between two measured values: the thresholds between them, a value on a threshold
 * reaching it, in the direction that is better. H is a repayment rate, higher is better (fair from
 * 0.50, good from 0.80); M a cost ratio, lower is better (fair up to 0.30, good up to 0.20).
 */
class MeasureConsensusTest {
  private static final Rubric RUBRIC =
      Rubric.builder("measures", "1")
          .title(Text.en("Measures"))
          .provenance(Provenance.unverified(Text.en("test"), Text.en("test")))
          .defaultStrategy(Strategies.POINTS_SUM)
          .criterion(
              Criterion.builder("C", Text.en("Finance"))
                  .kind(CriterionKind.CHECKLIST)
                  .points(20)
                  .indicator(
                      measure(
                          "H",
                          Direction.HIGHER_IS_BETTER,
                          threshold("0.50", "0.5", "fair"),
                          threshold("0.80", "1", "good")))
                  .indicator(
                      measure(
                          "M",
                          Direction.LOWER_IS_BETTER,
                          threshold("0.30", "0.5", "fair"),
                          threshold("0.20", "1", "good")))
                  .build())
          .build();

  private static Threshold threshold(String bound, String fraction, String label) {
    return new Threshold(new BigDecimal(bound), new BigDecimal(fraction), Text.en(label));
  }

  private static Indicator measure(String id, Direction direction, Threshold... thresholds) {
    return Indicator.of(
        id,
        Text.en(id),
        new MeasureScale("ratio", direction, null, List.of(thresholds), Text.en("poor")));
  }

  private static IndicatorSpread spread(String id, String first, String second) {
    Panel p =
        Panel.of(
            RUBRIC,
            List.of(
                PanelTest.by(RUBRIC, "a", Rating.of(id, RatingValue.of(new BigDecimal(first)))),
                PanelTest.by(RUBRIC, "b", Rating.of(id, RatingValue.of(new BigDecimal(second))))),
            ConsensusRule.MEDIAN_STEP,
            null);
    return p.indicator(id);
  }

  @Test
  void higher_is_better_a_value_on_a_threshold_reaches_it() {
    // 0.49 reaches no threshold (0 steps), 0.50 reaches fair (1): one step apart, within the
    // default tolerance of one
    IndicatorSpread h = spread("H", "0.49", "0.50");
    assertThat(h.spread()).isEqualByComparingTo("1");
    assertThat(h.lowest()).isEqualTo(RatingValue.of(new BigDecimal("0.49")));
    assertThat(h.highest()).isEqualTo(RatingValue.of(new BigDecimal("0.50")));
    assertThat(h.flagged()).isFalse();
  }

  @Test
  void higher_is_better_counts_every_threshold_between() {
    // 0.10 reaches none (0), 0.80 reaches fair and good (2): two steps, flagged
    IndicatorSpread h = spread("H", "0.80", "0.10");
    assertThat(h.spread()).isEqualByComparingTo("2");
    assertThat(h.flagged()).isTrue();
  }

  @Test
  void lower_is_better_a_value_on_a_threshold_reaches_it() {
    // 0.31 reaches no threshold (0), 0.30 reaches fair (1), 0.20 fair and good (2)
    assertThat(spread("M", "0.31", "0.30").spread()).isEqualByComparingTo("1");
    assertThat(spread("M", "0.30", "0.20").spread()).isEqualByComparingTo("1");
    assertThat(spread("M", "0.31", "0.20").spread()).isEqualByComparingTo("2");
  }
}
