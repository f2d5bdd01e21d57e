package io.github.assessmentkit.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.assessmentkit.MissingValueException;
import io.github.assessmentkit.assessment.Comparison;
import io.github.assessmentkit.assessment.Measure;
import io.github.assessmentkit.assessment.Observation;
import io.github.assessmentkit.scale.Direction;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The LeTCI reading of one measure, dimension by dimension, and its ladder of bands, each rule
 * checked at its threshold, one short of it and past it.
 */
class LetciReadingTest {
  private static Measure measure(Direction direction, String target, String... values) {
    List<Observation> series = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      series.add(new Observation(FiscalYear.ofBuddhistEra(2560 + i), new BigDecimal(values[i])));
    }
    return new Measure(
        "m", Text.en("m"), "%", direction, target == null ? null : new BigDecimal(target), series);
  }

  private static Measure higher(String target, String... values) {
    return measure(Direction.HIGHER_IS_BETTER, target, values);
  }

  private static Measure lower(String target, String... values) {
    return measure(Direction.LOWER_IS_BETTER, target, values);
  }

  private static Comparison comparison(String id, String value) {
    return new Comparison(id, Text.en(id), new BigDecimal(value));
  }

  @Test
  void the_reading_names_its_unverified_source_and_its_constants() {
    assertThat(LetciReading.SOURCE.get(Language.EN))
        .isEqualTo(
            "this library's reading of the Baldrige-family guidance for scoring results (LeTCI);"
                + " unverified against an official text");
    assertThat(LetciReading.SOURCE.isBilingual()).isTrue();
    assertThat(LetciReading.TREND_POINTS).isEqualTo(3);
    assertThat(LetciReading.TREND_STREAK).isEqualTo(2);
    assertThat(LetciReading.SUSTAINED_STREAK).isEqualTo(4);
    assertThat(LetciReading.DIMENSIONS_FOR_A_BAND).isEqualTo(3);
    assertThat(LetciReading.TOP_BAND).isEqualTo(6);
  }

  @Test
  void the_improving_streak_counts_the_latest_periods_each_better_than_the_one_before() {
    // 1, 3, 2, 4, 5: 5 > 4 and 4 > 2, then 2 < 3 stops the count: 2
    assertThat(LetciReading.improvingStreak(higher(null, "1", "3", "2", "4", "5"))).isEqualTo(2);
    // an equal value is no improvement: 1, 2, 2 → 0
    assertThat(LetciReading.improvingStreak(higher(null, "1", "2", "2"))).isZero();
    // lower is better: 9, 8, 7 → 2; rising 7, 8 → 0
    assertThat(LetciReading.improvingStreak(lower(null, "9", "8", "7"))).isEqualTo(2);
    assertThat(LetciReading.improvingStreak(lower(null, "7", "8"))).isZero();
    assertThat(LetciReading.improvingStreak(lower(null, "9", "8", "8"))).isZero();
    // one point or none: nothing to compare
    assertThat(LetciReading.improvingStreak(higher(null, "5"))).isZero();
    assertThat(LetciReading.improvingStreak(higher(null))).isZero();
  }

  @Test
  void a_measure_is_at_target_when_its_latest_value_reaches_it_in_its_direction() {
    // higher is better: 5 = target 5 at target; 4.99 short; 5.01 beyond
    assertThat(LetciReading.atTarget(higher("5", "1", "5"))).isTrue();
    assertThat(LetciReading.atTarget(higher("5", "9", "4.99"))).isFalse();
    assertThat(LetciReading.atTarget(higher("5", "5.01"))).isTrue();
    // lower is better: 8 = target at it; 8.01 short; 7.99 beyond
    assertThat(LetciReading.atTarget(lower("8", "8"))).isTrue();
    assertThat(LetciReading.atTarget(lower("8", "8.01"))).isFalse();
    assertThat(LetciReading.atTarget(lower("8", "7.99"))).isTrue();
    // no target or no value: not at target
    assertThat(LetciReading.atTarget(higher(null, "100"))).isFalse();
    assertThat(LetciReading.atTarget(higher("5"))).isFalse();
  }

  @Test
  void comparisons_matched_counts_those_the_latest_value_reaches() {
    // latest 5.0 against 4.8 (beaten), 5.0 (equal, matched) and 5.1 (not): 2
    Measure m =
        higher(null, "3", "5.0")
            .withComparisons(
                comparison("province", "4.8"),
                comparison("nation", "5.0"),
                comparison("best", "5.1"));
    assertThat(LetciReading.comparisonsMatched(m)).isEqualTo(2);
    // lower is better, latest 7.9 against 7.5 (not reached) and 8 (beaten): 1
    Measure arrears =
        lower(null, "7.9").withComparisons(comparison("province", "7.5"), comparison("peer", "8"));
    assertThat(LetciReading.comparisonsMatched(arrears)).isEqualTo(1);
    // no value: none matched
    assertThat(LetciReading.comparisonsMatched(higher(null).withComparisons(comparison("p", "0"))))
        .isZero();
  }

  @Test
  void levels_are_good_at_target_and_strong_at_target_beating_every_comparison() {
    Measure atTargetBeatingAll =
        higher("5", "5").withComparisons(comparison("a", "4"), comparison("b", "5"));
    Measure atTargetMissingOne =
        higher("5", "5").withComparisons(comparison("a", "4"), comparison("b", "6"));
    Measure atTargetWithoutComparisons = higher("5", "5");
    Measure shortOfTargetBeatingAll = higher("5", "4").withComparisons(comparison("a", "3"));

    assertThat(LetciReading.good(LetciDimension.LEVELS, atTargetBeatingAll)).isTrue();
    assertThat(LetciReading.strong(LetciDimension.LEVELS, atTargetBeatingAll)).isTrue();
    assertThat(LetciReading.strong(LetciDimension.LEVELS, atTargetMissingOne)).isFalse();
    // nothing to compare with is not beating every comparison
    assertThat(LetciReading.good(LetciDimension.LEVELS, atTargetWithoutComparisons)).isTrue();
    assertThat(LetciReading.strong(LetciDimension.LEVELS, atTargetWithoutComparisons)).isFalse();
    assertThat(LetciReading.good(LetciDimension.LEVELS, shortOfTargetBeatingAll)).isFalse();
    assertThat(LetciReading.strong(LetciDimension.LEVELS, shortOfTargetBeatingAll)).isFalse();
  }

  @Test
  void trends_are_good_from_three_points_improving_twice_and_strong_improving_four_times() {
    // 3 points, 2 improvements: good, not strong
    assertThat(LetciReading.good(LetciDimension.TRENDS, higher(null, "1", "2", "3"))).isTrue();
    assertThat(LetciReading.strong(LetciDimension.TRENDS, higher(null, "1", "2", "3"))).isFalse();
    // 3 points, 1 improvement (2 → 2 is none): not good
    assertThat(LetciReading.good(LetciDimension.TRENDS, higher(null, "2", "2", "3"))).isFalse();
    // 2 points cannot show a trend
    assertThat(LetciReading.good(LetciDimension.TRENDS, higher(null, "1", "2"))).isFalse();
    // 5 points, 4 improvements: strong; 5 points, 3 improvements: not strong
    Measure four = higher(null, "1", "2", "3", "4", "5");
    Measure three = higher(null, "9", "2", "3", "4", "5");
    assertThat(LetciReading.strong(LetciDimension.TRENDS, four)).isTrue();
    assertThat(LetciReading.good(LetciDimension.TRENDS, four)).isTrue();
    assertThat(LetciReading.strong(LetciDimension.TRENDS, three)).isFalse();
  }

  @Test
  void comparisons_are_good_matching_one_and_strong_matching_every_one() {
    Measure one = higher(null, "5").withComparisons(comparison("a", "5"), comparison("b", "6"));
    Measure all = higher(null, "5").withComparisons(comparison("a", "5"), comparison("b", "4"));
    Measure none = higher(null, "5").withComparisons(comparison("a", "6"));

    assertThat(LetciReading.good(LetciDimension.COMPARISONS, one)).isTrue();
    assertThat(LetciReading.strong(LetciDimension.COMPARISONS, one)).isFalse();
    assertThat(LetciReading.good(LetciDimension.COMPARISONS, all)).isTrue();
    assertThat(LetciReading.strong(LetciDimension.COMPARISONS, all)).isTrue();
    assertThat(LetciReading.good(LetciDimension.COMPARISONS, none)).isFalse();
    assertThat(LetciReading.strong(LetciDimension.COMPARISONS, none)).isFalse();
    assertThat(LetciReading.strong(LetciDimension.COMPARISONS, higher(null, "5"))).isFalse();
  }

  @Test
  void integration_is_good_when_linked_and_strong_when_linked_with_three_points() {
    Measure linkedThree = higher(null, "1", "1", "1").linkedTo("req");
    Measure linkedTwo = higher(null, "1", "1").linkedTo("req");
    Measure unlinkedThree = higher(null, "1", "2", "3");

    assertThat(LetciReading.good(LetciDimension.INTEGRATION, linkedThree)).isTrue();
    assertThat(LetciReading.strong(LetciDimension.INTEGRATION, linkedThree)).isTrue();
    assertThat(LetciReading.good(LetciDimension.INTEGRATION, linkedTwo)).isTrue();
    assertThat(LetciReading.strong(LetciDimension.INTEGRATION, linkedTwo)).isFalse();
    assertThat(LetciReading.good(LetciDimension.INTEGRATION, unlinkedThree)).isFalse();
    assertThat(LetciReading.strong(LetciDimension.INTEGRATION, unlinkedThree)).isFalse();
  }

  @Test
  void the_band_ladder_holds_at_each_threshold_and_one_below() {
    // of 4 measures: all strong → 6; 3 strong (more than half) → 5; 2 strong (half) is not
    assertThat(LetciReading.band(4, 4, 4)).isEqualTo(6);
    assertThat(LetciReading.band(4, 3, 4)).isEqualTo(5);
    assertThat(LetciReading.band(4, 2, 4)).isEqualTo(4);
    // 3 good (more than half) → 4; 2 good (exactly half) → 3; 1 good → 2; none → 1
    assertThat(LetciReading.band(3, 0, 4)).isEqualTo(4);
    assertThat(LetciReading.band(2, 1, 4)).isEqualTo(3);
    assertThat(LetciReading.band(1, 1, 4)).isEqualTo(2);
    assertThat(LetciReading.band(0, 0, 4)).isEqualTo(1);
    // of 5: 3 strong → 5 (6 > 5); 3 good → 4; 2 good is less than half → 2
    assertThat(LetciReading.band(5, 3, 5)).isEqualTo(5);
    assertThat(LetciReading.band(3, 2, 5)).isEqualTo(4);
    assertThat(LetciReading.band(2, 0, 5)).isEqualTo(2);
    // a single measure strong → 6; good only → 4 (2 > 1)
    assertThat(LetciReading.band(1, 1, 1)).isEqualTo(6);
    assertThat(LetciReading.band(1, 0, 1)).isEqualTo(4);
  }

  @Test
  void short_of_next_is_how_many_more_measures_the_next_band_needs() {
    // band 1 → 2 needs one good measure
    assertThat(LetciReading.shortOfNext(1, 0, 0, 4)).isEqualTo(1);
    // band 2 → 3 needs half: of 4, (4 + 1) / 2 = 2 good, has 1 → 1; of 5, 3 − 1 = 2
    assertThat(LetciReading.shortOfNext(2, 1, 0, 4)).isEqualTo(1);
    assertThat(LetciReading.shortOfNext(2, 1, 0, 5)).isEqualTo(2);
    // band 3 → 4 needs more than half good: of 4, 4 / 2 + 1 = 3, has 2 → 1; of 5, 3 − 2 = 1
    assertThat(LetciReading.shortOfNext(3, 2, 0, 4)).isEqualTo(1);
    assertThat(LetciReading.shortOfNext(3, 2, 0, 5)).isEqualTo(1);
    // band 4 → 5 needs more than half strong: of 4, 3 strong, has 1 → 2
    assertThat(LetciReading.shortOfNext(4, 4, 1, 4)).isEqualTo(2);
    // band 5 → 6 needs all strong: of 4, has 3 → 1
    assertThat(LetciReading.shortOfNext(5, 4, 3, 4)).isEqualTo(1);
  }

  @Test
  void the_best_fit_is_the_band_three_dimensions_reach() {
    // sorted 2, 3, 4, 5: the third from the top is 3
    assertThat(LetciReading.bestFit(List.of(5, 2, 4, 3))).isEqualTo(3);
    assertThat(LetciReading.bestFit(List.of(4, 4, 4, 1))).isEqualTo(4);
    assertThat(LetciReading.bestFit(List.of(6, 6, 6))).isEqualTo(6);
  }

  @Test
  void a_missing_dimension_or_measure_is_refused_by_name() {
    Measure m = higher("1", "1");
    assertThatThrownBy(() -> LetciReading.good(null, m))
        .isExactlyInstanceOf(MissingValueException.class)
        .hasMessageContaining("dimension cannot be null");
    assertThatThrownBy(() -> LetciReading.strong(null, m))
        .isExactlyInstanceOf(MissingValueException.class)
        .hasMessageContaining("dimension cannot be null");
    assertThatThrownBy(() -> LetciReading.good(LetciDimension.INTEGRATION, null))
        .isExactlyInstanceOf(MissingValueException.class)
        .hasMessageContaining("m cannot be null");
    assertThatThrownBy(() -> LetciReading.strong(LetciDimension.INTEGRATION, null))
        .isExactlyInstanceOf(MissingValueException.class)
        .hasMessageContaining("m cannot be null");
  }
}
