package io.github.assessmentkit.scoring;

import static io.github.assessmentkit.testing.MiniRubrics.assessmentOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.UnratedPolicy;
import io.github.assessmentkit.spi.Coverage;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Missing and unknown ratings lower coverage and are reported; they are never a zero in disguise.
 * On the checklist (G1.1 33.34, G1.2 33.33; G2.1 .. G2.3 11.11 each): G1.1 yes, G1.2 not rated,
 * G2.1 unknown, G2.2 partial, G2.3 yes.
 */
class CoverageAndWarningsTest {
  private final Rubric checklist = MiniRubrics.checklist();
  private final Assessment gaps =
      assessmentOf(checklist)
          .rating(Rating.choice("G1.1", "yes"))
          .rating(Rating.unknown("G2.1", "minutes not found"))
          .rating(Rating.choice("G2.2", "partial"))
          .rating(Rating.choice("G2.3", "yes"))
          .build();

  @Test
  void counts_what_could_be_judged_at_every_node() {
    // when
    Scorecard card = Scorer.standard().score(checklist, gaps);

    // then 5 ratable, 3 rated (G1.1, G2.2, G2.3), 2 fully met (G1.1, G2.3): 3 / 5 = 60.00 %
    assertThat(card.coverage()).isEqualTo(new Coverage(5, 3, 2));
    assertThat(card.coverage().percent()).isEqualTo(new BigDecimal("60.00"));
    assertThat(card.isComplete()).isFalse();
    assertThat(card.node("G1").orElseThrow().coverage()).isEqualTo(new Coverage(2, 1, 1));
    assertThat(card.node("G2").orElseThrow().coverage()).isEqualTo(new Coverage(3, 2, 1));
  }

  @Test
  void reports_each_missing_and_unknown_indicator_in_rubric_order() {
    // when
    Scorecard card = Scorer.standard().score(checklist, gaps);

    // then
    assertThat(card.warnings())
        .containsExactly(
            new ScoreWarning(
                "not-rated",
                "G1.2",
                Text.of(
                    "ตัวชี้วัด 'G1.2' ยังไม่มีผลการประเมิน จึงไม่ถูกนับคะแนน",
                    "indicator 'G1.2' has no rating and earns nothing until rated")),
            new ScoreWarning(
                "unknown",
                "G2.1",
                Text.of(
                    "ตัวชี้วัด 'G2.1' ถูกบันทึกว่าไม่ทราบผล จึงไม่ถูกนับคะแนน",
                    "indicator 'G2.1' is rated unknown and earns nothing until rated")));
  }

  @Test
  void missing_and_unknown_lines_carry_no_number() {
    // when
    Scorecard card = Scorer.standard().score(checklist, gaps);

    // then the lines keep their share but no earned value, fraction or rating value
    IndicatorScore missing = card.root().indicator("G1.2").orElseThrow();
    assertThat(missing.status()).isEqualTo(IndicatorStatus.MISSING);
    assertThat(missing.possible()).isEqualTo(new BigDecimal("33.33"));
    assertThat(missing.earned()).isNull();
    assertThat(missing.fraction()).isNull();
    IndicatorScore unknown = card.root().indicator("G2.1").orElseThrow();
    assertThat(unknown.status()).isEqualTo(IndicatorStatus.UNKNOWN);
    assertThat(unknown.earned()).isNull();
    assertThat(unknown.value()).isNull();
    // points-sum, exactly: G1 = 100/3 (G1.1 yes of two 100/3); G2 = 0 + 1/2 x 100/9 + 100/9 =
    // 150/9 = 50/3; total 100/3 + 50/3 = 50, shown 50.00 (it was 50.01 when shares were rounded
    // first: 33.34 + 5.56 + 11.11)
    assertThat(card.total()).isEqualTo(new BigDecimal("50.00"));
  }

  @Test
  void under_a_leave_out_policy_an_unrated_indicator_leaves_the_mean_instead_of_counting_as_zero() {
    // given the checklist declaring that missing and unknown ratings leave the calculation
    Rubric leavingOut =
        Rubric.from(checklist)
            .whenMissing(UnratedPolicy.EXCLUDE_AND_RENORMALISE)
            .whenUnknown(UnratedPolicy.EXCLUDE_AND_RENORMALISE)
            .build();

    // when
    Scorecard card = Scorer.standard().score(leavingOut, gaps, Strategies.WEIGHTED_MEAN);

    // then G1: only G1.1 is rated, at 1, and takes all of G1's 200/3 -> 66.67; G2: G2.1 leaves,
    // (0.5 + 1) / 2 = 3/4 x 100/3 = 25.00; total 200/3 + 25 = 275/3 = 91.666.. -> 91.67, with the
    // gaps still reported
    assertThat(card.node("G1").orElseThrow().earned()).isEqualTo(new BigDecimal("66.67"));
    assertThat(card.node("G2").orElseThrow().earned()).isEqualTo(new BigDecimal("25.00"));
    assertThat(card.total()).isEqualTo(new BigDecimal("91.67"));
    assertThat(card.warnings())
        .extracting(ScoreWarning::code)
        .containsExactly("not-rated", "unknown");
  }

  @Test
  void a_complete_assessment_has_full_coverage_and_no_warnings() {
    // given
    Assessment complete =
        gaps.toBuilder()
            .rating(Rating.choice("G1.2", "no"))
            .rerate(Rating.choice("G2.1", "yes"))
            .build();

    // when
    Scorecard card = Scorer.standard().score(checklist, complete);

    // then
    assertThat(card.coverage()).isEqualTo(new Coverage(5, 5, 3));
    assertThat(card.isComplete()).isTrue();
    assertThat(card.warnings()).isEmpty();
  }

  @Test
  void coverage_is_a_checked_value() {
    // when / then
    assertThat(Coverage.NONE.percent()).isEqualTo(new BigDecimal("100.00"));
    assertThat(new Coverage(3, 1, 0).plus(new Coverage(2, 2, 2))).isEqualTo(new Coverage(5, 3, 2));
    assertThatThrownBy(() -> new Coverage(1, 2, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("coverage needs 0 <= met <= rated <= ratable, was 0, 2, 1");
    assertThat(new Coverage(3, 1, 0).percent()).isEqualTo(new BigDecimal("33.33"));
  }
}
