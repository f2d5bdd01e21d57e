package io.github.assessmentkit.scoring;

import static io.github.assessmentkit.testing.MiniRubrics.yesNo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.NotApplicablePolicy;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.UnratedPolicy;
import io.github.assessmentkit.spi.Coverage;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A criterion none of whose parts counts is left out, and the warning says why: every part not
 * applicable (one not-applicable indicator anywhere below it is enough, even in a sub-criterion),
 * or nothing rated. Its unrated indicators stay in the coverage and are warned of one by one.
 *
 * <p>The tree, points-sum, 40 points: A (10) holds a1; B (10) holds b1, b2; C (10) holds only the
 * sub-criterion C1, which holds c1; D (10) holds d1, d2. Rated: a1 yes; b1 not rated, b2 unknown;
 * c1 not applicable; d1 not applicable, d2 not rated. Unrated indicators are left out as
 * not-applicable ones are, by the same policy.
 */
class LeftOutCriterionTest {
  private static final Provenance TEST = Provenance.unverified(Text.en("test"), Text.en("test"));

  private static Rubric rubric(UnratedPolicy unrated, NotApplicablePolicy notApplicable) {
    return Rubric.builder("left-out", "1")
        .title(Text.en("Left out"))
        .provenance(TEST)
        .defaultStrategy(Strategies.POINTS_SUM)
        .whenMissing(unrated)
        .whenUnknown(unrated)
        .notApplicablePolicy(notApplicable)
        .criterion(Criterion.builder("A", Text.en("A")).points(10).indicator(yesNo("a1")).build())
        .criterion(
            Criterion.builder("B", Text.en("B"))
                .points(10)
                .indicator(yesNo("b1"))
                .indicator(yesNo("b2"))
                .build())
        .criterion(
            Criterion.builder("C", Text.en("C"))
                .points(10)
                .child("C1", Text.en("C1"), c -> c.indicator(yesNo("c1")))
                .build())
        .criterion(
            Criterion.builder("D", Text.en("D"))
                .points(10)
                .indicator(yesNo("d1"))
                .indicator(yesNo("d2"))
                .build())
        .build();
  }

  private static Scorecard score(Rubric r) {
    Assessment a =
        Assessment.quick(
            r,
            Rating.choice("a1", "yes"),
            Rating.unknown("b2", "the file was lost"),
            Rating.notApplicable("c1", "no such activity"),
            Rating.notApplicable("d1", "no such activity"));
    return Scorer.standard().score(r, a);
  }

  private static BigDecimal points(String value) {
    return new BigDecimal(value);
  }

  private static void leftOut(Scorecard card, String id, Coverage coverage) {
    NodeScore node = card.node(id).orElseThrow();
    assertThat(node.applicable()).as(id).isFalse();
    assertThat(node.possible()).as(id).isEqualByComparingTo("0");
    assertThat(node.earned()).as(id).isEqualByComparingTo("0");
    assertThat(node.fraction()).as(id).isNull();
    assertThat(node.coverage()).as(id).isEqualTo(coverage);
  }

  private static void statuses(Scorecard card) {
    assertThat(card.root().indicator("a1").orElseThrow().status()).isEqualTo(IndicatorStatus.RATED);
    assertThat(card.root().indicator("b1").orElseThrow().status())
        .isEqualTo(IndicatorStatus.MISSING);
    assertThat(card.root().indicator("b2").orElseThrow().status())
        .isEqualTo(IndicatorStatus.UNKNOWN);
    assertThat(card.root().indicator("c1").orElseThrow().status())
        .isEqualTo(IndicatorStatus.NOT_APPLICABLE);
    assertThat(card.root().indicator("d1").orElseThrow().status())
        .isEqualTo(IndicatorStatus.NOT_APPLICABLE);
    assertThat(card.root().indicator("d2").orElseThrow().status())
        .isEqualTo(IndicatorStatus.MISSING);
    for (String id : new String[] {"b1", "b2", "c1", "d1", "d2"}) {
      assertThat(card.root().indicator(id).orElseThrow().possible())
          .as(id)
          .isEqualByComparingTo("0");
    }
  }

  @Test
  void renormalised_the_points_of_the_left_out_criteria_move_to_the_one_that_counts() {
    // when
    Scorecard card =
        score(
            rubric(
                UnratedPolicy.EXCLUDE_AND_RENORMALISE,
                NotApplicablePolicy.EXCLUDE_AND_RENORMALISE));

    // then B, C and D leave; their 30 points move to A: A 40 of 40 (a1 yes) = 100.00 %
    NodeScore a = card.node("A").orElseThrow();
    assertThat(a.applicable()).isTrue();
    assertThat(a.earned()).isEqualTo(points("40.00"));
    assertThat(a.possible()).isEqualTo(points("40.00"));
    assertThat(a.percent()).isEqualTo(points("100.00"));
    assertThat(card.total()).isEqualTo(points("40.00"));
    assertThat(card.possible()).isEqualTo(points("40.00"));
    // B: b1 and b2 unrated, 2 ratable, none rated; C: c1 not applicable, nothing ratable;
    // D: d2 unrated, 1 ratable
    leftOut(card, "B", new Coverage(2, 0, 0));
    leftOut(card, "C", new Coverage(0, 0, 0));
    leftOut(card, "C1", new Coverage(0, 0, 0));
    leftOut(card, "D", new Coverage(1, 0, 0));
    // the whole: a1 rated and met, plus the three unrated: 4 ratable, 1 rated, 1 met
    assertThat(card.root().coverage()).isEqualTo(new Coverage(4, 1, 1));
    statuses(card);
    // B has nothing not applicable, only unrated indicators; C has c1 not applicable below it in
    // C1; D has d1 not applicable itself. Then the unrated indicators, in rubric order.
    assertThat(card.warnings())
        .containsExactly(
            new ScoreWarning(
                "not-applicable",
                "B",
                Text.of(
                    "ไม่มีตัวชี้วัดใดของ 'B' ได้รับการประเมิน จึงไม่นับ และคะแนนย้ายไปยังส่วนอื่น",
                    "no indicator of 'B' is rated, so it is left out and its points move to its"
                        + " siblings")),
            new ScoreWarning(
                "not-applicable",
                "C",
                Text.of(
                    "ทุกส่วนของ 'C' ไม่เกี่ยวข้อง คะแนนจึงย้ายไปยังส่วนอื่น",
                    "every part of 'C' is not applicable; its points move to its siblings")),
            new ScoreWarning(
                "not-applicable",
                "D",
                Text.of(
                    "ทุกส่วนของ 'D' ไม่เกี่ยวข้อง คะแนนจึงย้ายไปยังส่วนอื่น",
                    "every part of 'D' is not applicable; its points move to its siblings")),
            new ScoreWarning(
                "not-rated",
                "b1",
                Text.of(
                    "ตัวชี้วัด 'b1' ยังไม่มีผลการประเมิน จึงไม่ถูกนับคะแนน",
                    "indicator 'b1' has no rating and earns nothing until rated")),
            new ScoreWarning(
                "unknown",
                "b2",
                Text.of(
                    "ตัวชี้วัด 'b2' ถูกบันทึกว่าไม่ทราบผล จึงไม่ถูกนับคะแนน",
                    "indicator 'b2' is rated unknown and earns nothing until rated")),
            new ScoreWarning(
                "not-rated",
                "d2",
                Text.of(
                    "ตัวชี้วัด 'd2' ยังไม่มีผลการประเมิน จึงไม่ถูกนับคะแนน",
                    "indicator 'd2' has no rating and earns nothing until rated")));
  }

  @Test
  void excluded_from_the_maximum_the_points_of_the_left_out_criteria_leave_it() {
    // when
    Scorecard card =
        score(rubric(UnratedPolicy.EXCLUDE_FROM_MAXIMUM, NotApplicablePolicy.EXCLUDE_FROM_MAXIMUM));

    // then B, C and D leave with their points: A 10 of 10 = 100.00 %, the whole 10 of 10
    NodeScore a = card.node("A").orElseThrow();
    assertThat(a.earned()).isEqualTo(points("10.00"));
    assertThat(a.possible()).isEqualTo(points("10.00"));
    assertThat(card.total()).isEqualTo(points("10.00"));
    assertThat(card.possible()).isEqualTo(points("10.00"));
    leftOut(card, "B", new Coverage(2, 0, 0));
    leftOut(card, "C", new Coverage(0, 0, 0));
    leftOut(card, "D", new Coverage(1, 0, 0));
    statuses(card);
    assertThat(card.warnings())
        .extracting(ScoreWarning::code, ScoreWarning::path, w -> w.message().en())
        .containsExactly(
            tuple(
                "not-applicable",
                "B",
                "no indicator of 'B' is rated, so it is left out and its points leave the maximum"),
            tuple(
                "not-applicable",
                "C",
                "every part of 'C' is not applicable; its points leave the maximum"),
            tuple(
                "not-applicable",
                "D",
                "every part of 'D' is not applicable; its points leave the maximum"),
            tuple("not-rated", "b1", "indicator 'b1' has no rating and earns nothing until rated"),
            tuple("unknown", "b2", "indicator 'b2' is rated unknown and earns nothing until rated"),
            tuple("not-rated", "d2", "indicator 'd2' has no rating and earns nothing until rated"));
    assertThat(card.warnings().get(0).message().th())
        .isEqualTo(
            "ไม่มีตัวชี้วัดใดของ 'B' ได้รับการประเมิน จึงไม่นับ และคะแนนถูกหักออกจากคะแนนเต็ม");
    assertThat(card.warnings().get(2).message().th())
        .isEqualTo("ทุกส่วนของ 'D' ไม่เกี่ยวข้อง คะแนนจึงถูกหักออกจากคะแนนเต็ม");
  }
}
