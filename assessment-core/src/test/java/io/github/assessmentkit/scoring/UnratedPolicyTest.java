package io.github.assessmentkit.scoring;

import static io.github.assessmentkit.testing.MiniRubrics.yesNo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.RubricBuilder;
import io.github.assessmentkit.rubric.UnratedPolicy;
import io.github.assessmentkit.spi.Coverage;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * What a missing rating ({@link RubricBuilder#whenMissing}) and an unknown rating ({@link
 * RubricBuilder#whenUnknown}) do under each {@link UnratedPolicy}, rubric-wide and per criterion.
 * Whatever the policy, the indicator stays in the coverage as not rated and is warned of.
 *
 * <p>The tree: K (30 points) holds k1, k2, k3, 10 each. Rated: k1 yes, k2 partial; k3 is either not
 * rated at all or rated unknown.
 */
class UnratedPolicyTest {
  private static final Provenance TEST = Provenance.unverified(Text.en("test"), Text.en("test"));

  private static RubricBuilder base() {
    return Rubric.builder("unrated", "1")
        .title(Text.en("Unrated"))
        .provenance(TEST)
        .defaultStrategy(Strategies.POINTS_SUM)
        .criterion(
            Criterion.builder("K", Text.en("K"))
                .points(30)
                .indicator(yesNo("k1"))
                .indicator(yesNo("k2"))
                .indicator(yesNo("k3"))
                .build());
  }

  private static Assessment k3(Rubric r, Rating... k3) {
    Rating[] all = new Rating[2 + k3.length];
    all[0] = Rating.choice("k1", "yes");
    all[1] = Rating.choice("k2", "partial");
    System.arraycopy(k3, 0, all, 2, k3.length);
    return Assessment.quick(r, all);
  }

  private static final Rating K3_UNKNOWN = Rating.unknown("k3", "the minutes were lost");

  private static BigDecimal points(String value) {
    return new BigDecimal(value);
  }

  /**
   * Scores k3 missing under a missing policy and k3 unknown under the same unknown policy, and
   * checks both against the same expectations.
   */
  private static void bothWays(UnratedPolicy policy, BiConsumer<Scorecard, String> check) {
    Rubric missing = base().whenMissing(policy).build();
    Rubric unknown = base().whenUnknown(policy).build();
    check.accept(Scorer.standard().score(missing, k3(missing)), "not-rated");
    check.accept(Scorer.standard().score(unknown, k3(unknown, K3_UNKNOWN)), "unknown");
  }

  @Test
  void counted_as_zero_an_unrated_indicator_earns_nothing_and_keeps_its_points_in_the_maximum() {
    bothWays(
        UnratedPolicy.COUNT_AS_ZERO,
        (card, warning) -> {
          // then K = 10 (k1 yes) + 1/2 x 10 (k2 partial) + 0 (k3) = 15 of 30 = 50.00 %
          IndicatorScore k3 = card.root().indicator("k3").orElseThrow();
          assertThat(k3.possible()).as(warning).isEqualTo(points("10.00"));
          assertThat(k3.earned()).as(warning).isNull();
          assertThat(card.total()).as(warning).isEqualTo(points("15.00"));
          assertThat(card.possible()).as(warning).isEqualTo(points("30.00"));
          assertThat(card.percent()).as(warning).isEqualTo(points("50.00"));
          // coverage 3 ratable, 2 rated, 1 met; k3 warned of
          assertThat(card.coverage()).as(warning).isEqualTo(new Coverage(3, 2, 1));
          assertThat(card.warnings())
              .extracting(w -> w.code() + " " + w.path())
              .containsExactly(warning + " k3");
        });
  }

  @Test
  void the_default_for_both_is_to_count_as_zero() {
    // when
    Rubric r = base().build();
    Scorecard missing = Scorer.standard().score(r, k3(r));
    Scorecard unknown = Scorer.standard().score(r, k3(r, K3_UNKNOWN));

    // then as above: 15 of 30
    assertThat(missing.total()).isEqualTo(points("15.00"));
    assertThat(unknown.total()).isEqualTo(points("15.00"));
    assertThat(missing.possible()).isEqualTo(points("30.00"));
  }

  @Test
  void excluded_and_renormalised_an_unrated_indicator_leaves_the_mean_of_what_was_assessed() {
    bothWays(
        UnratedPolicy.EXCLUDE_AND_RENORMALISE,
        (card, warning) -> {
          // then k3's 10 go to k1 and k2: 15 each; K = 15 + 1/2 x 15 = 22.5 of 30 = 75.00 %, the
          // mean of what was assessed, (1 + 1/2) / 2
          assertThat(card.root().indicator("k1").orElseThrow().possible())
              .as(warning)
              .isEqualTo(points("15.00"));
          assertThat(card.root().indicator("k3").orElseThrow().possible())
              .as(warning)
              .isEqualTo(points("0.00"));
          assertThat(card.total()).as(warning).isEqualTo(points("22.50"));
          assertThat(card.possible()).as(warning).isEqualTo(points("30.00"));
          assertThat(card.percent()).as(warning).isEqualTo(points("75.00"));
          // k3 is still reported: ratable and not rated, and warned of
          assertThat(card.coverage()).as(warning).isEqualTo(new Coverage(3, 2, 1));
          assertThat(card.warnings())
              .extracting(w -> w.code() + " " + w.path())
              .containsExactly(warning + " k3");
        });
  }

  @Test
  void excluded_from_the_maximum_an_unrated_indicator_takes_its_points_out_of_the_total() {
    bothWays(
        UnratedPolicy.EXCLUDE_FROM_MAXIMUM,
        (card, warning) -> {
          // then k3 leaves with its 10: K = 10 + 5 = 15 of 20 = 75.00 %; the total 15 of 20
          assertThat(card.root().indicator("k1").orElseThrow().possible())
              .as(warning)
              .isEqualTo(points("10.00"));
          assertThat(card.node("K").orElseThrow().exactPossible())
              .as(warning)
              .isEqualTo(Ratio.of(20));
          assertThat(card.total()).as(warning).isEqualTo(points("15.00"));
          assertThat(card.possible()).as(warning).isEqualTo(points("20.00"));
          assertThat(card.percent()).as(warning).isEqualTo(points("75.00"));
          assertThat(card.coverage()).as(warning).isEqualTo(new Coverage(3, 2, 1));
          assertThat(card.warnings())
              .extracting(w -> w.code() + " " + w.path())
              .containsExactly(warning + " k3");
        });
  }

  @Test
  void one_criterion_counts_unknown_as_a_failure_while_another_leaves_it_out() {
    // given the rubric leaves out both missing ("not checked") and unknown ratings; E (20 points,
    // e1..e4) declares that an unknown rating ("error") is a failure; N (10 points, n1..n3)
    // follows the rubric
    Rubric r =
        Rubric.builder("error-vs-not-checked", "1")
            .title(Text.en("Error versus not checked"))
            .provenance(TEST)
            .defaultStrategy(Strategies.POINTS_SUM)
            .whenMissing(UnratedPolicy.EXCLUDE_AND_RENORMALISE)
            .whenUnknown(UnratedPolicy.EXCLUDE_AND_RENORMALISE)
            .criterion(
                Criterion.builder("E", Text.en("E"))
                    .points(20)
                    .whenUnknown(UnratedPolicy.COUNT_AS_ZERO)
                    .indicator(yesNo("e1"))
                    .indicator(yesNo("e2"))
                    .indicator(yesNo("e3"))
                    .indicator(yesNo("e4"))
                    .build())
            .criterion(
                Criterion.builder("N", Text.en("N"))
                    .points(10)
                    .indicator(yesNo("n1"))
                    .indicator(yesNo("n2"))
                    .indicator(yesNo("n3"))
                    .build())
            .build();
    Assessment a =
        Assessment.quick(
            r,
            Rating.choice("e1", "yes"),
            Rating.unknown("e2", "the check ended in an error"),
            // e3 not checked
            Rating.choice("e4", "yes"),
            Rating.choice("n1", "yes"),
            Rating.unknown("n2", "the check ended in an error"),
            Rating.choice("n3", "no"));

    // when
    Scorecard card = Scorer.standard().score(r, a);

    // then in E, e3 (not checked) leaves and e1, e2, e4 share 20: 20/3 each; e2 (error) earns 0
    // and stays in the maximum: E = 2 x 20/3 = 40/3 = 13.333.. -> 13.33 of 20; 2/3 -> 66.67 %
    NodeScore e = card.node("E").orElseThrow();
    assertThat(e.exactEarned()).isEqualTo(Ratio.of(40, 3));
    assertThat(e.earned()).isEqualTo(points("13.33"));
    assertThat(e.possible()).isEqualTo(points("20.00"));
    assertThat(e.percent()).isEqualTo(points("66.67"));
    assertThat(card.root().indicator("e2").orElseThrow().exactPossible())
        .isEqualTo(Ratio.of(20, 3));
    assertThat(card.root().indicator("e3").orElseThrow().possible()).isEqualTo(points("0.00"));
    // in N, n2 (error) leaves: n1 and n3 share 10: 5 + 0 = 5 of 10 = 50.00 %
    NodeScore n = card.node("N").orElseThrow();
    assertThat(card.root().indicator("n2").orElseThrow().possible()).isEqualTo(points("0.00"));
    assertThat(n.earned()).isEqualTo(points("5.00"));
    assertThat(n.percent()).isEqualTo(points("50.00"));
    // total 40/3 + 5 = 55/3 = 18.333.. -> 18.33 of 30; 55/90 = 61.111.. -> 61.11 %
    assertThat(card.root().exactEarned()).isEqualTo(Ratio.of(55, 3));
    assertThat(card.total()).isEqualTo(points("18.33"));
    assertThat(card.possible()).isEqualTo(points("30.00"));
    assertThat(card.percent()).isEqualTo(points("61.11"));
    // coverage: E 4 ratable (e3 and e2 not rated), 2 rated, 2 met; N 3 ratable, 2 rated, 1 met
    assertThat(e.coverage()).isEqualTo(new Coverage(4, 2, 2));
    assertThat(n.coverage()).isEqualTo(new Coverage(3, 2, 1));
    // every gap is warned of, in rubric order, whatever its policy
    assertThat(card.warnings())
        .extracting(w -> w.code() + " " + w.path())
        .containsExactly("unknown e2", "not-rated e3", "unknown n2");
  }

  @Test
  void a_criterion_whose_every_rating_is_left_out_still_reports_its_indicators_as_not_rated() {
    // given missing ratings leave the calculation; L (10 points, l1 and l2) is not rated at all
    Rubric r =
        base()
            .whenMissing(UnratedPolicy.EXCLUDE_AND_RENORMALISE)
            .criterion(
                Criterion.builder("L", Text.en("L"))
                    .points(10)
                    .indicator(yesNo("l1"))
                    .indicator(yesNo("l2"))
                    .build())
            .build();
    Assessment a = k3(r, Rating.choice("k3", "yes"));

    // when
    Scorecard card = Scorer.standard().score(r, a);

    // then L leaves and K takes all 40: 40/3 + 20/3 + 40/3 = 100/3 of 40 (83.33 %)
    assertThat(card.node("K").orElseThrow().possible()).isEqualTo(points("40.00"));
    assertThat(card.percent()).isEqualTo(points("83.33"));
    // and l1 and l2 are warned of, as a left-out indicator is everywhere else: ratable, not
    // rated; K 3 / 3 / 2 and L 2 / 0 / 0 make 5 / 3 / 2, which is not complete
    assertThat(card.warnings())
        .extracting(w -> w.code() + " " + w.path())
        .contains("not-rated l1", "not-rated l2");
    assertThat(card.coverage()).isEqualTo(new Coverage(5, 3, 2));
    assertThat(card.isComplete()).isFalse();
  }
}
