package io.github.assessmentkit.analysis;

import static io.github.assessmentkit.testing.MiniRubrics.assessmentOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Language;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Strengths and opportunities on the mini award: 1.1 at 35 % (14 of 40, 26 at stake), 1.2 at 55 %
 * (11 of 20, 9 at stake), 2.1 at 50 % (20 of 40, 20 at stake).
 */
class GapAnalysisTest {
  private final Rubric award = MiniRubrics.award();
  private final Assessment assessment =
      assessmentOf(award)
          .rating(
              Rating.of("1.1", 35)
                  .withFindings(List.of("clear direction"), List.of("no review cycle")))
          .rating(Rating.of("1.2", 55).withFindings(List.of("independent audit"), List.of()))
          .rating(Rating.of("2.1", 50))
          .build();

  private GapReport analyse(Assessment a) {
    Scorecard card = Scorer.standard().score(award, a);
    return GapAnalysis.analyse(award, a, card);
  }

  @Test
  void ranks_opportunities_by_points_at_stake() {
    // when
    GapReport report = analyse(assessment);

    // then 26.00, 20.00, 9.00
    assertThat(report.opportunities())
        .extracting(Finding::criterionId)
        .containsExactly("1.1", "2.1", "1.2");
    assertThat(report.opportunities())
        .extracting(Finding::atStake)
        .containsExactly(new BigDecimal("26.00"), new BigDecimal("20.00"), new BigDecimal("9.00"));
    assertThat(report.topOpportunities(1)).extracting(Finding::criterionId).containsExactly("1.1");
    assertThat(report.opportunities().get(0).notes()).containsExactly("no review cycle");
  }

  @Test
  void says_what_the_next_band_would_add() {
    // when
    GapReport report = analyse(assessment);

    // then 1.1 in band 3: band 4 starts at 50 %, 0.50 x 40 = 20.00, so 20.00 - 14.00 = 6.00 more
    Finding item11 = report.opportunities().get(0);
    assertThat(item11.nextStep().get(Language.EN))
        .isEqualTo("reaching band 4 (50 %) would add 6.00 points");
    assertThat(item11.nextStep().get(Language.TH))
        .isEqualTo("ถึงช่วงคะแนนที่ 4 (ร้อยละ 50) จะได้เพิ่ม 6.00 คะแนน");
    // 2.1 in band 4: band 5 starts at 70 %, 0.70 x 40 = 28.00 - 20.00 = 8.00
    assertThat(report.opportunities().get(1).nextStep().get(Language.EN))
        .isEqualTo("reaching band 5 (70 %) would add 8.00 points");
  }

  @Test
  void strengths_are_the_leaves_at_or_above_the_threshold_strongest_first() {
    // when
    GapReport report = analyse(assessment);
    Scorecard card = Scorer.standard().score(award, assessment);
    GapReport strict = GapAnalysis.analyse(award, assessment, card, BigDecimal.valueOf(60));

    // then 55 % and 50 % pass the default 50 %; neither passes 60 %
    assertThat(report.strengths()).extracting(Finding::criterionId).containsExactly("1.2", "2.1");
    assertThat(report.strengths().get(0).notes()).containsExactly("independent audit");
    assertThat(report.strengths().get(0).nextStep()).isNull();
    assertThat(strict.strengths()).isEmpty();
    // the strongest few: one of the two, then both however many are asked for
    assertThat(report.topStrengths(1)).extracting(Finding::criterionId).containsExactly("1.2");
    assertThat(report.topStrengths(5))
        .extracting(Finding::criterionId)
        .containsExactly("1.2", "2.1");
  }

  @Test
  void leaves_out_unrated_leaves_and_full_marks_and_has_no_next_band_at_the_top() {
    // given 1.1 not rated, 1.2 at 100 %, 2.1 at 95 % (the top band)
    Assessment a =
        assessmentOf(award).rating(Rating.of("1.2", 100)).rating(Rating.of("2.1", 95)).build();

    // when
    GapReport report = analyse(a);

    // then 2.1: 0.95 x 40 = 38.00, 2.00 at stake, no band above; 1.2 has nothing at stake
    assertThat(report.opportunities()).extracting(Finding::criterionId).containsExactly("2.1");
    assertThat(report.opportunities().get(0).atStake()).isEqualTo(new BigDecimal("2.00"));
    assertThat(report.opportunities().get(0).nextStep()).isNull();
    assertThat(report.strengths()).extracting(Finding::criterionId).containsExactly("1.2", "2.1");
  }
}
