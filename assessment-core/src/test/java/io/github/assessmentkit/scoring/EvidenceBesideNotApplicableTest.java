package io.github.assessmentkit.scoring;

import static io.github.assessmentkit.testing.MiniRubrics.assessmentOf;
import static io.github.assessmentkit.testing.MiniRubrics.yesNo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Evidence;
import io.github.assessmentkit.assessment.EvidenceKind;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Evidence not valid for the year is warned of whatever else the assessment holds: here beside an
 * indicator rated not applicable, whose points move to its sibling.
 *
 * <p>The tree, points-sum, 20 points: A (10) holds a1, a2; B (10) holds b1. The assessment is of FY
 * 2566 BE (1 Oct 2022 – 30 Sep 2023).
 */
class EvidenceBesideNotApplicableTest {
  private static final Provenance TEST = Provenance.unverified(Text.en("test"), Text.en("test"));

  /** Minutes collected on 15 Mar 2007, in FY 2550 BE. */
  private static final Evidence MINUTES_2550 =
      Evidence.of("ev-2550", EvidenceKind.DOCUMENT, "general meeting minutes 2550")
          .withCollectedOn(LocalDate.of(2007, 3, 15));

  @Test
  void evidence_of_another_year_is_warned_of_beside_a_not_applicable_indicator() {
    // given a1 yes, backed by minutes of FY 2550; a2 not applicable; b1 yes
    Rubric r =
        Rubric.builder("evidence", "1")
            .title(Text.en("Evidence"))
            .provenance(TEST)
            .defaultStrategy(Strategies.POINTS_SUM)
            .criterion(
                Criterion.builder("A", Text.en("A"))
                    .points(10)
                    .indicator(yesNo("a1"))
                    .indicator(yesNo("a2"))
                    .build())
            .criterion(
                Criterion.builder("B", Text.en("B")).points(10).indicator(yesNo("b1")).build())
            .build();
    Assessment a =
        assessmentOf(r)
            .evidence(MINUTES_2550)
            .rating(Rating.choice("a1", "yes").withEvidence("ev-2550"))
            .rating(Rating.notApplicable("a2", "no such activity"))
            .rating(Rating.choice("b1", "yes"))
            .build();

    // when
    Scorecard card = Scorer.standard().score(r, a);

    // then a2's 5 points move to a1: A 10 of 10, B 10 of 10, the whole 20 of 20; and a1's evidence
    // is warned of, as the rubric treats it as a warning by default
    assertThat(card.root().indicator("a1").orElseThrow().possible())
        .isEqualTo(new BigDecimal("10.00"));
    assertThat(card.total()).isEqualTo(new BigDecimal("20.00"));
    assertThat(card.possible()).isEqualTo(new BigDecimal("20.00"));
    assertThat(card.warnings())
        .containsExactly(
            new ScoreWarning(
                "evidence-not-valid",
                "a1",
                Text.of(
                    "ตัวชี้วัด 'a1' อ้างอิงหลักฐานที่ใช้ไม่ได้กับปีที่ประเมิน: หลักฐาน 'ev-2550'"
                        + " เก็บเมื่อ 2007-03-15 ก่อนเริ่มปีงบประมาณ พ.ศ. 2566"
                        + " และไม่ระบุช่วงเวลาที่ใช้ได้",
                    "indicator 'a1' cites evidence not valid for the year assessed: evidence"
                        + " 'ev-2550' was collected on 2007-03-15, before Fiscal year 2023 (B.E."
                        + " 2566) began, and states no period it speaks for")));
  }
}
