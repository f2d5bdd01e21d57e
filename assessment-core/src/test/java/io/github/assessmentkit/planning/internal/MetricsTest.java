package io.github.assessmentkit.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Comparison;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The exact values of the metrics of award rules, and the least exact value a comparison passes
 * with once its value is rounded for display.
 */
class MetricsTest {

  private static Scorecard score(Rating... ratings) {
    return Scorer.standard().score(Fixtures.MINI, Assessment.quick(Fixtures.MINI, ratings));
  }

  private static Ratio threshold(Metric metric, Comparison comparison, String bound) {
    return Metrics.threshold(new Condition.Compare(metric, comparison, new BigDecimal(bound)));
  }

  @Test
  void a_value_rounded_once_reaches_a_bound_from_half_a_hundredth_below_and_passes_it_from_above() {
    // at least 85 is shown from 84.995 up; above 85 (two places) needs more than 85.00 shown,
    // which 85.005 is (it rounds to 85.01)
    for (Metric m :
        new Metric[] {
          Metric.totalPoints(),
          Metric.totalPercent(),
          Metric.percent("1"),
          Metric.indicatorPercent("1.1")
        }) {
      assertThat(threshold(m, Comparison.AT_LEAST, "85")).isEqualTo(Ratio.of(84_995, 1000));
      assertThat(threshold(m, Comparison.GREATER_THAN, "85")).isEqualTo(Ratio.of(85_005, 1000));
      assertThat(threshold(m, Comparison.GREATER_THAN, "85.25")).isEqualTo(Ratio.of(85_255, 1000));
    }
    // a bound of three places is passed above from half a hundredth below it: 85.125 - 0.005
    assertThat(threshold(Metric.totalPoints(), Comparison.GREATER_THAN, "85.125"))
        .isEqualTo(Ratio.of(85_120, 1000));
    // 85.100 has two places once its zeros are stripped
    assertThat(threshold(Metric.totalPoints(), Comparison.GREATER_THAN, "85.100"))
        .isEqualTo(Ratio.of(85_105, 1000));
  }

  @Test
  void points_of_criteria_may_lie_a_cent_from_exact_per_criterion() {
    // points of 1 and 2 at least 85: 85 - 2 × 0.01 = 84.98; above 85 alike
    assertThat(threshold(Metric.points("1", "2"), Comparison.AT_LEAST, "85"))
        .isEqualTo(Ratio.of(8498, 100));
    assertThat(threshold(Metric.points("1"), Comparison.GREATER_THAN, "85"))
        .isEqualTo(Ratio.of(8499, 100));
  }

  @Test
  void number_reads_a_ratio_to_twelve_places() {
    assertThat(Metrics.number(Ratio.of(1, 3))).isEqualTo(0.333333333333);
    assertThat(Metrics.number(Ratio.of(169, 2))).isEqualTo(84.5);
  }

  @Test
  void exact_reads_each_metric_before_rounding() {
    // 1.1 at 85 % of 40 = 34, 1.2 at 35 % of 20 = 7, 2.1 at 5 % of 40 = 2: total 43; category 1
    // 41 / 60 = 68.33… %, 2.1 at 5 %
    Scorecard card = score(Rating.of("1.1", 85), Rating.of("1.2", 35), Rating.of("2.1", 5));
    assertThat(Metrics.exact(Metric.totalPoints(), card)).contains(Ratio.of(43));
    assertThat(Metrics.exact(Metric.totalPercent(), card)).contains(Ratio.of(43));
    assertThat(Metrics.exact(Metric.percent("1"), card)).contains(Ratio.of(4100, 60));
    assertThat(Metrics.exact(Metric.points("1"), card)).contains(Ratio.of(41));
    assertThat(Metrics.exact(Metric.points("1.2", "2"), card)).contains(Ratio.of(9));
    assertThat(Metrics.exact(Metric.indicatorPercent("2.1"), card)).contains(Ratio.of(5));
    // a criterion the rubric lacks reads as nothing earned
    assertThat(Metrics.exact(Metric.percent("9"), card)).contains(Ratio.ZERO);
    assertThat(Metrics.exact(Metric.points("9"), card)).contains(Ratio.ZERO);
  }

  @Test
  void a_metric_of_what_does_not_apply_has_no_value() {
    // 2.1 not applicable: category 2 is excluded, so its percent and points do not apply; the
    // points of 1 and 2 read category 1 alone, which the policy for what does not apply gives the
    // whole 100 points: 48 / 60 of 100 = 80; an indicator not rated has no percent
    Scorecard card =
        score(Rating.of("1.1", 80), Rating.of("1.2", 80), Rating.notApplicable("2.1", "none"));
    assertThat(Metrics.exact(Metric.percent("2"), card)).isEmpty();
    assertThat(Metrics.exact(Metric.points("2"), card)).isEmpty();
    assertThat(Metrics.exact(Metric.points("2.1"), card)).isEmpty();
    assertThat(Metrics.exact(Metric.percent("2.1"), card)).isEmpty();
    assertThat(Metrics.exact(Metric.points("1", "2"), card)).contains(Ratio.of(80));
    assertThat(Metrics.exact(Metric.indicatorPercent("2.1"), card)).isEmpty();
    assertThat(Metrics.exact(Metric.indicatorPercent("1.1"), card)).contains(Ratio.of(80));
  }

  @Test
  void the_total_of_a_scorecard_where_nothing_applies_has_no_value() {
    Scorecard card =
        score(
            Rating.notApplicable("1.1", "none"),
            Rating.notApplicable("1.2", "none"),
            Rating.notApplicable("2.1", "none"));
    assertThat(Metrics.exact(Metric.totalPoints(), card)).isEmpty();
    assertThat(Metrics.exact(Metric.totalPercent(), card)).isEmpty();
    assertThat(Metrics.exact(Metric.percent("1"), card)).isEmpty();
  }
}
