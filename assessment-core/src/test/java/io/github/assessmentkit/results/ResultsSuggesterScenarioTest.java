package io.github.assessmentkit.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Comparison;
import io.github.assessmentkit.assessment.Measure;
import io.github.assessmentkit.assessment.Observation;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.RatingState;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.Direction;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.testing.PlanRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Three KPI series behind results item 2.1 that support band 4 and say why not band 5. */
class ResultsSuggesterScenarioTest {
  private final Rubric rubric = PlanRubrics.fourItems();

  private static Measure measure(
      String id, Direction direction, String target, int firstYear, String... values) {
    List<Observation> series = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      series.add(
          new Observation(FiscalYear.ofBuddhistEra(firstYear + i), new BigDecimal(values[i])));
    }
    return new Measure(id, Text.en(id), "%", direction, new BigDecimal(target), series);
  }

  private static Comparison comparison(String id, String value) {
    return new Comparison(id, Text.en(id), new BigDecimal(value));
  }

  // savings: up 3.0, 3.8, 4.6, 5.4 (3 periods of improvement in 4 points), target 5 → at target;
  //   province 4.8 and nation 5.0 both beaten; linked, 4 points.
  // arrears (lower is better): 12, 11, 9.5, 7.9 (3 periods), target 8 → at target;
  //   province 7.5 not reached (7.9 > 7.5); linked, 4 points.
  // participation: 70, 76, 78 (2 periods in 3 points), target 80 → short; province 65 beaten;
  //   linked, 3 points.
  private final Assessment assessment =
      PlanRubrics.in(rubric, 2566)
          .rating(Rating.of("2.1", 40))
          .measure(
              measure("savings", Direction.HIGHER_IS_BETTER, "5", 2563, "3.0", "3.8", "4.6", "5.4")
                  .withComparisons(comparison("province", "4.8"), comparison("nation", "5.0"))
                  .backing("2.1")
                  .linkedTo("member-savings"))
          .measure(
              measure("arrears", Direction.LOWER_IS_BETTER, "8", 2563, "12", "11", "9.5", "7.9")
                  .withComparisons(comparison("province", "7.5"))
                  .backing("2.1")
                  .linkedTo("sound-lending"))
          .measure(
              measure("participation", Direction.HIGHER_IS_BETTER, "80", 2564, "70", "76", "78")
                  .withComparisons(comparison("province", "65"))
                  .backing("2.1")
                  .linkedTo("member-voice"))
          .build();

  @Test
  void the_series_support_band_4_and_say_what_band_5_is_missing() {
    // when
    ResultSuggestion s = ResultsSuggester.suggest(rubric, assessment, "2.1").orElseThrow();

    // then, of n = 3 measures:
    // Levels: good = savings, arrears (2); strong = savings (1): 2·2 > 3, 2·1 ≤ 3 → band 4
    // Trends: good = all 3 (streaks 3, 3, 2); strong = none (no streak of 4) → band 4
    // Comparisons: good = savings (2 of 2), participation (1 of 1); strong = the same 2:
    //   2·2 > 3 → band 5
    // Integration: all linked, all with ≥ 3 points: good = strong = 3 → band 6
    // best fit: bands 4, 4, 5, 6 → the second lowest, 4; its lowest percent on the scale is 50
    assertThat(s.measureIds()).containsExactly("savings", "arrears", "participation");
    assertThat(s.dimensions()).extracting(DimensionEvidence::band).containsExactly(4, 4, 5, 6);
    assertThat(s.dimension(LetciDimension.LEVELS).good()).isEqualTo(2);
    assertThat(s.dimension(LetciDimension.LEVELS).strong()).isEqualTo(1);
    assertThat(s.dimension(LetciDimension.TRENDS).good()).isEqualTo(3);
    assertThat(s.dimension(LetciDimension.TRENDS).strong()).isZero();
    assertThat(s.band()).isEqualTo(4);
    assertThat(s.percent()).isEqualTo(50);
    // band 5 needs three dimensions at 5; only Comparisons and Integration are. Levels needs
    // 3 / 2 + 1 − 1 = 1 more strong measure; Trends 3 / 2 + 1 − 0 = 2 more sustained ones.
    assertThat(s.missing()).isNotNull();
    assertThat(s.missing().get(Language.EN))
        .isEqualTo(
            "band 5 needs 3 of the 4 dimensions at band 5 or above; 2 are"
                + "; Levels: band 5 needs 1 more measure at or beyond its target and every comparison"
                + "; Trends: band 5 needs 2 more measures improving over the last 4 periods"
                + " (at least five points)");
    assertThat(s.dimension(LetciDimension.TRENDS).evidence().get(Language.EN))
        .isEqualTo(
            "3 of 3 measures improving over the last 2 periods (at least 3 points), 0 improving"
                + " over the last 4 periods (at least five points) (savings 3 periods of"
                + " improvement in 4 points; arrears 3 periods of improvement in 4 points;"
                + " participation 2 periods of improvement in 3 points)");
    assertThat(s.summary().get(Language.EN))
        .isEqualTo("2.1: band 4 suggested (50 %): Le 4, T 4, C 5, I 6");
  }

  @Test
  void the_assessors_rating_stands_until_the_suggestion_is_applied() {
    // given
    ResultSuggestion s = ResultsSuggester.suggest(rubric, assessment, "2.1").orElseThrow();

    // when
    Assessment applied = s.apply(assessment);

    // then: the assessor gave 40; applying sets 50 and leaves the original as it was
    assertThat(assessment.rating("2.1").orElseThrow().state())
        .isEqualTo(new RatingState.Rated(RatingValue.of(40)));
    assertThat(s.differsFrom(assessment)).isPresent();
    assertThat(applied.rating("2.1").orElseThrow().state())
        .isEqualTo(new RatingState.Rated(RatingValue.of(50)));
    assertThat(applied.rating("2.1").orElseThrow().rationale()).contains("band 4 suggested");
    assertThat(s.differsFrom(applied)).isEmpty();
  }

  @Test
  void an_indicator_without_measures_gets_no_suggestion_and_a_process_scale_is_refused() {
    // when / then: only 2.1 is backed
    assertThat(ResultsSuggester.suggest(rubric, assessment))
        .extracting(ResultSuggestion::indicatorId)
        .containsExactly("2.1");
    assertThat(ResultsSuggester.suggest(rubric, assessment, "2.2")).isEmpty();
    assertThatThrownBy(() -> ResultsSuggester.suggest(rubric, assessment, "9.9"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("the rubric has no indicator 9.9");
  }

  @Test
  void the_reading_is_marked_unverified_and_its_ladder_reads_as_documented() {
    // 1 of 3 good → 2; 2 of 4 good → 3 (half); 3 of 4 → 4 (most); 3 strong of 4 → 5; 4 of 4 → 6
    assertThat(LetciReading.VERIFIED).isFalse();
    assertThat(LetciReading.band(0, 0, 3)).isEqualTo(1);
    assertThat(LetciReading.band(1, 0, 3)).isEqualTo(2);
    assertThat(LetciReading.band(2, 0, 4)).isEqualTo(3);
    assertThat(LetciReading.band(3, 0, 4)).isEqualTo(4);
    assertThat(LetciReading.band(4, 3, 4)).isEqualTo(5);
    assertThat(LetciReading.band(4, 4, 4)).isEqualTo(6);
    assertThat(LetciReading.bestFit(List.of(1, 6, 6, 6))).isEqualTo(6);
    assertThat(LetciReading.bestFit(List.of(1, 2, 6, 6))).isEqualTo(2);
  }
}
