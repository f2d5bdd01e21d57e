package io.github.assessmentkit.cqa.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentBuilder;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.Subject;
import io.github.assessmentkit.cqa.CqaCriteria;
import io.github.assessmentkit.cqa.CqaSets;
import io.github.assessmentkit.json.GoldenVectorReport;
import io.github.assessmentkit.json.GoldenVectors;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.AwardDecision;
import io.github.assessmentkit.scoring.ConditionResult;
import io.github.assessmentkit.scoring.NodeScore;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.scoring.TierCheck;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden vectors of the CQA set: the three sample organisations of samples.md, every percentage
 * chosen here and every number worked out by hand below. An item earns its percentage times its
 * points (exact to the cent, since every item has whole points and every percentage is a multiple
 * of 5); a category is the sum of its items and its percent is rounded half-even to two places; the
 * total is the sum of the categories.
 *
 * <p>Each vector is also a golden-vector file in {@code src/test/resources/golden-vectors/cqa},
 * with the expected results worked out here; the first test checks the set against that folder with
 * {@link GoldenVectors#check}, and each other test that its file holds the same ratings.
 */
class CqaGoldenVectorsTest {
  private static final Subject PHU_PHA_NGOEN =
      new Subject(
          "phu-pha-ngoen-employees-savings",
          Text.of(
              "สหกรณ์ออมทรัพย์พนักงานภูผาเงิน จำกัด",
              "Phu Pha Ngoen Employees' Savings Cooperative Ltd."),
          OrganisationType.SAVINGS,
          "Loei");
  private static final Subject HUAI_NAM_SAI =
      new Subject(
          "huai-nam-sai-agricultural",
          Text.of("สหกรณ์การเกษตรห้วยน้ำใส จำกัด", "Huai Nam Sai Agricultural Cooperative Ltd."),
          OrganisationType.AGRICULTURAL,
          "Loei");
  private static final Subject BAN_DON_YA_KHA =
      new Subject(
          "ban-don-ya-kha-orchards",
          Text.of("กลุ่มเกษตรกรทำสวนบ้านดอนหญ้าคา", "Ban Don Ya Kha Orchard Farmer Group"),
          OrganisationType.FARMER_GROUP,
          "Loei");

  private final Rubric cqa = CqaCriteria.rubric();
  private final Scorer scorer = Scorer.standard();

  @Test
  void the_set_gives_every_result_its_golden_vector_files_expect() {
    // when the set is checked against its folder: the vectors of the tests below, as files
    GoldenVectorReport report = GoldenVectors.check(cqa, GoldenFolders.of(CqaSets.CQA));

    // then every number worked out by hand below holds
    assertThat(report.failures()).isEmpty();
    assertThat(report.outcomes())
        .extracting(GoldenVectorReport.Outcome::vectorId)
        .containsExactly("phu-pha-ngoen-2566", "huai-nam-sai-2566", "ban-don-ya-kha-2566");
  }

  @Test
  void a_strong_savings_cooperative_reaches_tqc_plus_on_the_customer_theme() {
    // given samples.md 1.1: upper bands where the strengths are (1.1, 2.2, 1.2, 4.2, 7.2, 7.5),
    // lower where the OFIs are (3.1 younger members, 5.2 succession, 6.2 untested continuity plan)
    Assessment a =
        percentages(
            PHU_PHA_NGOEN,
            "1.1=70 1.2=65",
            "2.1=55 2.2=70",
            "3.1=40 3.2=60",
            "4.1=55 4.2=65",
            "5.1=50 5.2=35",
            "6.1=55 6.2=40",
            "7.1=45 7.2=65 7.3=45 7.4=55 7.5=65");

    // when
    Scorecard card = scorer.score(cqa, a);

    // then, item by item (item score = percentage x item points) and category by category:
    // 1.1 70 % x 65 = 45.50; 1.2 65 % x 50 = 32.50
    //   category 1 = 78.00 of 115 = 67.826.. -> 67.83 %
    assertCategory(card, "1", "78.00", "67.83");
    // 2.1 55 % x 45 = 24.75; 2.2 70 % x 45 = 31.50
    //   category 2 = 56.25 of 90 = 62.50 %
    assertCategory(card, "2", "56.25", "62.50");
    // 3.1 40 % x 40 = 16.00; 3.2 60 % x 45 = 27.00
    //   category 3 = 43.00 of 85 = 50.588.. -> 50.59 % (just over the 50 % of the Customer theme)
    assertCategory(card, "3", "43.00", "50.59");
    // 4.1 55 % x 45 = 24.75; 4.2 65 % x 45 = 29.25
    //   category 4 = 54.00 of 90 = 60.00 %
    assertCategory(card, "4", "54.00", "60.00");
    // 5.1 50 % x 40 = 20.00; 5.2 35 % x 45 = 15.75
    //   category 5 = 35.75 of 85 = 42.06 %
    assertCategory(card, "5", "35.75", "42.06");
    // 6.1 55 % x 40 = 22.00; 6.2 40 % x 45 = 18.00
    //   category 6 = 40.00 of 85 = 47.06 %
    assertCategory(card, "6", "40.00", "47.06");
    // 7.1 45 % x 120 = 54.00; 7.2 65 % x 80 = 52.00;
    //   7.3 45 % x 80 = 36.00; 7.4 55 % x 80 = 44.00; 7.5 65 % x 90 = 58.50
    //   category 7 = 244.50 of 450 = 54.33 %
    assertCategory(card, "7", "244.50", "54.33");
    // total 78.00 + 56.25 + 43.00 + 54.00 + 35.75 + 40.00 + 244.50 = 551.50 of 1000
    assertThat(card.total()).isEqualTo(new BigDecimal("551.50"));
    assertThat(card.isComplete()).isTrue();
    // overall 551.50 > 475 and not > 575: band 4; process 1-6 = 78.00 + 56.25 + 43.00 + 54.00 +
    // 35.75 + 40.00 = 307.00 > 260, not > 320: band 4; results 244.50 > 210, not > 255: band 4
    assertThat(rung(card, CqaCriteria.OVERALL_BANDS)).isEqualTo("band-4");
    assertThat(rung(card, CqaCriteria.PROCESS_BANDS)).isEqualTo("band-4");
    assertThat(card.level(CqaCriteria.PROCESS_BANDS).orElseThrow().value())
        .isEqualTo(new BigDecimal("307.00"));
    assertThat(rung(card, CqaCriteria.RESULTS_BANDS)).isEqualTo("band-4");
    // award: 551.50 is not > 750 (global excellence) nor > 650 (TQA); TQC Plus: 551.50 > 450,
    // category 1 67.83 >= 50, and the Customer theme holds (category 3 50.59 >= 50, item 7.2 65
    // >= 50); People fails on category 5 (42.06), Operation on category 6 (47.06) and item 7.1
    // (45), Innovation on item 7.1 (45)
    AwardDecision award = card.award(CqaCriteria.AWARD_SCHEME).orElseThrow();
    assertThat(award.tierId()).isEqualTo(CqaCriteria.TIER_TQC_PLUS);
    assertThat(award.checks())
        .extracting(TierCheck::tierId, c -> c.result().met())
        .containsExactly(
            tuple(CqaCriteria.TIER_GLOBAL_EXCELLENCE, false),
            tuple(CqaCriteria.TIER_TQA, false),
            tuple(CqaCriteria.TIER_TQC_PLUS, true));
    List<ConditionResult> tqcPlus = award.checks().get(2).result().parts();
    assertThat(tqcPlus)
        .extracting(r -> r.reason().get(Language.EN))
        .containsExactly(
            "total points = 551.50 > 450",
            "percent of 1 = 67.83 ≥ 50",
            "at least one condition holds");
    List<ConditionResult> themes = tqcPlus.get(2).parts();
    // each theme is a named condition, so its result says which theme it is
    assertThat(themes).extracting(ConditionResult::met).containsExactly(true, false, false, false);
    assertThat(themes)
        .extracting(r -> r.reason().get(Language.EN))
        .containsExactly(
            "Customer theme: all conditions hold",
            "People theme: a condition fails",
            "Operation theme: a condition fails",
            "Innovation theme: a condition fails");
    assertThat(themes.get(0).reason().get(Language.TH)).isEqualTo("ด้านลูกค้า: ผ่านทุกเงื่อนไข");
    assertThat(themes.get(0).name()).isEqualTo(Text.of("ด้านลูกค้า", "Customer theme"));
    assertThat(themes.get(0).parts())
        .extracting(r -> r.reason().get(Language.EN))
        .containsExactly("percent of 3 = 50.59 ≥ 50", "percent of 7.2 = 65.00 ≥ 50");
    assertThat(themes.get(1).parts())
        .extracting(r -> r.reason().get(Language.EN))
        .containsExactly("percent of 5 = 42.06 not ≥ 50", "percent of 7.3 = 45.00 not ≥ 50");
    // and its golden-vector file holds these ratings (the folder check above holds its results)
    assertThat(GoldenFolders.vector(CqaSets.CQA, "phu-pha-ngoen-2566").assessment()).isEqualTo(a);
  }

  @Test
  void a_middling_agricultural_cooperative_lands_in_the_tqc_range() {
    // given samples.md 1.2: bands 3 and 4 on most items; strengths at 3.2, 6.1, 1.2; OFIs at
    // 2.2 and 4.1 (no measurable targets) and 7.1, 7.5 (short results, no comparisons)
    Assessment a =
        percentages(
            HUAI_NAM_SAI,
            "1.1=40 1.2=50",
            "2.1=35 2.2=30",
            "3.1=40 3.2=55",
            "4.1=30 4.2=35",
            "5.1=40 5.2=35",
            "6.1=55 6.2=35",
            "7.1=30 7.2=45 7.3=35 7.4=40 7.5=30");

    // when
    Scorecard card = scorer.score(cqa, a);

    // then, item by item (item score = percentage x item points) and category by category:
    // 1.1 40 % x 65 = 26.00; 1.2 50 % x 50 = 25.00
    //   category 1 = 51.00 of 115 = 44.35 %
    assertCategory(card, "1", "51.00", "44.35");
    // 2.1 35 % x 45 = 15.75; 2.2 30 % x 45 = 13.50
    //   category 2 = 29.25 of 90 = 32.50 %
    assertCategory(card, "2", "29.25", "32.50");
    // 3.1 40 % x 40 = 16.00; 3.2 55 % x 45 = 24.75
    //   category 3 = 40.75 of 85 = 47.94 %
    assertCategory(card, "3", "40.75", "47.94");
    // 4.1 30 % x 45 = 13.50; 4.2 35 % x 45 = 15.75
    //   category 4 = 29.25 of 90 = 32.50 %
    assertCategory(card, "4", "29.25", "32.50");
    // 5.1 40 % x 40 = 16.00; 5.2 35 % x 45 = 15.75
    //   category 5 = 31.75 of 85 = 37.35 %
    assertCategory(card, "5", "31.75", "37.35");
    // 6.1 55 % x 40 = 22.00; 6.2 35 % x 45 = 15.75
    //   category 6 = 37.75 of 85 = 44.41 %
    assertCategory(card, "6", "37.75", "44.41");
    // 7.1 30 % x 120 = 36.00; 7.2 45 % x 80 = 36.00;
    //   7.3 35 % x 80 = 28.00; 7.4 40 % x 80 = 32.00; 7.5 30 % x 90 = 27.00
    //   category 7 = 159.00 of 450 = 35.33 %
    assertCategory(card, "7", "159.00", "35.33");
    // total 51.00 + 29.25 + 40.75 + 29.25 + 31.75 + 37.75 + 159.00 = 378.75 of 1000
    assertThat(card.total()).isEqualTo(new BigDecimal("378.75"));
    // overall 378.75 > 375: band 3 (by 3.75 points); process 51.00 + 29.25 + 40.75 + 29.25 +
    // 31.75 + 37.75 = 219.75 > 200: band 3; results 159.00 > 125, not > 170: band 2
    assertThat(rung(card, CqaCriteria.OVERALL_BANDS)).isEqualTo("band-3");
    assertThat(rung(card, CqaCriteria.PROCESS_BANDS)).isEqualTo("band-3");
    assertThat(rung(card, CqaCriteria.RESULTS_BANDS)).isEqualTo("band-2");
    // award: not > 750, not > 650; TQC Plus fails (378.75 not > 450; category 1 44.35 < 50; no
    // theme: categories 3, 5 and 6 are all under 50 %); TQC: 378.75 > 350
    AwardDecision award = card.award(CqaCriteria.AWARD_SCHEME).orElseThrow();
    assertThat(award.tierId()).isEqualTo(CqaCriteria.TIER_TQC);
    assertThat(award.outcome().get(Language.EN)).isEqualTo("Thailand Quality Class (TQC)");
    assertThat(award.checks().get(2).result().parts())
        .extracting(ConditionResult::met)
        .containsExactly(false, false, false);
    assertThat(award.checks().get(3).result().reason().get(Language.EN))
        .isEqualTo("total points = 378.75 > 350");
    // and its golden-vector file holds these ratings (the folder check above holds its results)
    assertThat(GoldenFolders.vector(CqaSets.CQA, "huai-nam-sai-2566").assessment()).isEqualTo(a);
  }

  @Test
  void a_weak_farmer_group_stays_below_every_award_line() {
    // given samples.md 1.3: bands 1 and 2 on most items; trust and joint buying (3.2, 6.1) are
    // its best; no written plan (2.1), late books (4.1) and almost no results measured
    Assessment a =
        percentages(
            BAN_DON_YA_KHA,
            "1.1=15 1.2=20",
            "2.1=5 2.2=10",
            "3.1=20 3.2=35",
            "4.1=5 4.2=10",
            "5.1=15 5.2=10",
            "6.1=30 6.2=15",
            "7.1=10 7.2=25 7.3=5 7.4=10 7.5=15");

    // when
    Scorecard card = scorer.score(cqa, a);

    // then, item by item (item score = percentage x item points) and category by category:
    // 1.1 15 % x 65 = 9.75; 1.2 20 % x 50 = 10.00
    //   category 1 = 19.75 of 115 = 17.17 %
    assertCategory(card, "1", "19.75", "17.17");
    // 2.1 5 % x 45 = 2.25; 2.2 10 % x 45 = 4.50
    //   category 2 = 6.75 of 90 = 7.50 %
    assertCategory(card, "2", "6.75", "7.50");
    // 3.1 20 % x 40 = 8.00; 3.2 35 % x 45 = 15.75
    //   category 3 = 23.75 of 85 = 27.94 %
    assertCategory(card, "3", "23.75", "27.94");
    // 4.1 5 % x 45 = 2.25; 4.2 10 % x 45 = 4.50
    //   category 4 = 6.75 of 90 = 7.50 %
    assertCategory(card, "4", "6.75", "7.50");
    // 5.1 15 % x 40 = 6.00; 5.2 10 % x 45 = 4.50
    //   category 5 = 10.50 of 85 = 12.35 %
    assertCategory(card, "5", "10.50", "12.35");
    // 6.1 30 % x 40 = 12.00; 6.2 15 % x 45 = 6.75
    //   category 6 = 18.75 of 85 = 22.06 %
    assertCategory(card, "6", "18.75", "22.06");
    // 7.1 10 % x 120 = 12.00; 7.2 25 % x 80 = 20.00;
    //   7.3 5 % x 80 = 4.00; 7.4 10 % x 80 = 8.00; 7.5 15 % x 90 = 13.50
    //   category 7 = 57.50 of 450 = 12.78 %
    assertCategory(card, "7", "57.50", "12.78");
    // total 19.75 + 6.75 + 23.75 + 6.75 + 10.50 + 18.75 + 57.50 = 143.75 of 1000
    assertThat(card.total()).isEqualTo(new BigDecimal("143.75"));
    // overall 143.75 <= 275: band 1; process 19.75 + 6.75 + 23.75 + 6.75 + 10.50 + 18.75 = 86.25
    // <= 150: band 1; results 57.50 <= 125: band 1
    assertThat(rung(card, CqaCriteria.OVERALL_BANDS)).isEqualTo("band-1");
    assertThat(rung(card, CqaCriteria.PROCESS_BANDS)).isEqualTo("band-1");
    assertThat(rung(card, CqaCriteria.RESULTS_BANDS)).isEqualTo("band-1");
    // award: 143.75 is not above 750, 650, 450 or 350: no award, every tier checked
    AwardDecision award = card.award(CqaCriteria.AWARD_SCHEME).orElseThrow();
    assertThat(award.awarded()).isFalse();
    assertThat(award.outcome().get(Language.EN)).isEqualTo("no award");
    assertThat(award.checks()).hasSize(4).noneMatch(c -> c.result().met());
    assertThat(award.checks().get(3).result().reason().get(Language.EN))
        .isEqualTo("total points = 143.75 not > 350");
    // and its golden-vector file holds these ratings (the folder check above holds its results)
    assertThat(GoldenFolders.vector(CqaSets.CQA, "ban-don-ya-kha-2566").assessment()).isEqualTo(a);
  }

  /** Builds a self-assessment of fiscal year 2566 from percentages written {@code item=percent}. */
  private Assessment percentages(Subject subject, String... rows) {
    AssessmentBuilder b =
        Assessment.builder(
            subject.id() + "-2566", subject, cqa.ref(), FiscalYear.ofBuddhistEra(2566));
    for (String row : rows) {
      for (String rating : row.split(" ")) {
        String[] pair = rating.split("=");
        b.rating(Rating.of(pair[0], Long.parseLong(pair[1])));
      }
    }
    return b.build();
  }

  private static void assertCategory(Scorecard card, String id, String earned, String percent) {
    NodeScore node = card.node(id).orElseThrow();
    assertThat(node.earned()).as("points of %s", id).isEqualTo(new BigDecimal(earned));
    assertThat(node.percent()).as("percent of %s", id).isEqualTo(new BigDecimal(percent));
  }

  private static String rung(Scorecard card, String ladderId) {
    return card.level(ladderId).orElseThrow().rungId();
  }
}
