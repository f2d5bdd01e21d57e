package io.github.assessmentkit.cqa.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentBuilder;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.Subject;
import io.github.assessmentkit.cqa.CqaSets;
import io.github.assessmentkit.cqa.GovernanceCriteria;
import io.github.assessmentkit.json.GoldenVectorReport;
import io.github.assessmentkit.json.GoldenVectors;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.AwardDecision;
import io.github.assessmentkit.scoring.ConditionResult;
import io.github.assessmentkit.scoring.NodeScore;
import io.github.assessmentkit.scoring.ScoreWarning;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden vectors of the good-governance set: sample cooperatives from samples.md, every answer
 * chosen here and every number worked out by hand below.
 *
 * <p>How the 100 points are shared (largest remainder, two decimals): the principles by weight
 * 3:2:3:3:2:2 of 15 are 20, 13.333.., 20, 20, 13.333.., 13.333..; that leaves one cent, which goes
 * to the first of the three tied remainders, so G2 = 13.34, G5 = G6 = 13.33. Inside a principle the
 * same rule shares its points among its indicators by their weights. An indicator earns its
 * fraction (yes 1, partial 0.5, no 0; level n of 0-4 n/4) times its share, rounded half-even to two
 * places: 0.5 x 2.67 = 1.335 -> 1.34, 0.5 x 1.21 = 0.605 -> 0.60, 0.75 x 2.66 = 1.995 -> 2.00. "Ln"
 * below is level n.
 *
 * <p>Each vector is also a golden-vector file in {@code
 * src/test/resources/golden-vectors/coop-governance}, with the expected results worked out here;
 * the first test checks the set against that folder with {@link GoldenVectors#check}, and each
 * other test that its file holds the same ratings.
 */
class GovernanceGoldenVectorsTest {
  private static final Subject PHA_DAENG =
      new Subject(
          "pha-daeng-teachers-savings",
          Text.of("สหกรณ์ออมทรัพย์ครูผาแดง จำกัด", "Pha Daeng Teachers' Savings Cooperative Ltd."),
          OrganisationType.SAVINGS,
          "Loei");
  private static final Subject NONG_BUA_THONG =
      new Subject(
          "nong-bua-thong-agricultural",
          Text.of("สหกรณ์การเกษตรหนองบัวทอง จำกัด", "Nong Bua Thong Agricultural Cooperative Ltd."),
          OrganisationType.AGRICULTURAL,
          "Loei");
  private static final Subject BAN_KHOK_NGAM =
      new Subject(
          "ban-khok-ngam-field-crops",
          Text.of("กลุ่มเกษตรกรทำไร่บ้านโคกงาม", "Ban Khok Ngam Field-Crop Farmer Group"),
          OrganisationType.FARMER_GROUP,
          "Loei");

  private static final Subject NA_HAEO =
      new Subject(
          "na-haeo-agricultural",
          Text.of("สหกรณ์การเกษตรนาแห้ว จำกัด", "Na Haeo Agricultural Cooperative Ltd."),
          OrganisationType.AGRICULTURAL,
          "Loei");

  /** G2.3 (no fraud in the last two accounting years) asked of a cooperative with one such year. */
  private static final Rating G2_3_NOT_YET =
      Rating.notApplicable(
          "G2.3", "registered in 2564: one audited accounting year so far, no fraud found in it");

  private final Rubric governance = GovernanceCriteria.rubric();
  private final Scorer scorer = Scorer.standard();

  @Test
  void the_set_gives_every_result_its_golden_vector_files_expect() {
    // when the set is checked against its folder: the vectors of the tests below, as files
    GoldenVectorReport report =
        GoldenVectors.check(governance, GoldenFolders.of(CqaSets.GOVERNANCE));

    // then every number worked out by hand below holds
    assertThat(report.failures()).isEmpty();
    assertThat(report.outcomes())
        .extracting(GoldenVectorReport.Outcome::vectorId)
        .containsExactly(
            "pha-daeng-2566",
            "na-haeo-2566",
            "pha-daeng-2566-g2-3-not-applicable",
            "pha-daeng-2567",
            "nong-bua-thong-2566",
            "ban-khok-ngam-2566");
  }

  @Test
  void a_strong_teachers_savings_cooperative_is_outstanding_and_earns_the_plaque() {
    // given samples.md 2.1: monthly board meetings, conflict-of-interest forms, audited
    // statements on the website, general meeting on time with high attendance
    Assessment a =
        answers(
            PHA_DAENG,
            2566,
            "G1.1=yes G1.2=4 G1.3=yes G1.4=yes G1.5=4 G1.6=4",
            "G2.1=yes G2.2=4 G2.3=yes G2.4=3 G2.5=yes",
            "G3.1=yes G3.2=4 G3.3=3 G3.4=yes G3.5=yes G3.6=4",
            "G4.1=3 G4.2=3 G4.3=3 G4.4=yes G4.5=3 G4.6=4",
            "G5.1=4 G5.2=4 G5.3=3 G5.4=3 G5.5=4 G5.6=4",
            "G6.1=3 G6.2=4 G6.3=yes G6.4=3 G6.5=3 G6.6=yes");

    // when
    Scorecard card = scorer.score(governance, a);

    // then, principle by principle, exactly (a principle's points times the weighted mean of
    // its indicators' fractions): the percent is exact earned / exact
    // possible, rounded once; shown points are the exact ones rounded top down by largest
    // remainder, so the shown principles add up to the shown total
    // G1 = 20 x (2x1 + 3x1 + 3x1 + 2x1 + 3x1 + 2x1) / 15 = 20: 20.00, 100.00 %
    assertPrinciple(card, "G1", "20.00", "100.00");
    // G2 = 40/3 x (2x1 + 3x1 + 3x1 + 2x0.75 + 1x1) / 11 = 140/11 = 12.727..: 95.45 %
    assertPrinciple(card, "G2", "12.73", "95.45");
    // G3 = 20 x (3x1 + 2x1 + 2x0.75 + 2x1 + 1x1 + 2x1) / 12 = 115/6 = 19.166..: 95.83 %
    assertPrinciple(card, "G3", "19.17", "95.83");
    // G4 = 20 x (3x0.75 + 3x0.75 + 2x0.75 + 2x1 + 1x0.75 + 1x1) / 12 = 65/4 = 16.25: 81.25 %
    assertPrinciple(card, "G4", "16.25", "81.25");
    // G5 = 40/3 x (3x1 + 2x1 + 2x0.75 + 2x0.75 + 1x1 + 2x1) / 12 = 110/9 = 12.222..: 91.67 %
    assertPrinciple(card, "G5", "12.22", "91.67");
    // G6 = 40/3 x (3x0.75 + 3x1 + 2x1 + 2x0.75 + 1x0.75 + 1x1) / 12 = 35/3 = 11.666..: 87.50 %
    assertPrinciple(card, "G6", "11.66", "87.50");
    // total exactly 20 + 140/11 + 115/6 + 65/4 + 110/9 + 35/3 = 36445/396 = 92.0328.. -> 92.03;
    // shown: floors 20.00 + 12.72 + 19.16 + 16.25 + 12.22 + 11.66 = 92.01, the two cents left go
    // to the largest remainders, G2 (0.727 of a cent) then G3 (0.667, tied with G6, earlier):
    // 20.00 + 12.73 + 19.17 + 16.25 + 12.22 + 11.66 = 92.03 (before, from rounded shares, 92.02)
    assertThat(card.total()).isEqualTo(new BigDecimal("92.03"));
    assertThat(card.percent()).isEqualTo(new BigDecimal("92.03"));
    // 92.03 >= 90: outstanding
    assertThat(card.level(GovernanceCriteria.LEVELS).orElseThrow().rungId())
        .isEqualTo(GovernanceCriteria.OUTSTANDING);
    // plaque: outstanding; the lowest principle is G4 at 81.25 >= 60; G2.3 yes = 100.00 %
    AwardDecision plaque = card.award(GovernanceCriteria.PLAQUE).orElseThrow();
    assertThat(plaque.tierId()).isEqualTo(GovernanceCriteria.PLAQUE_GRANTED);
    assertThat(plaque.verified()).isFalse();
    assertThat(plaque.checks().get(0).result().parts())
        .extracting(r -> r.reason().get(Language.EN))
        .containsExactly(
            "Governance level: Outstanding reaches Outstanding",
            "percent of G1 = 100.00 ≥ 60",
            "percent of G2 = 95.45 ≥ 60",
            "percent of G3 = 95.83 ≥ 60",
            "percent of G4 = 81.25 ≥ 60",
            "percent of G5 = 91.67 ≥ 60",
            "percent of G6 = 87.50 ≥ 60",
            "percent of G2.3 = 100.00 ≥ 100");
    assertThat(card.warnings()).isEmpty();
    // and its golden-vector file holds these ratings (the folder check above holds its results)
    assertThat(GoldenFolders.vector(CqaSets.GOVERNANCE, "pha-daeng-2566").assessment())
        .isEqualTo(a);
  }

  @Test
  void full_marks_with_g2_3_not_applicable_earns_the_plaque_by_the_rule_of_its_fraud_condition() {
    // given a young cooperative answering every indicator at the top of its scale, and G2.3 not
    // applicable: it has one audited accounting year, not the two the question asks about
    Assessment a =
        builder(
                NA_HAEO,
                2566,
                "G1.1=yes G1.2=4 G1.3=yes G1.4=yes G1.5=4 G1.6=4",
                "G2.1=yes G2.2=4 G2.4=4 G2.5=yes",
                "G3.1=yes G3.2=4 G3.3=4 G3.4=yes G3.5=yes G3.6=4",
                "G4.1=4 G4.2=4 G4.3=4 G4.4=yes G4.5=4 G4.6=4",
                "G5.1=4 G5.2=4 G5.3=4 G5.4=4 G5.5=4 G5.6=4",
                "G6.1=4 G6.2=4 G6.3=yes G6.4=4 G6.5=4 G6.6=yes")
            .rating(G2_3_NOT_YET)
            .build();

    // when
    Scorecard card = scorer.score(governance, a);

    // then every applicable indicator earns its whole share, so each principle earns all it may:
    // G1 20.00, G2 13.34 (G2.3's share moved to G2.1, G2.2, G2.4, G2.5), G3 20.00, G4 20.00, G5
    // 13.33, G6 13.33; total 100.00 of 100 = 100.00 %, outstanding (>= 90)
    assertThat(card.total()).isEqualTo(new BigDecimal("100.00"));
    assertThat(card.node("G2").orElseThrow().earned()).isEqualTo(new BigDecimal("13.34"));
    assertThat(card.level(GovernanceCriteria.LEVELS).orElseThrow().rungId())
        .isEqualTo(GovernanceCriteria.OUTSTANDING);
    // G2.3 is not a number: before, it read as 0.00 and refused the plaque with
    // "percent of G2.3 = 0.00 is not ≥ 100"; now its condition's rule (holds) decides
    AwardDecision plaque = card.award(GovernanceCriteria.PLAQUE).orElseThrow();
    assertThat(plaque.tierId()).isEqualTo(GovernanceCriteria.PLAQUE_GRANTED);
    assertThat(plaque.undecided()).isFalse();
    List<ConditionResult> parts = plaque.checks().get(0).result().parts();
    assertThat(parts)
        .extracting(r -> r.reason().get(Language.EN))
        .containsExactly(
            "Governance level: Outstanding reaches Outstanding",
            "percent of G1 = 100.00 ≥ 60",
            "percent of G2 = 100.00 ≥ 60",
            "percent of G3 = 100.00 ≥ 60",
            "percent of G4 = 100.00 ≥ 60",
            "percent of G5 = 100.00 ≥ 60",
            "percent of G6 = 100.00 ≥ 60",
            "G2.3 does not apply: the condition holds by the rubric's rule");
    assertThat(parts.get(7).reason().get(Language.TH))
        .isEqualTo("G2.3 ไม่เกี่ยวข้อง: เงื่อนไขผ่านตามกฎของเกณฑ์");
    assertThat(card.warnings())
        .extracting(ScoreWarning::code, ScoreWarning::path)
        .containsExactly(tuple("not-applicable", "G2.3"));
    // and its golden-vector file holds these ratings (the folder check above holds its results)
    assertThat(GoldenFolders.vector(CqaSets.GOVERNANCE, "na-haeo-2566").assessment()).isEqualTo(a);
  }

  @Test
  void the_strong_savings_cooperative_with_g2_3_not_applicable_still_earns_the_plaque() {
    // given the answers of the first vector, but G2.3 not applicable
    Assessment a =
        builder(
                PHA_DAENG,
                2566,
                "G1.1=yes G1.2=4 G1.3=yes G1.4=yes G1.5=4 G1.6=4",
                "G2.1=yes G2.2=4 G2.4=3 G2.5=yes",
                "G3.1=yes G3.2=4 G3.3=3 G3.4=yes G3.5=yes G3.6=4",
                "G4.1=3 G4.2=3 G4.3=3 G4.4=yes G4.5=3 G4.6=4",
                "G5.1=4 G5.2=4 G5.3=3 G5.4=3 G5.5=4 G5.6=4",
                "G6.1=3 G6.2=4 G6.3=yes G6.4=3 G6.5=3 G6.6=yes")
            .rating(G2_3_NOT_YET)
            .build();

    // when
    Scorecard card = scorer.score(governance, a);

    // then G2.3 leaves and G2's 40/3 is shared among G2.1, G2.2, G2.4, G2.5 by 2:3:2:1 of 8:
    // G2 = 40/3 x (2x1 + 3x1 + 2x0.75 + 1x1) / 8 = 40/3 x 7.5/8 = 25/2 = 12.50 exactly, 93.75 %
    // (before, from the rounded shares 3.34 5.00 3.33 1.67: 12.51, 93.78 %)
    assertPrinciple(card, "G2", "12.50", "93.75");
    assertThat(card.node("G2.3").orElseThrow().applicable()).isFalse();
    // the other principles are exactly as in the first vector; total 20 + 25/2 + 115/6 + 65/4 +
    // 110/9 + 35/3 = 3305/36 = 91.8055.. -> 91.81 (before 91.79); shown: floors 20.00 + 12.50 +
    // 19.16 + 16.25 + 12.22 + 11.66 = 91.79, two cents to G3 and G6 (0.667 of a cent each)
    assertPrinciple(card, "G6", "11.67", "87.50");
    assertThat(card.total()).isEqualTo(new BigDecimal("91.81"));
    assertThat(card.percent()).isEqualTo(new BigDecimal("91.81"));
    // plaque: outstanding; the lowest principle is G4 at 81.25 >= 60; G2.3 holds by its rule
    AwardDecision plaque = card.award(GovernanceCriteria.PLAQUE).orElseThrow();
    assertThat(plaque.tierId()).isEqualTo(GovernanceCriteria.PLAQUE_GRANTED);
    assertThat(plaque.checks().get(0).result().parts())
        .extracting(r -> r.reason().get(Language.EN))
        .containsExactly(
            "Governance level: Outstanding reaches Outstanding",
            "percent of G1 = 100.00 ≥ 60",
            "percent of G2 = 93.75 ≥ 60",
            "percent of G3 = 95.83 ≥ 60",
            "percent of G4 = 81.25 ≥ 60",
            "percent of G5 = 91.67 ≥ 60",
            "percent of G6 = 87.50 ≥ 60",
            "G2.3 does not apply: the condition holds by the rubric's rule");
    // and its golden-vector file holds these ratings (the folder check above holds its results)
    assertThat(
            GoldenFolders.vector(CqaSets.GOVERNANCE, "pha-daeng-2566-g2-3-not-applicable")
                .assessment())
        .isEqualTo(a);
  }

  @Test
  void a_registrar_order_answered_late_the_next_year_costs_the_outstanding_level_and_the_plaque() {
    // given the same cooperative a year later: every answer as in 2566 but G1.2, a
    // registrar's order answered late, down from level 4 to level 1
    Assessment a =
        answers(
            PHA_DAENG,
            2567,
            "G1.1=yes G1.2=1 G1.3=yes G1.4=yes G1.5=4 G1.6=4",
            "G2.1=yes G2.2=4 G2.3=yes G2.4=3 G2.5=yes",
            "G3.1=yes G3.2=4 G3.3=3 G3.4=yes G3.5=yes G3.6=4",
            "G4.1=3 G4.2=3 G4.3=3 G4.4=yes G4.5=3 G4.6=4",
            "G5.1=4 G5.2=4 G5.3=3 G5.4=3 G5.5=4 G5.6=4",
            "G6.1=3 G6.2=4 G6.3=yes G6.4=3 G6.5=3 G6.6=yes");

    // when
    Scorecard card = scorer.score(governance, a);

    // then, principle by principle, exactly (a principle's points times the weighted mean of
    // its indicators' fractions): the percent is exact earned / exact
    // possible, rounded once; shown points are the exact ones rounded top down by largest
    // remainder, so the shown principles add up to the shown total
    // G1 = 20 x (2x1 + 3x0.25 + 3x1 + 2x1 + 3x1 + 2x1) / 15 = 17: 17.00, 85.00 %
    assertPrinciple(card, "G1", "17.00", "85.00");
    // G2 = 140/11 = 12.727..: 95.45 % (as in the first vector)
    assertPrinciple(card, "G2", "12.73", "95.45");
    // G3 = 115/6 = 19.166..: 95.83 %
    assertPrinciple(card, "G3", "19.17", "95.83");
    // G4 = 65/4 = 16.25: 81.25 %
    assertPrinciple(card, "G4", "16.25", "81.25");
    // G5 = 110/9 = 12.222..: 91.67 %
    assertPrinciple(card, "G5", "12.22", "91.67");
    // G6 = 35/3 = 11.666..: 87.50 %
    assertPrinciple(card, "G6", "11.66", "87.50");
    // total exactly 17 + 140/11 + 115/6 + 65/4 + 110/9 + 35/3 = 35257/396 = 89.0328.. -> 89.03
    // (before 89.02); shown: floors 17.00 + 12.72 + 19.16 + 16.25 + 12.22 + 11.66 = 89.01, two
    // cents to G2 (0.727 of a cent) and G3 (0.667, tied with G6, earlier)
    assertThat(card.total()).isEqualTo(new BigDecimal("89.03"));
    assertThat(card.percent()).isEqualTo(new BigDecimal("89.03"));
    // 89.03 < 90 but >= 80: very good, one rung down from 2566 (92.03 - 3.00 on G1.2 = 89.03)
    assertThat(card.level(GovernanceCriteria.LEVELS).orElseThrow().rungId())
        .isEqualTo(GovernanceCriteria.VERY_GOOD);
    // plaque: every principle is still at 60 % or more and G2.3 is yes, but the level is not
    // outstanding, so no plaque this year
    AwardDecision plaque = card.award(GovernanceCriteria.PLAQUE).orElseThrow();
    assertThat(plaque.awarded()).isFalse();
    assertThat(plaque.outcome().get(Language.EN)).isEqualTo("no award");
    List<ConditionResult> parts = plaque.checks().get(0).result().parts();
    assertThat(parts)
        .extracting(ConditionResult::met)
        .containsExactly(false, true, true, true, true, true, true, true);
    assertThat(parts.get(0).reason().get(Language.EN))
        .isEqualTo("Governance level: Very good does not reach Outstanding");
    // and its golden-vector file holds these ratings (the folder check above holds its results)
    assertThat(GoldenFolders.vector(CqaSets.GOVERNANCE, "pha-daeng-2567").assessment())
        .isEqualTo(a);
  }

  @Test
  void a_middling_agricultural_cooperative_is_fair_strongest_in_rule_of_law() {
    // given samples.md 2.2: general meeting on time but under a third of members attend,
    // audit findings followed up slowly, procurement files incomplete, cost ratio rising
    Assessment a =
        answers(
            NONG_BUA_THONG,
            2566,
            "G1.1=yes G1.2=3 G1.3=yes G1.4=yes G1.5=3 G1.6=3",
            "G2.1=partial G2.2=2 G2.3=yes G2.4=3 G2.5=partial",
            "G3.1=yes G3.2=3 G3.3=1 G3.4=yes G3.5=yes G3.6=2",
            "G4.1=1 G4.2=2 G4.3=1 G4.4=yes G4.5=2 G4.6=2",
            "G5.1=1 G5.2=3 G5.3=3 G5.4=2 G5.5=2 G5.6=2",
            "G6.1=1 G6.2=2 G6.3=yes G6.4=1 G6.5=2 G6.6=partial");

    // when
    Scorecard card = scorer.score(governance, a);

    // then, principle by principle, exactly (a principle's points times the weighted mean of
    // its indicators' fractions): the percent is exact earned / exact
    // possible, rounded once; shown points are the exact ones rounded top down by largest
    // remainder, so the shown principles add up to the shown total
    // G1 = 20 x (2x1 + 3x0.75 + 3x1 + 2x1 + 3x0.75 + 2x0.75) / 15 = 52/3 = 17.333..: 86.67 %
    assertPrinciple(card, "G1", "17.33", "86.67");
    // G2 = 40/3 x (2x0.5 + 3x0.5 + 3x1 + 2x0.75 + 1x0.5) / 11 = 100/11 = 9.0909..: 68.18 %
    assertPrinciple(card, "G2", "9.09", "68.18");
    // G3 = 20 x (3x1 + 2x0.75 + 2x0.25 + 2x1 + 1x1 + 2x0.5) / 12 = 15: 15.00, 75.00 %
    assertPrinciple(card, "G3", "15.00", "75.00");
    // G4 = 20 x (3x0.25 + 3x0.5 + 2x0.25 + 2x1 + 1x0.5 + 1x0.5) / 12 = 115/12 = 9.5833..: 47.92 %
    assertPrinciple(card, "G4", "9.58", "47.92");
    // G5 = 40/3 x (3x0.25 + 2x0.75 + 2x0.75 + 2x0.5 + 1x0.5 + 2x0.5) / 12 = 125/18 = 6.9444..:
    // 52.08 %
    assertPrinciple(card, "G5", "6.95", "52.08");
    // G6 = 40/3 x (3x0.25 + 3x0.5 + 2x1 + 2x0.25 + 1x0.5 + 1x0.5) / 12 = 115/18 = 6.3888..: 47.92 %
    assertPrinciple(card, "G6", "6.39", "47.92");
    // total exactly 52/3 + 100/11 + 15 + 115/12 + 125/18 + 115/18 = 2831/44 = 64.3409.. -> 64.34
    // (before 64.36); shown: floors 17.33 + 9.09 + 15.00 + 9.58 + 6.94 + 6.38 = 64.32, two cents
    // to G6 (0.889 of a cent) and G5 (0.444, larger than G4's 0.333 and G1's 0.333)
    assertThat(card.total()).isEqualTo(new BigDecimal("64.34"));
    assertThat(card.percent()).isEqualTo(new BigDecimal("64.34"));
    // 64.34 >= 60 but < 70: fair; strongest principle G1 (86.67 %), weakest G4 and G6 (47.92 %
    // each), participation and value for money
    assertThat(card.level(GovernanceCriteria.LEVELS).orElseThrow().rungId())
        .isEqualTo(GovernanceCriteria.FAIR);
    // plaque: not outstanding, and G4 (47.92), G6 (47.92) and G5 (52.08) are below 60 %
    AwardDecision plaque = card.award(GovernanceCriteria.PLAQUE).orElseThrow();
    assertThat(plaque.awarded()).isFalse();
    assertThat(plaque.checks().get(0).result().parts())
        .extracting(ConditionResult::met)
        .containsExactly(false, true, true, true, false, false, false, true);
    // and its golden-vector file holds these ratings (the folder check above holds its results)
    assertThat(GoldenFolders.vector(CqaSets.GOVERNANCE, "nong-bua-thong-2566").assessment())
        .isEqualTo(a);
  }

  @Test
  void a_weak_farmer_group_needs_improvement_and_keeps_unknown_apart_from_not_applicable() {
    // given samples.md 2.3: annual meeting held late, no written code of ethics, accounts
    // closed late, a registrar's order outstanding; no procurement at all this year (G3.3 not
    // applicable) and nobody could say how loans to directors were approved (G2.4 unknown)
    Assessment a =
        answers(
            BAN_KHOK_NGAM,
            2566,
            "G1.1=partial G1.2=0 G1.3=no G1.4=no G1.5=2 G1.6=2",
            "G2.1=no G2.2=1 G2.3=yes G2.4=? G2.5=partial",
            "G3.1=partial G3.2=1 G3.3=NA G3.4=partial G3.5=partial G3.6=1",
            "G4.1=2 G4.2=2 G4.3=0 G4.4=partial G4.5=1 G4.6=0",
            "G5.1=1 G5.2=1 G5.3=0 G5.4=0 G5.5=1 G5.6=1",
            "G6.1=1 G6.2=1 G6.3=partial G6.4=0 G6.5=1 G6.6=no");

    // when
    Scorecard card = scorer.score(governance, a);

    // then, principle by principle, exactly (a principle's points times the weighted mean of
    // its indicators' fractions): the percent is exact earned / exact
    // possible, rounded once; shown points are the exact ones rounded top down by largest
    // remainder, so the shown principles add up to the shown total
    // G1 = 20 x (2x0.5 + 3x0 + 3x0 + 2x0 + 3x0.5 + 2x0.5) / 15 = 14/3 = 4.666..: 23.33 %
    assertPrinciple(card, "G1", "4.67", "23.33");
    // G2 = 40/3 x (2x0 + 3x0.25 + 3x1 + 2x0 [G2.4 unknown] + 1x0.5) / 11 = 170/33 = 5.1515..: 38.64
    // %
    assertPrinciple(card, "G2", "5.15", "38.64");
    // G3.3 n/a leaves: G3 = 20 x (3x0.5 + 2x0.25 + 2x0.5 + 1x0.5 + 2x0.25) / 10 = 8: 40.00 %
    assertPrinciple(card, "G3", "8.00", "40.00");
    // G4 = 20 x (3x0.5 + 3x0.5 + 2x0 + 2x0.5 + 1x0.25 + 1x0) / 12 = 85/12 = 7.0833..: 35.42 %
    assertPrinciple(card, "G4", "7.08", "35.42");
    // G5 = 40/3 x (3x0.25 + 2x0.25 + 2x0 + 2x0 + 1x0.25 + 2x0.25) / 12 = 20/9 = 2.222..: 16.67 %
    assertPrinciple(card, "G5", "2.22", "16.67");
    // G6 = 40/3 x (3x0.25 + 3x0.25 + 2x0.5 + 2x0 + 1x0.25 + 1x0) / 12 = 55/18 = 3.0555..: 22.92 %
    assertPrinciple(card, "G6", "3.06", "22.92");
    // total exactly 14/3 + 170/33 + 8 + 85/12 + 20/9 + 55/18 = 11951/396 = 30.1792.. -> 30.18
    // (before 30.20); shown: floors 4.66 + 5.15 + 8.00 + 7.08 + 2.22 + 3.05 = 30.16, two cents
    // to G1 (0.667 of a cent) and G6 (0.556)
    assertThat(card.total()).isEqualTo(new BigDecimal("30.18"));
    assertThat(card.percent()).isEqualTo(new BigDecimal("30.18"));
    // 30.18 < 60: needs improvement; no plaque
    assertThat(card.level(GovernanceCriteria.LEVELS).orElseThrow().rungId())
        .isEqualTo(GovernanceCriteria.NEEDS_IMPROVEMENT);
    assertThat(card.award(GovernanceCriteria.PLAQUE).orElseThrow().awarded()).isFalse();
    // not applicable is not unknown: G3.3 left the calculation and its 3.33 points went to the
    // other transparency indicators (G3 still has 20.00 possible); G2.4 stayed in, earned
    // nothing, and lowers the coverage: 35 indicators, 34 ratable, 33 rated
    assertThat(card.node("G3.3").orElseThrow().applicable()).isFalse();
    assertThat(card.node("G3").orElseThrow().possible()).isEqualTo(new BigDecimal("20.00"));
    assertThat(card.node("G3.1").orElseThrow().possible()).isEqualTo(new BigDecimal("6.00"));
    assertThat(card.node("G2.4").orElseThrow().possible()).isEqualTo(new BigDecimal("2.42"));
    assertThat(card.node("G2.4").orElseThrow().earned()).isEqualTo(new BigDecimal("0.00"));
    assertThat(card.coverage().ratable()).isEqualTo(34);
    assertThat(card.coverage().rated()).isEqualTo(33);
    // 33 / 34 = 97.058.. -> 97.06 %
    assertThat(card.coverage().percent()).isEqualTo(new BigDecimal("97.06"));
    assertThat(card.warnings())
        .extracting(ScoreWarning::code, ScoreWarning::path)
        .containsExactlyInAnyOrder(tuple("unknown", "G2.4"), tuple("not-applicable", "G3.3"));
    // and its golden-vector file holds these ratings (the folder check above holds its results)
    assertThat(GoldenFolders.vector(CqaSets.GOVERNANCE, "ban-khok-ngam-2566").assessment())
        .isEqualTo(a);
  }

  /**
   * Builds a self-assessment from answers written {@code id=value}: {@code yes}, {@code partial},
   * {@code no}, a level {@code 0} to {@code 4}, {@code ?} for unknown, {@code NA} for not
   * applicable.
   */
  private Assessment answers(Subject subject, int buddhistYear, String... rows) {
    return builder(subject, buddhistYear, rows).build();
  }

  /** The answers of {@link #answers}, in a builder to add more ratings to. */
  private AssessmentBuilder builder(Subject subject, int buddhistYear, String... rows) {
    AssessmentBuilder b =
        Assessment.builder(
            subject.id() + "-" + buddhistYear,
            subject,
            governance.ref(),
            FiscalYear.ofBuddhistEra(buddhistYear));
    for (String row : rows) {
      for (String answer : row.split(" ")) {
        String[] pair = answer.split("=");
        b.rating(
            switch (pair[1]) {
              case "?" -> Rating.unknown(pair[0], "nobody could say");
              case "NA" -> Rating.notApplicable(pair[0], "no purchases at all this year");
              default -> Rating.choice(pair[0], pair[1]);
            });
      }
    }
    return b;
  }

  private static void assertPrinciple(Scorecard card, String id, String earned, String percent) {
    NodeScore node = card.node(id).orElseThrow();
    assertThat(node.earned()).as("points of %s", id).isEqualTo(new BigDecimal(earned));
    assertThat(node.percent()).as("percent of %s", id).isEqualTo(new BigDecimal(percent));
  }
}
