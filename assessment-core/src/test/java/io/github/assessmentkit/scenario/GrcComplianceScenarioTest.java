package io.github.assessmentkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.CriterionBuilder;
import io.github.assessmentkit.rubric.CriterionKind;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.NotApplicablePolicy;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.ResultScale;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.RubricBuilder;
import io.github.assessmentkit.rubric.UnratedPolicy;
import io.github.assessmentkit.scale.NumericScale;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.scoring.NodeScore;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.spi.Coverage;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A GRC compliance assessment: a requirement tree whose requirements carry a weight and a score
 * from 0 to 5 in half points, scored with the aggregations GRC tools offer, through the public API
 * alone.
 *
 * <pre>
 *   S1 Access control          A.1 (weight 1)  A.2 (1)  A.3 (2)
 *   S2 Operations security     O.1 (2)  O.2 (1)  O.3 (1)
 *   S3 Supplier relationships  P.1 (1)  P.2 (1)
 * </pre>
 *
 * <p>The assessment: A.1 4, A.2 3.5, A.3 not applicable; O.1 5, O.2 recorded as not assessed (a
 * rating of unknown), O.3 2; P.1 not applicable, P.2 not assessed (no rating). So the scored rows
 * are A.1, A.2, O.1 and O.3, and S3 has nothing scored.
 */
class GrcComplianceScenarioTest {
  private static final Provenance SOURCE =
      Provenance.unverified(
          Text.en("GRC export"), Text.en("requirements and weights made up for the test"));

  /** 0 to 5 in half points: a score s earns s / 5 of its row's points. */
  private static final NumericScale SCORE =
      NumericScale.of(Text.en("compliance score"), 0, 5).withStep(new BigDecimal("0.5"));

  private static final ResultScale ZERO_TO_FIVE = ResultScale.of(Text.en("compliance score"), 0, 5);

  private static Indicator requirement(String id, long weight) {
    return Indicator.of(id, Text.en("Requirement " + id), SCORE).withWeight(weight);
  }

  /** A section of fixed points, or of weight 1 among the sections when {@code points} is 0. */
  private static Criterion section(String id, long points, Indicator... rows) {
    CriterionBuilder b =
        Criterion.builder(id, Text.en("Section " + id)).kind(CriterionKind.CHECKLIST);
    if (points > 0) {
      b.points(points);
    } else {
      b.weight(1);
    }
    for (Indicator row : rows) {
      b.indicator(row);
    }
    return b.build();
  }

  /**
   * The sum: each row's points are 5 x its weight, so it earns score x weight; a section's points
   * are the sum of its rows'. Rows not applicable or not scored leave the maximum. Its result on
   * 0-5 is earned ÷ possible x 5 = Σ score x weight ÷ Σ weight over the scored rows: the "average"
   * of all scored leaves of the tree.
   */
  private static RubricBuilder sumModel() {
    return Rubric.builder("grc-sum", "1")
        .title(Text.en("Compliance, sum and average"))
        .provenance(SOURCE)
        .defaultStrategy(Strategies.POINTS_SUM)
        .resultScale(ZERO_TO_FIVE)
        .notApplicablePolicy(NotApplicablePolicy.EXCLUDE_FROM_MAXIMUM)
        .whenMissing(UnratedPolicy.EXCLUDE_FROM_MAXIMUM)
        .whenUnknown(UnratedPolicy.EXCLUDE_FROM_MAXIMUM)
        .criterion(
            section("S1", 20, requirement("A.1", 1), requirement("A.2", 1), requirement("A.3", 2)))
        .criterion(
            section("S2", 20, requirement("O.1", 2), requirement("O.2", 1), requirement("O.3", 1)))
        .criterion(section("S3", 10, requirement("P.1", 1), requirement("P.2", 1)));
  }

  /**
   * The average of averages: a weighted mean of the scored rows in each section, and a plain mean
   * of the sections on top; rows not applicable or not scored, and sections with nothing scored,
   * leave their mean.
   */
  private static Rubric averageOfAverages() {
    return Rubric.builder("grc-average-of-averages", "1")
        .title(Text.en("Compliance, average of averages"))
        .provenance(SOURCE)
        .defaultStrategy(Strategies.WEIGHTED_MEAN)
        .totalPoints(100)
        .resultScale(ZERO_TO_FIVE)
        .notApplicablePolicy(NotApplicablePolicy.EXCLUDE_AND_RENORMALISE)
        .whenMissing(UnratedPolicy.EXCLUDE_AND_RENORMALISE)
        .whenUnknown(UnratedPolicy.EXCLUDE_AND_RENORMALISE)
        .criterion(
            section("S1", 0, requirement("A.1", 1), requirement("A.2", 1), requirement("A.3", 2)))
        .criterion(
            section("S2", 0, requirement("O.1", 2), requirement("O.2", 1), requirement("O.3", 1)))
        .criterion(section("S3", 0, requirement("P.1", 1), requirement("P.2", 1)))
        .build();
  }

  private static Rating score(String id, String value) {
    return Rating.of(id, RatingValue.of(new BigDecimal(value)));
  }

  private static Assessment assessment(Rubric r) {
    return Assessment.quick(
        r,
        score("A.1", "4"),
        score("A.2", "3.5"),
        Rating.notApplicable("A.3", "no remote access"),
        score("O.1", "5"),
        Rating.unknown("O.2", "not assessed"),
        score("O.3", "2"),
        Rating.notApplicable("P.1", "no outsourced development"));
  }

  private static BigDecimal value(String value) {
    return new BigDecimal(value);
  }

  @Test
  void average_is_the_weighted_mean_of_every_scored_row_mapped_back_to_0_to_5() {
    // given
    Rubric r = sumModel().build();

    // when
    Scorecard card = Scorer.standard().score(r, assessment(r));

    // then Σ score x weight = 4 x 1 + 3.5 x 1 + 5 x 2 + 2 x 1 = 19.5 over Σ weight = 1 + 1 + 2 + 1
    // = 5: 19.5 / 5 = 3.9 -> 3.90 (the unscored O.2 and P.2 are left out, not counted as 0)
    assertThat(card.scaledResult().orElseThrow().exact()).isEqualTo(Ratio.of(39, 10));
    assertThat(card.scaledResult().orElseThrow().value()).isEqualTo(value("3.90"));
    // per section on 0 to 5, the fraction x 5: S1 (4 + 3.5) / 2 = 3.75; S2 (5 x 2 + 2) / 3 = 4
    NodeScore s1 = card.node("S1").orElseThrow();
    NodeScore s2 = card.node("S2").orElseThrow();
    assertThat(s1.fraction().times(Ratio.of(5))).isEqualTo(Ratio.of(15, 4));
    assertThat(s2.fraction().times(Ratio.of(5))).isEqualTo(Ratio.of(4));
    // S3 has nothing scored, and says so rather than reading 0
    NodeScore s3 = card.node("S3").orElseThrow();
    assertThat(s3.isScored()).isFalse();
    assertThat(s3.applicable()).isFalse();
    assertThat(s3.fraction()).isNull();
    assertThat(card.isScored()).isTrue();
  }

  @Test
  void sum_is_score_times_weight_over_a_maximum_without_the_unscored_rows() {
    // given
    Rubric r = sumModel().build();

    // when
    Scorecard card = Scorer.standard().score(r, assessment(r));

    // then S1: A.3 (not applicable) leaves its 10: 4 + 3.5 = 7.5 of 10 = 75.00 %
    NodeScore s1 = card.node("S1").orElseThrow();
    assertThat(s1.earned()).isEqualTo(value("7.50"));
    assertThat(s1.possible()).isEqualTo(value("10.00"));
    assertThat(s1.percent()).isEqualTo(value("75.00"));
    // S2: O.2 (not assessed) leaves its 5: O.1 5 x 2 = 10, O.3 2 x 1 = 2; 12 of 15 = 80.00 %
    NodeScore s2 = card.node("S2").orElseThrow();
    assertThat(s2.earned()).isEqualTo(value("12.00"));
    assertThat(s2.possible()).isEqualTo(value("15.00"));
    assertThat(s2.percent()).isEqualTo(value("80.00"));
    assertThat(card.root().indicator("O.1").orElseThrow().earned()).isEqualTo(value("10.00"));
    // S3: nothing scored, its 10 leave: 0 of 0
    assertThat(card.node("S3").orElseThrow().possible()).isEqualTo(value("0.00"));
    // total 7.5 + 12 = 19.5 of 10 + 15 = 25 (the declared 50 less 10 + 5 + 10 unscored) = 78.00 %
    assertThat(card.total()).isEqualTo(value("19.50"));
    assertThat(card.possible()).isEqualTo(value("25.00"));
    assertThat(card.percent()).isEqualTo(value("78.00"));
    // coverage: S1 2 rated of 2 ratable (A.3 not applicable), none at 5; S2 O.2 ratable, not
    // rated: 2 of 3, O.1 at 5
    assertThat(s1.coverage()).isEqualTo(new Coverage(2, 2, 0));
    assertThat(s2.coverage()).isEqualTo(new Coverage(3, 2, 1));
    assertThat(card.warnings())
        .extracting(w -> w.code() + " " + w.path())
        .contains("unknown O.2", "not-rated P.2");
  }

  @Test
  void average_of_averages_takes_a_plain_mean_of_the_section_means() {
    // given
    Rubric r = averageOfAverages();

    // when
    Scorecard card = Scorer.standard().score(r, assessment(r));

    // then S1 = 3.75 (3/4), S2 = 4 (4/5), S3 has nothing scored and leaves the mean:
    // (3.75 + 4) / 2 = 3.875 -> 3.88 (half-even: 7 is odd, so up); 31/40 = 77.50 % of 100 points,
    // S1 37.50 of 50 and S2 40.00 of 50
    assertThat(card.node("S1").orElseThrow().fraction()).isEqualTo(Ratio.of(3, 4));
    assertThat(card.node("S2").orElseThrow().fraction()).isEqualTo(Ratio.of(4, 5));
    assertThat(card.node("S3").orElseThrow().isScored()).isFalse();
    assertThat(card.node("S1").orElseThrow().earned()).isEqualTo(value("37.50"));
    assertThat(card.node("S2").orElseThrow().earned()).isEqualTo(value("40.00"));
    assertThat(card.scaledResult().orElseThrow().exact()).isEqualTo(Ratio.of(31, 8));
    assertThat(card.scaledResult().orElseThrow().value()).isEqualTo(value("3.88"));
    assertThat(card.percent()).isEqualTo(value("77.50"));
    // unlike the average of every row, 3.90: S2's 3 rows weigh 4 against S1's 2 rows weighing 2
  }

  @Test
  void not_applicable_may_be_scored_at_a_declared_target_instead() {
    // given the sum, but a row that does not apply scores the target 3 of 5
    Rubric r =
        sumModel().notApplicablePolicy(NotApplicablePolicy.countAt(new BigDecimal("0.6"))).build();

    // when
    Scorecard card = Scorer.standard().score(r, assessment(r));

    // then S1: 4 + 3.5 + A.3 3 x 2 = 13.5 of 20; S2 as before, 12 of 15; S3: P.1 3 x 1 = 3, P.2
    // (not assessed) leaves: 3 of 5; total 28.5 of 40 = 71.25 %; on 0 to 5, 28.5 / 40 x 5 =
    // 57/16 = 3.5625 -> 3.56
    assertThat(card.node("S1").orElseThrow().earned()).isEqualTo(value("13.50"));
    assertThat(card.node("S3").orElseThrow().earned()).isEqualTo(value("3.00"));
    assertThat(card.node("S3").orElseThrow().possible()).isEqualTo(value("5.00"));
    assertThat(card.total()).isEqualTo(value("28.50"));
    assertThat(card.possible()).isEqualTo(value("40.00"));
    assertThat(card.percent()).isEqualTo(value("71.25"));
    assertThat(card.scaledResult().orElseThrow().exact()).isEqualTo(Ratio.of(57, 16));
    assertThat(card.scaledResult().orElseThrow().value()).isEqualTo(value("3.56"));
  }

  @Test
  void an_assessment_with_nothing_scored_is_reported_as_such_not_as_0() {
    // given
    Rubric sum = sumModel().build();
    Rubric means = averageOfAverages();

    // when
    Scorecard bySum = Scorer.standard().score(sum, Assessment.quick(sum));
    Scorecard byMeans = Scorer.standard().score(means, Assessment.quick(means));

    // then neither has a result on 0 to 5, and each says that nothing was scored
    assertThat(bySum.isScored()).isFalse();
    assertThat(bySum.scaledResult()).isEmpty();
    assertThat(bySum.root().fraction()).isNull();
    assertThat(byMeans.isScored()).isFalse();
    assertThat(byMeans.scaledResult()).isEmpty();
    assertThat(byMeans.root().fraction()).isNull();
  }

  @Test
  void a_short_example_of_the_policies_and_the_scales() {
    // given (the example proposed for the README)
    NumericScale score = NumericScale.of(Text.en("score"), 0, 5).withStep(new BigDecimal("0.5"));
    Rubric grc =
        Rubric.builder("grc", "1")
            .title(Text.en("Compliance"))
            .provenance(SOURCE)
            .defaultStrategy(Strategies.POINTS_SUM)
            .notApplicablePolicy(NotApplicablePolicy.EXCLUDE_FROM_MAXIMUM) // sum of what applies
            .whenMissing(UnratedPolicy.EXCLUDE_FROM_MAXIMUM) // not assessed: left out
            .resultScale(ResultScale.of(Text.en("score"), 0, 5)) // also stated on 0-5
            .criterion(
                Criterion.builder("S1", Text.en("Access control"))
                    .points(10)
                    .indicator(Indicator.of("A.1", Text.en("MFA enforced"), score))
                    .indicator(Indicator.of("A.2", Text.en("Access reviewed"), score))
                    .build())
            .criterion(
                Criterion.builder("S2", Text.en("Suppliers"))
                    .points(10)
                    .notApplicable(NotApplicablePolicy.countAt(new BigDecimal("0.6"))) // 3 of 5
                    .indicator(Indicator.of("P.1", Text.en("Suppliers vetted"), score))
                    .indicator(Indicator.of("P.2", Text.en("Contracts reviewed"), score))
                    .build())
            .build();

    // when
    Scorecard card =
        Scorer.standard()
            .score(
                grc,
                Assessment.quick(
                    grc,
                    Rating.of("A.1", 4),
                    Rating.of("P.1", 5),
                    Rating.notApplicable("P.2", "no contracts")));

    // then A.2 (not assessed) leaves with its 5: S1 = 4/5 x 5 = 4 of 5; S2 = 5 + P.2 counted at
    // 0.6 x 5 = 3, 8 of 10; 12 of 15 = 80.00 %, on 0-5: 4/5 x 5 = 4.00
    assertThat(card.total()).isEqualTo(value("12.00"));
    assertThat(card.possible()).isEqualTo(value("15.00"));
    assertThat(card.percent()).isEqualTo(value("80.00"));
    assertThat(card.scaledResult().orElseThrow().value()).isEqualTo(value("4.00"));
    assertThat(card.isScored()).isTrue();
    assertThat(card.warnings())
        .extracting(w -> w.code() + " " + w.path())
        .containsExactly("not-rated A.2");
  }
}
