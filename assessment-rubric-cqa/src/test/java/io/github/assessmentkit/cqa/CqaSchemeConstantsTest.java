package io.github.assessmentkit.cqa;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.AwardScheme;
import io.github.assessmentkit.rubric.AwardTier;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.AwardDecision;
import io.github.assessmentkit.scoring.LevelDecision;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.text.Language;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CQA set names its award scheme and each tier with a constant of its own, and a consumer reads
 * the band number and the TQC Plus themes held straight off a scorecard.
 */
class CqaSchemeConstantsTest {
  private final Rubric cqa = CqaCriteria.rubric();

  @Test
  void the_scheme_and_its_tiers_have_constants_of_their_own() {
    // when
    AwardScheme scheme = cqa.awards().get(0);

    // then
    assertThat(scheme.id()).isEqualTo(CqaCriteria.AWARD_SCHEME).isEqualTo("tqa");
    assertThat(scheme.tiers())
        .extracting(AwardTier::id)
        .containsExactly(
            CqaCriteria.TIER_GLOBAL_EXCELLENCE,
            CqaCriteria.TIER_TQA,
            CqaCriteria.TIER_TQC_PLUS,
            CqaCriteria.TIER_TQC)
        .containsExactly("tqa-global-excellence", "tqa", "tqc-plus", "tqc");
  }

  @Test
  @SuppressWarnings("deprecation")
  void the_old_constants_keep_their_values() {
    // when / then
    assertThat(CqaCriteria.AWARD).isEqualTo(CqaCriteria.AWARD_SCHEME);
    assertThat(CqaCriteria.GLOBAL_EXCELLENCE).isEqualTo(CqaCriteria.TIER_GLOBAL_EXCELLENCE);
    assertThat(CqaCriteria.TQA).isEqualTo(CqaCriteria.TIER_TQA);
    assertThat(CqaCriteria.TQC_PLUS).isEqualTo(CqaCriteria.TIER_TQC_PLUS);
    assertThat(CqaCriteria.TQC).isEqualTo(CqaCriteria.TIER_TQC);
  }

  /**
   * Every item at 50 % but the two items of category 3 at 45 %.
   *
   * <p>Items at 50 %: 1.1 (65) 32.50, 1.2 (50) 25.00, 2.1 and 2.2 (45 each) 22.50 each, 4.1 and 4.2
   * 22.50 each, 5.1 (40) 20.00, 5.2 (45) 22.50, 6.1 (40) 20.00, 6.2 (45) 22.50, 7.1 (120) 60.00,
   * 7.2, 7.3 and 7.4 (80 each) 40.00 each, 7.5 (90) 45.00: 1000 − 85 = 915 points at half, 457.50.
   * Category 3 at 45 %: 3.1 (40) 18.00, 3.2 (45) 20.25, 38.25 of 85. Total 457.50 + 38.25 = 495.75.
   */
  private Assessment halfwayButCustomers() {
    List<Rating> ratings = new ArrayList<>();
    for (String item :
        List.of(
            "1.1", "1.2", "2.1", "2.2", "4.1", "4.2", "5.1", "5.2", "6.1", "6.2", "7.1", "7.2",
            "7.3", "7.4", "7.5")) {
      ratings.add(Rating.of(item, 50));
    }
    ratings.add(Rating.of("3.1", 45));
    ratings.add(Rating.of("3.2", 45));
    return Assessment.quick(cqa, ratings.toArray(new Rating[0]));
  }

  @Test
  void a_consumer_reads_the_band_number_and_the_themes_held_without_walking_a_tree() {
    // given a total of 495.75 (worked out above)
    Scorecard card = Scorer.standard().score(cqa, halfwayButCustomers());
    assertThat(card.total()).isEqualByComparingTo(new BigDecimal("495.75"));

    // when
    LevelDecision band = card.level(CqaCriteria.OVERALL_BANDS).orElseThrow();
    AwardDecision award = card.award(CqaCriteria.AWARD_SCHEME).orElseThrow();

    // then: 495.75 is above 475 and at most 575, band 4 of 8
    assertThat(band.rungId()).isEqualTo("band-4");
    assertThat(band.rungNumber(cqa)).isEqualTo(4);
    // above 450 and not above 650, category 1 at 57.50 of 115 = 50.00 %: TQC Plus;
    // customer fails (category 3 at 45.00 %); people (category 5 and 7.3), operation (category 6
    // and 7.1) and innovation (6.1, category 2 and 7.1) all at 50.00 % hold
    assertThat(award.tierId()).isEqualTo(CqaCriteria.TIER_TQC_PLUS);
    assertThat(award.namedConditionsHeld())
        .extracting(t -> t.get(Language.EN))
        .containsExactly("People theme", "Operation theme", "Innovation theme");
    assertThat(award.namedConditionsHeld())
        .extracting(t -> t.get(Language.TH))
        .containsExactly("ด้านบุคลากร", "ด้านการปฏิบัติการ", "ด้านนวัตกรรม");
  }

  @Test
  void every_band_number_matches_its_name() {
    // when / then: band-n of each of the three eight-band ladders is rung number n
    for (String ladderId :
        List.of(CqaCriteria.OVERALL_BANDS, CqaCriteria.PROCESS_BANDS, CqaCriteria.RESULTS_BANDS)) {
      for (int n = 1; n <= 8; n++) {
        assertThat(cqa.ladder(ladderId).orElseThrow().rungNumber("band-" + n)).isEqualTo(n);
      }
    }
  }
}
