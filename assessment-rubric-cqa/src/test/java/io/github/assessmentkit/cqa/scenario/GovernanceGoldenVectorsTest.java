package io.github.assessmentkit.cqa.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentBuilder;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.Subject;
import io.github.assessmentkit.cqa.GovernanceCriteria;
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

    // then, principle by principle (points shared by weight; earned = fraction x share):
    // G1 (20.00, weights 2:3:3:2:3:2) shares 2.67 4.00 4.00 2.67 4.00 2.66
    //   G1.1 yes 2.67; G1.2 L4 4.00; G1.3 yes 4.00; G1.4 yes 2.67; G1.5 L4 4.00; G1.6 L4 2.66
    //   = 20.00 of 20.00 = 100.00 %
    assertPrinciple(card, "G1", "20.00", "100.00");
    // G2 (13.34, weights 2:3:3:2:1) shares 2.43 3.64 3.64 2.42 1.21
    //   G2.1 yes 2.43; G2.2 L4 3.64; G2.3 yes 3.64; G2.4 L3 0.75x2.42=1.82; G2.5 yes 1.21
    //   = 12.74 of 13.34 = 95.50 %
    assertPrinciple(card, "G2", "12.74", "95.50");
    // G3 (20.00, weights 3:2:2:2:1:2) shares 5.00 3.34 3.33 3.33 1.67 3.33
    //   G3.1 yes 5.00; G3.2 L4 3.34; G3.3 L3 0.75x3.33=2.50; G3.4 yes 3.33; G3.5 yes 1.67;
    //     G3.6 L4 3.33
    //   = 19.17 of 20.00 = 95.85 %
    assertPrinciple(card, "G3", "19.17", "95.85");
    // G4 (20.00, weights 3:3:2:2:1:1) shares 5.00 5.00 3.33 3.33 1.67 1.67
    //   G4.1 L3 0.75x5.00=3.75; G4.2 L3 0.75x5.00=3.75; G4.3 L3 0.75x3.33=2.50; G4.4 yes
    //     3.33; G4.5 L3 0.75x1.67=1.25; G4.6 L4 1.67
    //   = 16.25 of 20.00 = 81.25 %
    assertPrinciple(card, "G4", "16.25", "81.25");
    // G5 (13.33, weights 3:2:2:2:1:2) shares 3.34 2.22 2.22 2.22 1.11 2.22
    //   G5.1 L4 3.34; G5.2 L4 2.22; G5.3 L3 0.75x2.22=1.66; G5.4 L3 0.75x2.22=1.66; G5.5 L4
    //     1.11; G5.6 L4 2.22
    //   = 12.21 of 13.33 = 91.60 %
    assertPrinciple(card, "G5", "12.21", "91.60");
    // G6 (13.33, weights 3:3:2:2:1:1) shares 3.34 3.33 2.22 2.22 1.11 1.11
    //   G6.1 L3 0.75x3.34=2.50; G6.2 L4 3.33; G6.3 yes 2.22; G6.4 L3 0.75x2.22=1.66; G6.5 L3
    //     0.75x1.11=0.83; G6.6 yes 1.11
    //   = 11.65 of 13.33 = 87.40 %
    assertPrinciple(card, "G6", "11.65", "87.40");
    // total 20.00 + 12.74 + 19.17 + 16.25 + 12.21 + 11.65 = 92.02 of 100 = 92.02 %
    assertThat(card.total()).isEqualTo(new BigDecimal("92.02"));
    assertThat(card.percent()).isEqualTo(new BigDecimal("92.02"));
    // 92.02 >= 90: outstanding
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
            "percent of G2 = 95.50 ≥ 60",
            "percent of G3 = 95.85 ≥ 60",
            "percent of G4 = 81.25 ≥ 60",
            "percent of G5 = 91.60 ≥ 60",
            "percent of G6 = 87.40 ≥ 60",
            "percent of G2.3 = 100.00 ≥ 100");
    assertThat(card.warnings()).isEmpty();
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

    // then G2 (13.34) is shared among G2.1, G2.2, G2.4, G2.5 by weights 2:3:2:1 of 8:
    //   exact 3.335, 5.0025, 3.335, 1.6675; floors 3.33 5.00 3.33 1.66 = 13.32, two cents left;
    //   the largest remainders are G2.5 (0.75 of a cent), then G2.1 and G2.4 tied (0.5), the
    //   first of them, G2.1, taking the second cent: shares 3.34 5.00 3.33 1.67
    //   G2.1 yes 3.34; G2.2 L4 5.00; G2.4 L3 0.75x3.33=2.4975 -> 2.50; G2.5 yes 1.67
    //   = 12.51 of 13.34 = 93.778.. -> 93.78 %
    assertPrinciple(card, "G2", "12.51", "93.78");
    assertThat(card.node("G2.3").orElseThrow().applicable()).isFalse();
    // the other principles are as in the first vector: 20.00, 19.17, 16.25, 12.21, 11.65
    // total 20.00 + 12.51 + 19.17 + 16.25 + 12.21 + 11.65 = 91.79 of 100 = 91.79 %: outstanding
    assertThat(card.total()).isEqualTo(new BigDecimal("91.79"));
    assertThat(card.percent()).isEqualTo(new BigDecimal("91.79"));
    // plaque: outstanding; the lowest principle is G4 at 81.25 >= 60; G2.3 holds by its rule
    AwardDecision plaque = card.award(GovernanceCriteria.PLAQUE).orElseThrow();
    assertThat(plaque.tierId()).isEqualTo(GovernanceCriteria.PLAQUE_GRANTED);
    assertThat(plaque.checks().get(0).result().parts())
        .extracting(r -> r.reason().get(Language.EN))
        .containsExactly(
            "Governance level: Outstanding reaches Outstanding",
            "percent of G1 = 100.00 ≥ 60",
            "percent of G2 = 93.78 ≥ 60",
            "percent of G3 = 95.85 ≥ 60",
            "percent of G4 = 81.25 ≥ 60",
            "percent of G5 = 91.60 ≥ 60",
            "percent of G6 = 87.40 ≥ 60",
            "G2.3 does not apply: the condition holds by the rubric's rule");
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

    // then, principle by principle (points shared by weight; earned = fraction x share):
    // G1 (20.00, weights 2:3:3:2:3:2) shares 2.67 4.00 4.00 2.67 4.00 2.66
    //   G1.1 yes 2.67; G1.2 L1 0.25x4.00=1.00; G1.3 yes 4.00; G1.4 yes 2.67; G1.5 L4 4.00;
    //     G1.6 L4 2.66
    //   = 17.00 of 20.00 = 85.00 %
    assertPrinciple(card, "G1", "17.00", "85.00");
    // G2 (13.34, weights 2:3:3:2:1) shares 2.43 3.64 3.64 2.42 1.21
    //   G2.1 yes 2.43; G2.2 L4 3.64; G2.3 yes 3.64; G2.4 L3 0.75x2.42=1.82; G2.5 yes 1.21
    //   = 12.74 of 13.34 = 95.50 %
    assertPrinciple(card, "G2", "12.74", "95.50");
    // G3 (20.00, weights 3:2:2:2:1:2) shares 5.00 3.34 3.33 3.33 1.67 3.33
    //   G3.1 yes 5.00; G3.2 L4 3.34; G3.3 L3 0.75x3.33=2.50; G3.4 yes 3.33; G3.5 yes 1.67;
    //     G3.6 L4 3.33
    //   = 19.17 of 20.00 = 95.85 %
    assertPrinciple(card, "G3", "19.17", "95.85");
    // G4 (20.00, weights 3:3:2:2:1:1) shares 5.00 5.00 3.33 3.33 1.67 1.67
    //   G4.1 L3 0.75x5.00=3.75; G4.2 L3 0.75x5.00=3.75; G4.3 L3 0.75x3.33=2.50; G4.4 yes
    //     3.33; G4.5 L3 0.75x1.67=1.25; G4.6 L4 1.67
    //   = 16.25 of 20.00 = 81.25 %
    assertPrinciple(card, "G4", "16.25", "81.25");
    // G5 (13.33, weights 3:2:2:2:1:2) shares 3.34 2.22 2.22 2.22 1.11 2.22
    //   G5.1 L4 3.34; G5.2 L4 2.22; G5.3 L3 0.75x2.22=1.66; G5.4 L3 0.75x2.22=1.66; G5.5 L4
    //     1.11; G5.6 L4 2.22
    //   = 12.21 of 13.33 = 91.60 %
    assertPrinciple(card, "G5", "12.21", "91.60");
    // G6 (13.33, weights 3:3:2:2:1:1) shares 3.34 3.33 2.22 2.22 1.11 1.11
    //   G6.1 L3 0.75x3.34=2.50; G6.2 L4 3.33; G6.3 yes 2.22; G6.4 L3 0.75x2.22=1.66; G6.5 L3
    //     0.75x1.11=0.83; G6.6 yes 1.11
    //   = 11.65 of 13.33 = 87.40 %
    assertPrinciple(card, "G6", "11.65", "87.40");
    // total 17.00 + 12.74 + 19.17 + 16.25 + 12.21 + 11.65 = 89.02 of 100 = 89.02 %
    assertThat(card.total()).isEqualTo(new BigDecimal("89.02"));
    assertThat(card.percent()).isEqualTo(new BigDecimal("89.02"));
    // 89.02 < 90 but >= 80: very good, one rung down from 2566 (92.02 - 3.00 on G1.2 = 89.02)
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

    // then, principle by principle (points shared by weight; earned = fraction x share):
    // G1 (20.00, weights 2:3:3:2:3:2) shares 2.67 4.00 4.00 2.67 4.00 2.66
    //   G1.1 yes 2.67; G1.2 L3 0.75x4.00=3.00; G1.3 yes 4.00; G1.4 yes 2.67; G1.5 L3
    //     0.75x4.00=3.00; G1.6 L3 0.75x2.66=2.00
    //   = 17.34 of 20.00 = 86.70 %
    assertPrinciple(card, "G1", "17.34", "86.70");
    // G2 (13.34, weights 2:3:3:2:1) shares 2.43 3.64 3.64 2.42 1.21
    //   G2.1 partial 0.5x2.43=1.22; G2.2 L2 0.5x3.64=1.82; G2.3 yes 3.64; G2.4 L3
    //     0.75x2.42=1.82; G2.5 partial 0.5x1.21=0.60
    //   = 9.10 of 13.34 = 68.22 %
    assertPrinciple(card, "G2", "9.10", "68.22");
    // G3 (20.00, weights 3:2:2:2:1:2) shares 5.00 3.34 3.33 3.33 1.67 3.33
    //   G3.1 yes 5.00; G3.2 L3 0.75x3.34=2.50; G3.3 L1 0.25x3.33=0.83; G3.4 yes 3.33; G3.5
    //     yes 1.67; G3.6 L2 0.5x3.33=1.66
    //   = 14.99 of 20.00 = 74.95 %
    assertPrinciple(card, "G3", "14.99", "74.95");
    // G4 (20.00, weights 3:3:2:2:1:1) shares 5.00 5.00 3.33 3.33 1.67 1.67
    //   G4.1 L1 0.25x5.00=1.25; G4.2 L2 0.5x5.00=2.50; G4.3 L1 0.25x3.33=0.83; G4.4 yes 3.33;
    //     G4.5 L2 0.5x1.67=0.84; G4.6 L2 0.5x1.67=0.84
    //   = 9.59 of 20.00 = 47.95 %
    assertPrinciple(card, "G4", "9.59", "47.95");
    // G5 (13.33, weights 3:2:2:2:1:2) shares 3.34 2.22 2.22 2.22 1.11 2.22
    //   G5.1 L1 0.25x3.34=0.84; G5.2 L3 0.75x2.22=1.66; G5.3 L3 0.75x2.22=1.66; G5.4 L2
    //     0.5x2.22=1.11; G5.5 L2 0.5x1.11=0.56; G5.6 L2 0.5x2.22=1.11
    //   = 6.94 of 13.33 = 52.06 %
    assertPrinciple(card, "G5", "6.94", "52.06");
    // G6 (13.33, weights 3:3:2:2:1:1) shares 3.34 3.33 2.22 2.22 1.11 1.11
    //   G6.1 L1 0.25x3.34=0.84; G6.2 L2 0.5x3.33=1.66; G6.3 yes 2.22; G6.4 L1 0.25x2.22=0.56;
    //     G6.5 L2 0.5x1.11=0.56; G6.6 partial 0.5x1.11=0.56
    //   = 6.40 of 13.33 = 48.01 %
    assertPrinciple(card, "G6", "6.40", "48.01");
    // total 17.34 + 9.10 + 14.99 + 9.59 + 6.94 + 6.40 = 64.36 of 100 = 64.36 %
    assertThat(card.total()).isEqualTo(new BigDecimal("64.36"));
    assertThat(card.percent()).isEqualTo(new BigDecimal("64.36"));
    // 64.36 >= 60 but < 70: fair; strongest principle G1 (86.70 %), weakest G4 (47.95 %) and
    // G6 (48.01 %), participation and value for money
    assertThat(card.level(GovernanceCriteria.LEVELS).orElseThrow().rungId())
        .isEqualTo(GovernanceCriteria.FAIR);
    // plaque: not outstanding, and G4 (47.95), G6 (48.01) and G5 (52.06) are below 60 %
    AwardDecision plaque = card.award(GovernanceCriteria.PLAQUE).orElseThrow();
    assertThat(plaque.awarded()).isFalse();
    assertThat(plaque.checks().get(0).result().parts())
        .extracting(ConditionResult::met)
        .containsExactly(false, true, true, true, false, false, false, true);
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

    // then, principle by principle (points shared by weight; earned = fraction x share):
    // G1 (20.00, weights 2:3:3:2:3:2) shares 2.67 4.00 4.00 2.67 4.00 2.66
    //   G1.1 partial 0.5x2.67=1.34; G1.2 L0 0; G1.3 no 0; G1.4 no 0; G1.5 L2 0.5x4.00=2.00;
    //     G1.6 L2 0.5x2.66=1.33
    //   = 4.67 of 20.00 = 23.35 %
    assertPrinciple(card, "G1", "4.67", "23.35");
    // G2 (13.34, weights 2:3:3:2:1) shares 2.43 3.64 3.64 2.42 1.21
    //   G2.1 no 0; G2.2 L1 0.25x3.64=0.91; G2.3 yes 3.64; G2.4 unknown 0; G2.5 partial
    //     0.5x1.21=0.60
    //   = 5.15 of 13.34 = 38.61 %
    assertPrinciple(card, "G2", "5.15", "38.61");
    // G3.3 is not applicable, so G3's 20.00 is shared among the other five by 3:2:2:1:2 of 10:
    // 20 x 3/10 = 6.00, 20 x 2/10 = 4.00, 4.00, 20 x 1/10 = 2.00, 4.00 (instead of 5.00 3.34
    // 3.33 3.33 1.67 3.33 with G3.3)
    // G3 (20.00, weights 3:2:2:1:2; G3.3 n/a leaves) shares 6.00 4.00 4.00 2.00 4.00
    //   G3.1 partial 0.5x6.00=3.00; G3.2 L1 0.25x4.00=1.00; G3.4 partial 0.5x4.00=2.00; G3.5
    //     partial 0.5x2.00=1.00; G3.6 L1 0.25x4.00=1.00
    //   = 8.00 of 20.00 = 40.00 %
    assertPrinciple(card, "G3", "8.00", "40.00");
    // G4 (20.00, weights 3:3:2:2:1:1) shares 5.00 5.00 3.33 3.33 1.67 1.67
    //   G4.1 L2 0.5x5.00=2.50; G4.2 L2 0.5x5.00=2.50; G4.3 L0 0; G4.4 partial 0.5x3.33=1.66;
    //     G4.5 L1 0.25x1.67=0.42; G4.6 L0 0
    //   = 7.08 of 20.00 = 35.40 %
    assertPrinciple(card, "G4", "7.08", "35.40");
    // G5 (13.33, weights 3:2:2:2:1:2) shares 3.34 2.22 2.22 2.22 1.11 2.22
    //   G5.1 L1 0.25x3.34=0.84; G5.2 L1 0.25x2.22=0.56; G5.3 L0 0; G5.4 L0 0; G5.5 L1
    //     0.25x1.11=0.28; G5.6 L1 0.25x2.22=0.56
    //   = 2.24 of 13.33 = 16.80 %
    assertPrinciple(card, "G5", "2.24", "16.80");
    // G6 (13.33, weights 3:3:2:2:1:1) shares 3.34 3.33 2.22 2.22 1.11 1.11
    //   G6.1 L1 0.25x3.34=0.84; G6.2 L1 0.25x3.33=0.83; G6.3 partial 0.5x2.22=1.11; G6.4 L0
    //     0; G6.5 L1 0.25x1.11=0.28; G6.6 no 0
    //   = 3.06 of 13.33 = 22.96 %
    assertPrinciple(card, "G6", "3.06", "22.96");
    // total 4.67 + 5.15 + 8.00 + 7.08 + 2.24 + 3.06 = 30.20 of 100 = 30.20 %
    assertThat(card.total()).isEqualTo(new BigDecimal("30.20"));
    assertThat(card.percent()).isEqualTo(new BigDecimal("30.20"));
    // 30.20 < 60: needs improvement; no plaque
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
