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
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.Band;
import io.github.assessmentkit.scale.BandScale;
import io.github.assessmentkit.scale.Direction;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.testing.PlanRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Suggestions at the ends of the ladder: every dimension at the top, a scale with fewer bands than
 * the reading, a single weak measure, and what each dimension and the next band miss.
 */
class ResultsSuggesterCasesTest {
  /** Two bands: 0 or 25 %, and 50, 75 or 100 %. */
  private static final BandScale HALVES =
      new BandScale(
          Text.en("halves"),
          List.of(),
          List.of(
              new Band(1, List.of(0, 25), Text.en("low"), Map.of()),
              new Band(2, List.of(50, 75, 100), Text.en("high"), Map.of())));

  /** Five items of 20 points: R1, R4, R5 on the six bands, R2 yes/partial/no, R3 on halves. */
  private final Rubric rubric =
      Rubric.builder("results-test", "1")
          .title(Text.en("Results"))
          .provenance(Provenance.unverified(Text.en("test"), Text.en("made up for tests")))
          .defaultStrategy(Strategies.WEIGHTED_MEAN)
          .criterion(item("1", MiniRubrics.band("R1")))
          .criterion(item("2", MiniRubrics.yesNo("R2")))
          .criterion(item("3", Indicator.of("R3", Text.en("R3"), HALVES)))
          .criterion(item("4", MiniRubrics.band("R4")))
          .criterion(item("5", MiniRubrics.band("R5")))
          .build();

  private static Criterion item(String id, Indicator indicator) {
    return Criterion.builder(id, Text.en("Item " + id)).points(20).indicator(indicator).build();
  }

  private static Measure measure(String id, String target, String... values) {
    List<Observation> series = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      series.add(new Observation(FiscalYear.ofBuddhistEra(2562 + i), new BigDecimal(values[i])));
    }
    return new Measure(
        id,
        Text.en(id),
        "%",
        Direction.HIGHER_IS_BETTER,
        target == null ? null : new BigDecimal(target),
        series);
  }

  // strong: 1, 2, 3, 4, 5 (four rises in five points), target 5 reached, the province's 4.5
  //   beaten, linked: strong in every dimension
  // weak: a single 7, no target, no comparison, linked: good in integration only
  // bare: a single 3, nothing else
  // empty: linked, but never observed; it backs R1 and is left out
  private final Assessment assessment =
      PlanRubrics.in(rubric, 2566)
          .measure(
              measure("strong", "5", "1", "2", "3", "4", "5")
                  .withComparisons(
                      new Comparison("province", Text.en("province"), new BigDecimal("4.5")))
                  .backing("R1", "R2", "R3")
                  .linkedTo("members"))
          .measure(measure("weak", null, "7").backing("R4", "R5").linkedTo("members"))
          .measure(measure("bare", null, "3").backing("R5"))
          .measure(measure("empty", "1").backing("R1").linkedTo("members"))
          .build();

  @Test
  void a_measure_strong_in_every_dimension_suggests_the_top_band_with_nothing_missing() {
    ResultSuggestion s = ResultsSuggester.suggest(rubric, assessment, "R1").orElseThrow();

    // n = 1, good = strong = 1 in each dimension: band 6 four times; best fit 6; 90 % is its least
    assertThat(s.measureIds()).containsExactly("strong");
    assertThat(s.dimensions())
        .extracting(
            DimensionEvidence::band,
            DimensionEvidence::good,
            DimensionEvidence::strong,
            DimensionEvidence::measures)
        .containsOnly(org.assertj.core.groups.Tuple.tuple(6, 1, 1, 1));
    assertThat(s.dimensions()).allSatisfy(d -> assertThat(d.toNext()).isNull());
    assertThat(s.band()).isEqualTo(6);
    assertThat(s.percent()).isEqualTo(90);
    assertThat(s.missing()).isNull();
    assertThat(s.summary().get(Language.EN))
        .isEqualTo("R1: band 6 suggested (90 %): Le 6, T 6, C 6, I 6");
  }

  @Test
  void a_scale_with_fewer_bands_caps_the_suggestion_at_its_top_band() {
    ResultSuggestion s = ResultsSuggester.suggest(rubric, assessment, "R3").orElseThrow();

    // the reading says 6, the halves have 2 bands: band 2, whose least percent is 50
    assertThat(s.band()).isEqualTo(2);
    assertThat(s.percent()).isEqualTo(50);
    assertThat(s.missing()).isNull();
  }

  @Test
  void a_single_weak_measure_suggests_band_1_and_says_what_band_2_misses() {
    ResultSuggestion s = ResultsSuggester.suggest(rubric, assessment, "R4").orElseThrow();

    // Levels, Trends, Comparisons: good 0 of 1 → band 1; Integration: good 1, strong 0
    // (one point, three needed) → 2·1 > 1 → band 4. Sorted 1, 1, 1, 4: best fit 1, 0 %
    assertThat(s.dimensions()).extracting(DimensionEvidence::band).containsExactly(1, 1, 1, 4);
    assertThat(s.band()).isEqualTo(1);
    assertThat(s.percent()).isZero();
    // below band 2 each needs 1 − 0 = 1 good measure; Integration needs 1 / 2 + 1 − 0 = 1 strong
    assertThat(s.dimension(LetciDimension.INTEGRATION).toNext().get(Language.EN))
        .isEqualTo(
            "Integration: band 5 needs 1 more measure linked to a key requirement with at least 3"
                + " points to project from");
    assertThat(s.missing().get(Language.EN))
        .isEqualTo(
            "band 2 needs 3 of the 4 dimensions at band 2 or above; 1 is"
                + "; Levels: band 2 needs 1 more measure at or beyond its target"
                + "; Trends: band 2 needs 1 more measure improving over the last 2 periods"
                + " (at least 3 points)"
                + "; Comparisons: band 2 needs 1 more measure at or beyond at least one"
                + " comparison");
    assertThat(s.dimension(LetciDimension.LEVELS).evidence().get(Language.EN))
        .isEqualTo(
            "0 of 1 measure at or beyond its target, 0 at or beyond its target and every"
                + " comparison (weak 7, no target)");
  }

  @Test
  void half_the_measures_good_is_band_3_and_asks_for_one_more_good_one() {
    ResultSuggestion s = ResultsSuggester.suggest(rubric, assessment, "R5").orElseThrow();

    // weak and bare: Integration good 1 of 2: 2·1 = 2, half → band 3; it needs
    // 2 / 2 + 1 − 1 = 1 more good measure for band 4
    assertThat(s.measureIds()).containsExactly("weak", "bare");
    DimensionEvidence integration = s.dimension(LetciDimension.INTEGRATION);
    assertThat(integration.band()).isEqualTo(3);
    assertThat(integration.toNext().get(Language.EN))
        .isEqualTo("Integration: band 4 needs 1 more measure linked to a key requirement");
    assertThat(s.band()).isEqualTo(1);
  }

  @Test
  void only_band_scale_indicators_backed_by_observed_measures_get_suggestions() {
    assertThat(ResultsSuggester.suggest(rubric, assessment))
        .extracting(ResultSuggestion::indicatorId)
        .containsExactly("R1", "R3", "R4", "R5");
    assertThatThrownBy(() -> ResultsSuggester.suggest(rubric, assessment, "R2"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "indicator R2 is not on a band scale, so no LeTCI band can be suggested for it");
    SuggestionReport report = ResultsSuggester.report(rubric, assessment);
    assertThat(report.assessmentId()).isEqualTo("coop-1-2566");
    assertThat(report.subjectId()).isEqualTo("coop-1");
    assertThat(report.rubric()).isEqualTo(rubric.ref());
    assertThat(report.period()).isEqualTo(FiscalYear.ofBuddhistEra(2566));
    assertThat(report.suggestions())
        .extracting(ResultSuggestion::indicatorId)
        .containsExactly("R1", "R3", "R4", "R5");
  }

  @Test
  void applying_a_suggestion_to_an_unrated_indicator_adds_its_rating_after_the_others() {
    Assessment rated =
        PlanRubrics.in(rubric, 2566)
            .rating(Rating.of("R4", 0))
            .measure(measure("strong", "5", "5").backing("R1"))
            .build();
    ResultSuggestion s = ResultsSuggester.suggest(rubric, assessment, "R1").orElseThrow();

    Assessment applied = s.apply(rated);

    assertThat(s.differsFrom(rated)).isEmpty();
    assertThat(applied.ratings()).extracting(Rating::indicatorId).containsExactly("R4", "R1");
    Rating r1 = applied.rating("R1").orElseThrow();
    assertThat(r1.state()).isEqualTo(new RatingState.Rated(RatingValue.of(90)));
    assertThat(r1.rationale())
        .isEqualTo(
            s.summary().get(Language.TH)
                + " | "
                + "R1: band 6 suggested (90 %): Le 6, T 6, C 6, I 6");
    assertThat(applied.rating("R4")).isEqualTo(rated.rating("R4"));
    assertThat(applied.measures()).isEqualTo(rated.measures());
    assertThat(s.differsFrom(applied)).isEmpty();
  }

  @Test
  void a_suggestion_needs_a_measure_a_band_a_percent_in_range_and_the_four_dimensions() {
    List<DimensionEvidence> four =
        ResultsSuggester.suggest(rubric, assessment, "R1").orElseThrow().dimensions();

    assertThat(new ResultSuggestion("R1", List.of("m"), 1, 0, four, null).percent()).isZero();
    assertThat(new ResultSuggestion("R1", List.of("m"), 1, 100, four, null).percent())
        .isEqualTo(100);
    List<Runnable> wrong =
        List.of(
            () -> new ResultSuggestion("R1", List.of(), 1, 0, four, null),
            () -> new ResultSuggestion("R1", List.of("m"), 0, 0, four, null),
            () -> new ResultSuggestion("R1", List.of("m"), 1, -1, four, null),
            () -> new ResultSuggestion("R1", List.of("m"), 1, 101, four, null),
            () -> new ResultSuggestion("R1", List.of("m"), 1, 0, four.subList(0, 3), null),
            () ->
                new ResultSuggestion(
                    "R1",
                    List.of("m"),
                    1,
                    0,
                    List.of(four.get(1), four.get(0), four.get(2), four.get(3)),
                    null));
    for (Runnable w : wrong) {
      assertThatThrownBy(w::run)
          .isInstanceOf(InvalidValueException.class)
          .hasMessageStartingWith("the suggestion for R1 (band ");
    }
  }

  @Test
  void on_a_scale_of_more_bands_than_the_reading_the_top_reading_misses_nothing() {
    // seven bands of 0, 10, ..., 60 and 70..100 %; the reading tops out at band 6
    List<Band> bands = new ArrayList<>();
    for (int b = 1; b <= 6; b++) {
      bands.add(new Band(b, List.of(10 * (b - 1)), Text.en("b" + b), Map.of()));
    }
    bands.add(new Band(7, List.of(70, 80, 90, 100), Text.en("b7"), Map.of()));
    Rubric sevens =
        Rubric.builder("results-seven", "1")
            .title(Text.en("Results"))
            .provenance(Provenance.unverified(Text.en("test"), Text.en("made up for tests")))
            .defaultStrategy(Strategies.WEIGHTED_MEAN)
            .criterion(
                item(
                    "1",
                    Indicator.of(
                        "R7", Text.en("R7"), new BandScale(Text.en("sevens"), List.of(), bands))))
            .build();
    Assessment a =
        PlanRubrics.in(sevens, 2566)
            .measure(
                measure("strong", "5", "1", "2", "3", "4", "5")
                    .withComparisons(
                        new Comparison("province", Text.en("province"), new BigDecimal("4.5")))
                    .backing("R7")
                    .linkedTo("members"))
            .build();

    ResultSuggestion s = ResultsSuggester.suggest(sevens, a, "R7").orElseThrow();

    // band 6 of 7: its least percent is 50, and no band above 6 can be read
    assertThat(s.band()).isEqualTo(6);
    assertThat(s.percent()).isEqualTo(50);
    assertThat(s.missing()).isNull();
  }
}
