package io.github.assessmentkit.scoring;

import static io.github.assessmentkit.testing.MiniRubrics.assessmentOf;
import static io.github.assessmentkit.testing.MiniRubrics.yesNo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentBuilder;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.NotApplicablePolicy;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.spi.Coverage;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rubric's not-applicable policy, on the checklist: total 100 split by weight 2 : 1 into G1
 * 66.67 and G2 33.33 (the cent left over goes to the larger remainder); G1's 66.67 into G1.1 33.34
 * and G1.2 33.33 (a tie: the earlier part gets the cent); G2's 33.33 into 11.11 x 3.
 */
class NotApplicablePolicyTest {
  private final Rubric exclude = MiniRubrics.checklist();
  private final Rubric countAsMet =
      Rubric.from(exclude).notApplicablePolicy(NotApplicablePolicy.COUNT_AS_MET).build();

  /** G1.1 yes, G1.2 no, G2.1 yes, G2.2 no, G2.3 not applicable. */
  private static AssessmentBuilder g23NotApplicable(Rubric rubric) {
    return assessmentOf(rubric)
        .rating(Rating.choice("G1.1", "yes"))
        .rating(Rating.choice("G1.2", "no"))
        .rating(Rating.choice("G2.1", "yes"))
        .rating(Rating.choice("G2.2", "no"))
        .rating(Rating.notApplicable("G2.3", "the group runs no store"));
  }

  private static BigDecimal points(String value) {
    return new BigDecimal(value);
  }

  @Test
  void excluding_moves_the_points_of_a_not_applicable_indicator_to_its_siblings() {
    // when
    Scorecard card = Scorer.standard().score(exclude, g23NotApplicable(exclude).build());

    // then G2 keeps its 33.33, now split over G2.1 and G2.2: 16.67 + 16.66 (tie, earlier first)
    NodeScore g2 = card.node("G2").orElseThrow();
    assertThat(g2.possible()).isEqualTo(points("33.33"));
    assertThat(card.root().indicator("G2.1").orElseThrow().possible()).isEqualTo(points("16.67"));
    assertThat(card.root().indicator("G2.2").orElseThrow().possible()).isEqualTo(points("16.66"));
    // exactly G2 = 50/3 (G2.1 yes) + 0 = 50/3; G1 = 100/3 (G1.1 yes) + 0; total 150/3 = 50.00
    // of 100.00. Shown: 33.333.. and 16.666.. cut to 33.33 + 16.66 = 49.99; the cent left goes to
    // the larger remainder, G2's 2/3 cent: G1 33.33, G2 16.67
    assertThat(g2.earned()).isEqualTo(points("16.67"));
    assertThat(card.node("G1").orElseThrow().earned()).isEqualTo(points("33.33"));
    assertThat(card.total()).isEqualTo(points("50.00"));
    assertThat(card.possible()).isEqualTo(points("100.00"));
    // the not-applicable line carries no number at all
    IndicatorScore g23 = card.root().indicator("G2.3").orElseThrow();
    assertThat(g23.status()).isEqualTo(IndicatorStatus.NOT_APPLICABLE);
    assertThat(g23.possible()).isEqualTo(points("0.00"));
    assertThat(g23.earned()).isNull();
    assertThat(g23.value()).isNull();
    // and it leaves coverage: 4 ratable, 4 rated, 2 met
    assertThat(card.coverage()).isEqualTo(new Coverage(4, 4, 2));
  }

  @Test
  void counting_as_met_gives_a_not_applicable_indicator_its_full_share() {
    // when
    Scorecard card = Scorer.standard().score(countAsMet, g23NotApplicable(countAsMet).build());

    // then G2 = 11.11 (yes) + 0 (no) + 11.11 (n/a, counted met) = 22.22; G1 = 33.34
    IndicatorScore g23 = card.root().indicator("G2.3").orElseThrow();
    assertThat(g23.status()).isEqualTo(IndicatorStatus.NOT_APPLICABLE);
    assertThat(g23.possible()).isEqualTo(points("11.11"));
    assertThat(g23.earned()).isEqualTo(points("11.11"));
    assertThat(g23.label().get(Language.EN)).isEqualTo("not applicable (counted as met)");
    assertThat(card.node("G2").orElseThrow().earned()).isEqualTo(points("22.22"));
    // total 33.34 + 22.22 = 55.56 of 100.00; coverage 5 ratable, 5 rated, 3 met
    assertThat(card.total()).isEqualTo(points("55.56"));
    assertThat(card.possible()).isEqualTo(points("100.00"));
    assertThat(card.coverage()).isEqualTo(new Coverage(5, 5, 3));
  }

  @Test
  void a_criterion_with_nothing_applicable_hands_its_points_to_its_siblings_and_is_reported() {
    // given G2 entirely not applicable; G1.1 yes, G1.2 partial
    Assessment a =
        assessmentOf(exclude)
            .rating(Rating.choice("G1.1", "yes"))
            .rating(Rating.choice("G1.2", "partial"))
            .rating(Rating.notApplicable("G2.1", "no store"))
            .rating(Rating.notApplicable("G2.2", "no store"))
            .rating(Rating.notApplicable("G2.3", "no store"))
            .build();

    // when
    Scorecard card = Scorer.standard().score(exclude, a);

    // then G2 leaves: G1 takes all 100 = 50.00 + 50.00; G1 = 50.00 + 0.5 x 50.00 = 75.00
    NodeScore g2 = card.node("G2").orElseThrow();
    assertThat(g2.applicable()).isFalse();
    assertThat(g2.possible()).isEqualTo(points("0.00"));
    assertThat(g2.explanation().rule().get(Language.EN))
        .isEqualTo("not applicable: its points move to its siblings");
    assertThat(card.node("G1").orElseThrow().possible()).isEqualTo(points("100.00"));
    assertThat(card.total()).isEqualTo(points("75.00"));
    assertThat(card.warnings())
        .containsExactly(
            new ScoreWarning(
                "not-applicable",
                "G2",
                Text.of(
                    "ทุกส่วนของ 'G2' ไม่เกี่ยวข้อง คะแนนจึงย้ายไปยังส่วนอื่น",
                    "every part of 'G2' is not applicable; its points move to its siblings")));

    // and counted as met instead: G2 earns its whole 33.33; G1 = 33.34 + 0.5 x 33.33 = 33.34 +
    // 16.665 -> 16.66 (half-even: 6 is even) = 50.00; total 83.33
    Scorecard met = Scorer.standard().score(countAsMet, a); // same id@version
    assertThat(met.node("G2").orElseThrow().earned()).isEqualTo(points("33.33"));
    assertThat(met.node("G1").orElseThrow().earned()).isEqualTo(points("50.00"));
    assertThat(met.total()).isEqualTo(points("83.33"));
    assertThat(met.warnings()).isEmpty();
  }

  @Test
  void every_strategy_applies_the_policy_the_same_way() {
    // given G2.3 not applicable under exclude-and-renormalise
    Assessment a = g23NotApplicable(exclude).build();

    for (String strategy :
        List.of(
            Strategies.POINTS_SUM,
            Strategies.WEIGHTED_MEAN,
            Strategies.CHECKLIST_FRACTION,
            Strategies.WEAKEST_LINK,
            Strategies.ALL_OR_NOTHING)) {
      // when
      Scorecard card = Scorer.standard().score(exclude, a, strategy);

      // then the same allotment and the same coverage whatever the strategy
      assertThat(card.node("G2").orElseThrow().possible()).as(strategy).isEqualTo(points("33.33"));
      assertThat(card.root().indicator("G2.1").orElseThrow().possible())
          .as(strategy)
          .isEqualTo(points("16.67"));
      assertThat(card.root().indicator("G2.3").orElseThrow().possible())
          .as(strategy)
          .isEqualTo(points("0.00"));
      assertThat(card.node("G2").orElseThrow().coverage())
          .as(strategy)
          .isEqualTo(new Coverage(2, 2, 1));
    }
    // e.g. checklist fraction on G2: 1 met of 2 ratable (not 3) = 1/2 x 100/3 = 50/3; with G1's
    // 1/2 x 200/3 = 100/3 the total is exactly 50.00, shown as 33.33 + 16.67 (the larger
    // remainder, G2's, takes the cent left)
    assertThat(
            Scorer.standard()
                .score(exclude, a, Strategies.CHECKLIST_FRACTION)
                .node("G2")
                .orElseThrow()
                .earned())
        .isEqualTo(points("16.67"));
  }

  @Test
  void a_band_item_not_applicable_moves_its_points_to_the_other_item() {
    // given the mini award with item 1.2 not applicable and 1.1 at 35 %
    Rubric award = MiniRubrics.award();
    Assessment a =
        assessmentOf(award)
            .rating(Rating.of("1.1", 35))
            .rating(Rating.notApplicable("1.2", "no board committee in a farmer group"))
            .rating(Rating.of("2.1", 50))
            .build();

    // when
    Scorecard card = Scorer.standard().score(award, a);

    // then 1.1 now holds category 1's 60: 0.35 x 60 = 21.00; 2.1 = 0.50 x 40 = 20.00; total 41.00
    assertThat(card.node("1.1").orElseThrow().possible()).isEqualTo(points("60.00"));
    assertThat(card.node("1").orElseThrow().earned()).isEqualTo(points("21.00"));
    assertThat(card.total()).isEqualTo(points("41.00"));
  }

  @Test
  void a_zero_point_criterion_left_alone_takes_its_parent_s_points() {
    // given A (10 points) = A.1 (10) + A.2 (0); A.1 is not applicable, A.2 is met
    Rubric r =
        Rubric.builder("zero", "1")
            .title(Text.en("Zero"))
            .provenance(Provenance.unverified(Text.en("test"), Text.en("test")))
            .defaultStrategy(Strategies.POINTS_SUM)
            .criterion(
                Criterion.builder("A", Text.en("A"))
                    .points(10)
                    .child("A.1", Text.en("A.1"), c -> c.points(10).indicator(yesNo("a1")))
                    .child("A.2", Text.en("A.2"), c -> c.points(0).indicator(yesNo("a2")))
                    .build())
            .build();
    Assessment a =
        assessmentOf(r)
            .rating(Rating.notApplicable("a1", "does not apply"))
            .rating(Rating.choice("a2", "yes"))
            .build();

    // when
    Scorecard card = Scorer.standard().score(r, a);

    // then the only applicable part weighs 0; it gets all 10 points rather than dividing by zero
    assertThat(card.node("A.2").orElseThrow().possible()).isEqualTo(points("10.00"));
    assertThat(card.total()).isEqualTo(points("10.00"));
  }

  @Test
  void when_nothing_at_all_applies_the_maximum_stays_and_nothing_is_earned() {
    // given every indicator not applicable
    AssessmentBuilder b = assessmentOf(exclude);
    exclude.indicators().forEach(i -> b.rating(Rating.notApplicable(i.id(), "does not apply")));

    // when
    Scorecard card = Scorer.standard().score(exclude, b.build());

    // then the declared 100 stays the maximum; both categories are reported as left out, and the
    // scorecard says that nothing at all could be scored
    assertThat(card.possible()).isEqualTo(points("100.00"));
    assertThat(card.total()).isEqualTo(points("0.00"));
    assertThat(card.warnings())
        .extracting(ScoreWarning::path)
        .containsExactly("G1", "G2", exclude.id());
    assertThat(card.warnings().get(2).code()).isEqualTo("nothing-applicable");
    assertThat(card.warnings().get(2).message().en())
        .isEqualTo(
            "every criterion of '"
                + exclude.id()
                + "' is rated not applicable, so nothing could be scored");
  }
}
