package io.github.assessmentkit.scoring;

import static io.github.assessmentkit.testing.MiniRubrics.yesNo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.NotApplicablePolicy;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.NumericScale;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.spi.Coverage;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A not-applicable policy declared on a criterion overrides the rubric's and holds for the
 * criterion's subtree, unless a descendant declares its own; {@link NotApplicablePolicy#countAt}
 * counts a not-applicable part at a declared fraction of its points.
 *
 * <p>The tree: 100 points by weight, A (1) and B (1), so 50 / 50. A holds a1, a2 (25 / 25). B holds
 * B.1 (1) and B.2 (1), 25 / 25; B.1 holds b1, b2 and B.2 holds b3, b4, 12.5 each. The rubric counts
 * a not-applicable part as met; B declares exclude-and-renormalise, which B.1 inherits; B.2
 * declares its own, counting at 0.6.
 */
class PerCriterionNotApplicableTest {
  private static final Provenance TEST = Provenance.unverified(Text.en("test"), Text.en("test"));

  private final Rubric rubric =
      Rubric.builder("na-per-criterion", "1")
          .title(Text.en("Not applicable per criterion"))
          .provenance(TEST)
          .defaultStrategy(Strategies.POINTS_SUM)
          .totalPoints(100)
          .notApplicablePolicy(NotApplicablePolicy.COUNT_AS_MET)
          .criterion(
              Criterion.builder("A", Text.en("A"))
                  .weight(1)
                  .indicator(yesNo("a1"))
                  .indicator(yesNo("a2"))
                  .build())
          .criterion(
              Criterion.builder("B", Text.en("B"))
                  .weight(1)
                  .notApplicable(NotApplicablePolicy.EXCLUDE_AND_RENORMALISE)
                  .child(
                      "B.1",
                      Text.en("B.1"),
                      c -> c.weight(1).indicator(yesNo("b1")).indicator(yesNo("b2")))
                  .child(
                      "B.2",
                      Text.en("B.2"),
                      c ->
                          c.weight(1)
                              .notApplicable(NotApplicablePolicy.countAt(new BigDecimal("0.6")))
                              .indicator(yesNo("b3"))
                              .indicator(yesNo("b4")))
                  .build())
          .build();

  /** One not-applicable indicator under each policy: a2, b2 and b4. */
  private final Assessment oneOfEach =
      Assessment.quick(
          rubric,
          Rating.choice("a1", "no"),
          Rating.notApplicable("a2", "no branch office"),
          Rating.choice("b1", "partial"),
          Rating.notApplicable("b2", "no store"),
          Rating.choice("b3", "yes"),
          Rating.notApplicable("b4", "no loans"));

  private static BigDecimal points(String value) {
    return new BigDecimal(value);
  }

  @Test
  void a_criterion_s_policy_overrides_the_rubric_s_and_holds_for_its_subtree() {
    // when
    Scorecard card = Scorer.standard().score(rubric, oneOfEach);

    // then A follows the rubric: a1 no = 0, a2 counted as met = 25; A = 25 of 50 = 50.00 %
    IndicatorScore a2 = card.root().indicator("a2").orElseThrow();
    assertThat(a2.status()).isEqualTo(IndicatorStatus.NOT_APPLICABLE);
    assertThat(a2.earned()).isEqualTo(points("25.00"));
    assertThat(a2.label().get(Language.EN)).isEqualTo("not applicable (counted as met)");
    assertThat(card.node("A").orElseThrow().earned()).isEqualTo(points("25.00"));
    // B.1 inherits B's exclude-and-renormalise: b2 leaves, b1 takes B.1's 25; partial = 1/2 x 25 =
    // 12.5 of 25 = 50.00 %
    IndicatorScore b2 = card.root().indicator("b2").orElseThrow();
    assertThat(b2.possible()).isEqualTo(points("0.00"));
    assertThat(b2.earned()).isNull();
    assertThat(card.root().indicator("b1").orElseThrow().possible()).isEqualTo(points("25.00"));
    NodeScore b1Node = card.node("B.1").orElseThrow();
    assertThat(b1Node.possible()).isEqualTo(points("25.00"));
    assertThat(b1Node.earned()).isEqualTo(points("12.50"));
    assertThat(b1Node.percent()).isEqualTo(points("50.00"));
    // B.2 declares its own: b3 yes = 12.5; b4 at 0.6 x 12.5 = 7.5; B.2 = 20 of 25 = 80.00 %
    IndicatorScore b4 = card.root().indicator("b4").orElseThrow();
    assertThat(b4.fraction()).isEqualTo(Ratio.of(3, 5));
    assertThat(b4.earned()).isEqualTo(points("7.50"));
    assertThat(b4.label().get(Language.EN))
        .isEqualTo("not applicable (counted at 0.6 of its points)");
    assertThat(card.node("B.2").orElseThrow().percent()).isEqualTo(points("80.00"));
    // B = 12.5 + 20 = 32.5 of 50 = 65.00 %; total 25 + 32.5 = 57.5 of 100
    assertThat(card.node("B").orElseThrow().earned()).isEqualTo(points("32.50"));
    assertThat(card.node("B").orElseThrow().percent()).isEqualTo(points("65.00"));
    assertThat(card.root().exactEarned()).isEqualTo(Ratio.of(115, 2));
    assertThat(card.total()).isEqualTo(points("57.50"));
    assertThat(card.possible()).isEqualTo(points("100.00"));
    // coverage: A (a1 rated, a2 counted met) 2 / 2 / 1; B.1 (b2 left out) 1 / 1 / 0; B.2 (b3
    // met, b4 counted at 0.6, not met) 2 / 2 / 1; in all 5 / 5 / 2, and nothing to warn of
    assertThat(card.node("A").orElseThrow().coverage()).isEqualTo(new Coverage(2, 2, 1));
    assertThat(b1Node.coverage()).isEqualTo(new Coverage(1, 1, 0));
    assertThat(card.node("B.2").orElseThrow().coverage()).isEqualTo(new Coverage(2, 2, 1));
    assertThat(card.coverage()).isEqualTo(new Coverage(5, 5, 2));
    assertThat(card.warnings()).isEmpty();
  }

  @Test
  void without_the_criterion_s_declaration_its_subtree_follows_the_rubric_again() {
    // given the same rubric with B's and B.2's declarations removed
    Rubric rubricWide =
        Rubric.from(rubric)
            .modify("B", c -> c.notApplicable(null))
            .modify("B.2", c -> c.notApplicable(null))
            .build();
    assertThat(rubricWide.policiesOf("B.1").notApplicable())
        .isEqualTo(NotApplicablePolicy.COUNT_AS_MET);

    // when
    Scorecard card = Scorer.standard().score(rubricWide, oneOfEach);

    // then every not-applicable part counts as met: B.1 = 1/2 x 12.5 + 12.5 = 18.75; B.2 = 12.5 +
    // 12.5 = 25; B = 43.75; total 25 + 43.75 = 68.75
    assertThat(card.node("B.1").orElseThrow().earned()).isEqualTo(points("18.75"));
    assertThat(card.node("B.2").orElseThrow().earned()).isEqualTo(points("25.00"));
    assertThat(card.total()).isEqualTo(points("68.75"));
  }

  /** 0 to 5: a value v earns v / 5 of its points. */
  private static final NumericScale ZERO_TO_FIVE = NumericScale.of(Text.en("0 to 5"), 0, 5);

  private static Indicator scored(String id) {
    return Indicator.of(id, Text.en("Score of " + id), ZERO_TO_FIVE);
  }

  @Test
  void count_at_0_6_counts_a_not_applicable_part_as_if_rated_3_of_5() {
    // given C (10 points, count at 0.6) holds c1, c2; D (10 points, the default) holds d1, d2
    Rubric r =
        Rubric.builder("count-at", "1")
            .title(Text.en("Count at"))
            .provenance(TEST)
            .defaultStrategy(Strategies.POINTS_SUM)
            .criterion(
                Criterion.builder("C", Text.en("C"))
                    .points(10)
                    .notApplicable(NotApplicablePolicy.countAt(new BigDecimal("0.6")))
                    .indicator(scored("c1"))
                    .indicator(scored("c2"))
                    .build())
            .criterion(
                Criterion.builder("D", Text.en("D"))
                    .points(10)
                    .indicator(scored("d1"))
                    .indicator(scored("d2"))
                    .build())
            .build();
    Assessment a =
        Assessment.quick(
            r,
            Rating.of("c1", RatingValue.of(3)),
            Rating.notApplicable("c2", "no such activity"),
            Rating.of("d1", RatingValue.of(4)),
            Rating.notApplicable("d2", "no such activity"));

    // when
    Scorecard card = Scorer.standard().score(r, a);

    // then c1 rated 3 earns 3/5 x 5 = 3.00; c2, not applicable, earns the same 0.6 x 5 = 3.00
    IndicatorScore c1 = card.root().indicator("c1").orElseThrow();
    IndicatorScore c2 = card.root().indicator("c2").orElseThrow();
    assertThat(c2.fraction()).isEqualTo(c1.fraction()).isEqualTo(Ratio.of(3, 5));
    assertThat(c2.earned()).isEqualTo(c1.earned()).isEqualTo(points("3.00"));
    assertThat(c2.possible()).isEqualTo(points("5.00"));
    assertThat(c2.value()).isNull();
    // C = 6 of 10 = 60.00 %; D by default moves d2's 5 to d1: 4/5 x 10 = 8 of 10 = 80.00 %
    assertThat(card.node("C").orElseThrow().percent()).isEqualTo(points("60.00"));
    assertThat(card.root().indicator("d1").orElseThrow().possible()).isEqualTo(points("10.00"));
    assertThat(card.node("D").orElseThrow().earned()).isEqualTo(points("8.00"));
    // total 6 + 8 = 14 of 20 = 70.00 %; coverage: c2 counted is rated, d2 left is not ratable
    assertThat(card.total()).isEqualTo(points("14.00"));
    assertThat(card.percent()).isEqualTo(points("70.00"));
    assertThat(card.node("C").orElseThrow().coverage()).isEqualTo(new Coverage(2, 2, 0));
    assertThat(card.node("D").orElseThrow().coverage()).isEqualTo(new Coverage(1, 1, 0));
  }

  @Test
  void a_sub_criterion_with_nothing_counting_is_treated_by_its_parent_s_policy() {
    // given P (10 points, count at 0.6) holds P.1 (weight 1), which declares exclude-and-
    // renormalise for its own indicators, and P.2 (weight 1); so 5 / 5
    Rubric r =
        Rubric.builder("parent-decides", "1")
            .title(Text.en("Parent decides"))
            .provenance(TEST)
            .defaultStrategy(Strategies.POINTS_SUM)
            .criterion(
                Criterion.builder("P", Text.en("P"))
                    .points(10)
                    .notApplicable(NotApplicablePolicy.countAt(new BigDecimal("0.6")))
                    .child(
                        "P.1",
                        Text.en("P.1"),
                        c ->
                            c.weight(1)
                                .notApplicable(NotApplicablePolicy.EXCLUDE_AND_RENORMALISE)
                                .indicator(scored("p1"))
                                .indicator(scored("p2")))
                    .child("P.2", Text.en("P.2"), c -> c.weight(1).indicator(scored("p3")))
                    .build())
            .build();
    Assessment a =
        Assessment.quick(
            r,
            Rating.notApplicable("p1", "no such activity"),
            Rating.notApplicable("p2", "no such activity"),
            Rating.of("p3", RatingValue.of(5)));

    // when
    Scorecard card = Scorer.standard().score(r, a);

    // then nothing in P.1 counts by its own policy, so it does not apply; its parent P counts a
    // part that does not apply at 0.6: P.1 = 0.6 x 5 = 3.00; P.2 = 5/5 x 5 = 5.00; P = 8 of 10
    NodeScore p1 = card.node("P.1").orElseThrow();
    assertThat(p1.applicable()).isTrue();
    assertThat(p1.fraction()).isEqualTo(Ratio.of(3, 5));
    assertThat(p1.earned()).isEqualTo(points("3.00"));
    assertThat(p1.explanation().rule().get(Language.EN))
        .isEqualTo("nothing in it counts; its parent's policy counts it at 0.6 of its points");
    assertThat(card.node("P").orElseThrow().earned()).isEqualTo(points("8.00"));
    assertThat(card.total()).isEqualTo(points("8.00"));
  }
}
