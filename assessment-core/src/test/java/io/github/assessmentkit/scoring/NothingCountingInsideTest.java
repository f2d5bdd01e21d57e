package io.github.assessmentkit.scoring;

import static io.github.assessmentkit.testing.MiniRubrics.yesNo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.rubric.NotApplicablePolicy;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.UnratedPolicy;
import io.github.assessmentkit.rubric.WhenNothingCounts;
import io.github.assessmentkit.scoring.internal.Decisions;
import io.github.assessmentkit.spi.Coverage;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A criterion inside which nothing is scored still counts when something declares what that means:
 * its parent's not-applicable policy counting it at a fraction, or its own {@link
 * WhenNothingCounts}. Its unrated indicators stay in its coverage.
 */
class NothingCountingInsideTest {
  private static final Provenance TEST = Provenance.unverified(Text.en("test"), Text.en("test"));

  private static BigDecimal points(String value) {
    return new BigDecimal(value);
  }

  /**
   * Points-sum, 20 points: P (10, a not-applicable part counts at 0.5) holds only the sub-criterion
   * P1 (a not-applicable part is left out), which holds p1; O (10) holds o1.
   */
  private static Rubric parentCounts() {
    return Rubric.builder("parent-counts", "1")
        .title(Text.en("Parent counts"))
        .provenance(TEST)
        .defaultStrategy(Strategies.POINTS_SUM)
        .criterion(
            Criterion.builder("P", Text.en("P"))
                .points(10)
                .notApplicable(NotApplicablePolicy.countAt(new BigDecimal("0.5")))
                .child(
                    "P1",
                    Text.en("P1"),
                    c ->
                        c.notApplicable(NotApplicablePolicy.EXCLUDE_AND_RENORMALISE)
                            .indicator(yesNo("p1")))
                .build())
        .criterion(Criterion.builder("O", Text.en("O")).points(10).indicator(yesNo("o1")).build())
        .build();
  }

  @Test
  void a_sub_criterion_with_nothing_applicable_is_counted_at_its_parent_s_fraction() {
    // given p1 not applicable, o1 yes
    Rubric r = parentCounts();
    Assessment a =
        Assessment.quick(
            r, Rating.notApplicable("p1", "no such activity"), Rating.choice("o1", "yes"));

    // when
    Scorecard card = Scorer.standard().score(r, a);

    // then P1 leaves by its own policy, but P's policy counts it at 0.5: P1 5 of 10 = 50.00 %,
    // P 5 of 10 = 50.00 %; O 10 of 10; the whole 15 of 20 = 75.00 %
    NodeScore p1 = card.node("P1").orElseThrow();
    assertThat(p1.applicable()).isTrue();
    assertThat(p1.earned()).isEqualTo(points("5.00"));
    assertThat(p1.possible()).isEqualTo(points("10.00"));
    assertThat(p1.percent()).isEqualTo(points("50.00"));
    assertThat(p1.coverage()).isEqualTo(new Coverage(0, 0, 0));
    assertThat(p1.explanation().rule())
        .isEqualTo(
            Text.of(
                "ไม่มีส่วนใดนับคะแนนได้ นโยบายของเกณฑ์แม่ให้นับเป็น 0.5 ของคะแนน",
                "nothing in it counts; its parent's policy counts it at 0.5 of its points"));
    NodeScore p = card.node("P").orElseThrow();
    assertThat(p.applicable()).isTrue();
    assertThat(p.earned()).isEqualTo(points("5.00"));
    assertThat(p.possible()).isEqualTo(points("10.00"));
    assertThat(p.percent()).isEqualTo(points("50.00"));
    assertThat(card.root().indicator("p1").orElseThrow().status())
        .isEqualTo(IndicatorStatus.NOT_APPLICABLE);
    assertThat(card.total()).isEqualTo(points("15.00"));
    assertThat(card.possible()).isEqualTo(points("20.00"));
    assertThat(card.root().percent()).isEqualTo(points("75.00"));
    // o1 is the only ratable indicator: 1 ratable, rated, met
    assertThat(card.root().coverage()).isEqualTo(new Coverage(1, 1, 1));
    assertThat(card.warnings()).isEmpty();
  }

  /**
   * All-or-nothing G (10, met when nothing counts) holds g1, g2; O (10) holds o1; an unrated
   * indicator is left out.
   */
  private static Rubric declaredMet() {
    return Rubric.builder("declared-met", "1")
        .title(Text.en("Declared met"))
        .provenance(TEST)
        .defaultStrategy(Strategies.POINTS_SUM)
        .whenMissing(UnratedPolicy.EXCLUDE_AND_RENORMALISE)
        .whenUnknown(UnratedPolicy.EXCLUDE_AND_RENORMALISE)
        .criterion(
            Criterion.builder("G", Text.en("G"))
                .points(10)
                .strategy(Strategies.ALL_OR_NOTHING)
                .whenNothingCounts(WhenNothingCounts.MET)
                .indicator(yesNo("g1"))
                .indicator(yesNo("g2"))
                .build())
        .criterion(Criterion.builder("O", Text.en("O")).points(10).indicator(yesNo("o1")).build())
        .build();
  }

  @Test
  void a_criterion_declared_met_keeps_its_unrated_indicators_in_its_coverage() {
    // given g1 not rated, g2 unknown, o1 no
    Rubric r = declaredMet();
    Assessment a =
        Assessment.quick(
            r, Rating.unknown("g2", "the minutes were lost"), Rating.choice("o1", "no"));

    // when
    Scorecard card = Scorer.standard().score(r, a);

    // then nothing in G counts, which it declares met: 10 of 10; its points stay with g1 and g2 by
    // weight, 5 each; g1 and g2 are ratable and unrated: coverage 2 ratable, 0 rated, 0 met.
    // O earns 0 of 10; the whole 10 of 20 = 50.00 %
    NodeScore g = card.node("G").orElseThrow();
    assertThat(g.applicable()).isTrue();
    assertThat(g.earned()).isEqualTo(points("10.00"));
    assertThat(g.possible()).isEqualTo(points("10.00"));
    assertThat(g.coverage()).isEqualTo(new Coverage(2, 0, 0));
    assertThat(g.explanation().rule().get(Language.EN))
        .isEqualTo("nothing in it counts, which it declares met: all its points");
    assertThat(card.root().indicator("g1").orElseThrow().possible()).isEqualTo(points("5.00"));
    assertThat(card.root().indicator("g2").orElseThrow().possible()).isEqualTo(points("5.00"));
    assertThat(card.total()).isEqualTo(points("10.00"));
    assertThat(card.possible()).isEqualTo(points("20.00"));
    // the whole: g1, g2 unrated and o1 rated, not met
    assertThat(card.root().coverage()).isEqualTo(new Coverage(3, 1, 0));
    assertThat(card.warnings())
        .extracting(ScoreWarning::code, ScoreWarning::path)
        .containsExactly(tuple("not-rated", "g1"), tuple("unknown", "g2"));
  }

  @Test
  void a_criterion_declared_met_leaves_out_a_sub_criterion_in_which_nothing_counts() {
    // given points-sum, 20 points: G (10, met when nothing counts) holds g1 and the sub-criterion
    // G1 (weight 1, as g1's; not applicable when nothing counts), which holds h1; O (10) holds o1.
    // g1 and h1 are not
    // applicable, o1 yes
    Rubric r =
        Rubric.builder("declared-met-below", "1")
            .title(Text.en("Declared met, with a sub-criterion"))
            .provenance(TEST)
            .defaultStrategy(Strategies.POINTS_SUM)
            .criterion(
                Criterion.builder("G", Text.en("G"))
                    .points(10)
                    .whenNothingCounts(WhenNothingCounts.MET)
                    .indicator(yesNo("g1"))
                    .child(
                        "G1",
                        Text.en("G1"),
                        c ->
                            c.weight(1)
                                .whenNothingCounts(WhenNothingCounts.NOT_APPLICABLE)
                                .indicator(yesNo("h1")))
                    .build())
            .criterion(
                Criterion.builder("O", Text.en("O")).points(10).indicator(yesNo("o1")).build())
            .build();
    Assessment a =
        Assessment.quick(
            r,
            Rating.notApplicable("g1", "no such activity"),
            Rating.notApplicable("h1", "no such activity"),
            Rating.choice("o1", "yes"));

    // when
    Scorecard card = Scorer.standard().score(r, a);

    // then nothing in G counts, which it declares met: 10 of 10; its points stay with g1 and G1 by
    // weight, exactly 5 each, g1's on its line; G1, in which nothing counts either, is left out: 0
    // of 0, with
    // h1 on 0 and a warning. O 10 of 10; the whole 20 of 20
    NodeScore g = card.node("G").orElseThrow();
    assertThat(g.applicable()).isTrue();
    assertThat(g.earned()).isEqualTo(points("10.00"));
    assertThat(g.possible()).isEqualTo(points("10.00"));
    assertThat(g.coverage()).isEqualTo(new Coverage(0, 0, 0));
    assertThat(card.root().indicator("g1").orElseThrow().exactPossible()).isEqualTo(Ratio.of(5));
    NodeScore g1 = card.node("G1").orElseThrow();
    assertThat(g1.applicable()).isFalse();
    assertThat(g1.possible()).isEqualTo(points("0.00"));
    assertThat(g1.fraction()).isNull();
    assertThat(card.root().indicator("h1").orElseThrow().possible()).isEqualTo(points("0.00"));
    assertThat(card.total()).isEqualTo(points("20.00"));
    assertThat(card.possible()).isEqualTo(points("20.00"));
    // a condition reads G, which holds an indicator of its own, at its 100.00 %; G1 does not apply
    assertThat(Decisions.read(Metric.percent("G"), card.root())).isEqualByComparingTo("100.00");
    assertThat(Decisions.read(Metric.percent("G1"), card.root())).isNull();
    assertThat(card.warnings())
        .containsExactly(
            new ScoreWarning(
                "not-applicable",
                "G1",
                Text.of(
                    "ทุกส่วนของ 'G1' ไม่เกี่ยวข้อง คะแนนจึงย้ายไปยังส่วนอื่น",
                    "every part of 'G1' is not applicable; its points move to its siblings")));
  }

  @Test
  void a_criterion_declared_met_whose_every_part_is_left_out_reads_as_not_applicable() {
    // given points-sum, 20 points: M (10, met when nothing counts) holds only the sub-criterion M1
    // (not applicable when nothing counts), which holds m1; O (10) holds o1. m1 is not
    // applicable, o1 yes
    Rubric r =
        Rubric.builder("declared-met-only-below", "1")
            .title(Text.en("Declared met, only a sub-criterion"))
            .provenance(TEST)
            .defaultStrategy(Strategies.POINTS_SUM)
            .criterion(
                Criterion.builder("M", Text.en("M"))
                    .points(10)
                    .whenNothingCounts(WhenNothingCounts.MET)
                    .child(
                        "M1",
                        Text.en("M1"),
                        c ->
                            c.whenNothingCounts(WhenNothingCounts.NOT_APPLICABLE)
                                .indicator(yesNo("m1")))
                    .build())
            .criterion(
                Criterion.builder("O", Text.en("O")).points(10).indicator(yesNo("o1")).build())
            .build();
    Assessment a =
        Assessment.quick(
            r, Rating.notApplicable("m1", "no such activity"), Rating.choice("o1", "yes"));

    // when
    Scorecard card = Scorer.standard().score(r, a);

    // then M earns its 10 of 10 as declared, and M1 is left out; the whole 20 of 20. But every
    // part of M is left out, so a condition reads M as not applicable, as it reads M1; O, rated,
    // reads 100.00 %
    NodeScore m = card.node("M").orElseThrow();
    assertThat(m.applicable()).isTrue();
    assertThat(m.earned()).isEqualTo(points("10.00"));
    assertThat(card.node("M1").orElseThrow().applicable()).isFalse();
    assertThat(card.total()).isEqualTo(points("20.00"));
    assertThat(Decisions.read(Metric.percent("M"), card.root())).isNull();
    assertThat(Decisions.read(Metric.percent("M1"), card.root())).isNull();
    assertThat(Decisions.read(Metric.points("M"), card.root())).isNull();
    assertThat(Decisions.read(Metric.percent("O"), card.root())).isEqualByComparingTo("100.00");
  }
}
