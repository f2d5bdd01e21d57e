package io.github.assessmentkit.cqa.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentBuilder;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.Subject;
import io.github.assessmentkit.cqa.CqaSets;
import io.github.assessmentkit.cqa.InternalControlCriteria;
import io.github.assessmentkit.json.GoldenVectorReport;
import io.github.assessmentkit.json.GoldenVectors;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.NodeScore;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Golden vectors of the internal-control set: the three sample organisations of samples.md, every
 * level chosen here and every number worked out by hand below. Each principle is worth 4 points and
 * level n earns n of them, so a component's points are the sum of its levels and the total is the
 * sum of all seventeen; the percent is the total over 68, rounded half-even to two places.
 *
 * <p>Each vector is also a golden-vector file in {@code
 * src/test/resources/golden-vectors/internal-control}, with the expected results worked out here;
 * the first test checks the set against that folder with {@link GoldenVectors#check}, and each
 * other test that its file holds the same ratings.
 */
class InternalControlGoldenVectorsTest {
  private static final Subject PHU_FA =
      new Subject(
          "phu-fa-college-staff-savings",
          Text.of(
              "สหกรณ์ออมทรัพย์บุคลากรวิทยาลัยภูฟ้า จำกัด",
              "Phu Fa College Staff Savings Cooperative Ltd."),
          OrganisationType.SAVINGS,
          "Loei");
  private static final Subject HUAI_SAI_THONG =
      new Subject(
          "huai-sai-thong-agricultural",
          Text.of(
              "สหกรณ์การเกษตรห้วยทรายทอง จำกัด", "Huai Sai Thong Agricultural Cooperative Ltd."),
          OrganisationType.AGRICULTURAL,
          "Loei");
  private static final Subject BAN_NA_DIN_DAENG =
      new Subject(
          "ban-na-din-daeng-cattle",
          Text.of(
              "กลุ่มเกษตรกรเลี้ยงโคบ้านนาดินแดง", "Ban Na Din Daeng Cattle-Raising Farmer Group"),
          OrganisationType.FARMER_GROUP,
          "Loei");

  private final Rubric control = InternalControlCriteria.rubric();
  private final Scorer scorer = Scorer.standard();

  @Test
  void the_set_gives_every_result_its_golden_vector_files_expect() {
    // when the set is checked against its folder: the vectors of the tests below, as files
    GoldenVectorReport report =
        GoldenVectors.check(control, GoldenFolders.of(CqaSets.INTERNAL_CONTROL));

    // then every number worked out by hand below holds
    assertThat(report.failures()).isEmpty();
    assertThat(report.outcomes())
        .extracting(GoldenVectorReport.Outcome::vectorId)
        .containsExactly(
            "phu-fa-2566", "phu-fa-2566-maturity", "huai-sai-thong-2566", "ban-na-din-daeng-2566");
  }

  @Test
  void a_strong_savings_cooperative_is_rated_very_good_and_weakest_on_fraud_risk() {
    // given samples.md 3.1: segregated duties, daily cash counts, monthly reconciliations,
    // role-based access and tested backups, a risk register reviewed every quarter
    Assessment a =
        levels(
            PHU_FA,
            "P1=4 P2=3 P3=4 P4=3 P5=3",
            "P6=4 P7=4 P8=2 P9=3",
            "P10=4 P11=4 P12=4",
            "P13=4 P14=3 P15=3",
            "P16=4 P17=4");

    // when
    Scorecard card = scorer.score(control, a);

    // then C1 4 + 3 + 4 + 3 + 3 = 17 of 20 = 85.00 %
    assertComponent(card, "C1", "17.00", "85.00");
    // C2 4 + 4 + 2 + 3 = 13 of 16 = 81.25 %
    assertComponent(card, "C2", "13.00", "81.25");
    // C3 4 + 4 + 4 = 12 of 12 = 100.00 %
    assertComponent(card, "C3", "12.00", "100.00");
    // C4 4 + 3 + 3 = 10 of 12 = 83.333.. -> 83.33 %
    assertComponent(card, "C4", "10.00", "83.33");
    // C5 4 + 4 = 8 of 8 = 100.00 %
    assertComponent(card, "C5", "8.00", "100.00");
    // total 17 + 13 + 12 + 10 + 8 = 60 of 68 = 88.235.. -> 88.24 % >= 85: very good
    assertThat(card.total()).isEqualTo(new BigDecimal("60.00"));
    assertThat(card.percent()).isEqualTo(new BigDecimal("88.24"));
    assertThat(rating(card)).isEqualTo(InternalControlCriteria.VERY_GOOD);
    // the weakest principle is P8, fraud risk, at level 2: 2 of its 4 points
    assertThat(card.root().indicator("P8").orElseThrow().earned())
        .isEqualTo(new BigDecimal("2.00"));
    // and its golden-vector file holds these ratings (the folder check above holds its results)
    assertThat(GoldenFolders.vector(CqaSets.INTERNAL_CONTROL, "phu-fa-2566").assessment())
        .isEqualTo(a);
  }

  @Test
  void the_same_cooperative_is_only_good_when_each_component_counts_its_weakest_principle() {
    // given the strong cooperative's levels
    Assessment a =
        levels(
            PHU_FA,
            "P1=4 P2=3 P3=4 P4=3 P5=3",
            "P6=4 P7=4 P8=2 P9=3",
            "P10=4 P11=4 P12=4",
            "P13=4 P14=3 P15=3",
            "P16=4 P17=4");

    // when scored by points-sum and by maturity side by side
    Map<String, Scorecard> cards =
        scorer.scoreEach(control, a, List.of(Strategies.POINTS_SUM, Strategies.MATURITY));

    // then maturity gives each component its lowest level: C1 3/4 x 20 = 15.00, C2 2/4 x 16 =
    // 8.00, C3 4/4 x 12 = 12.00, C4 3/4 x 12 = 9.00, C5 4/4 x 8 = 8.00; total 52.00 of 68 =
    // 76.470.. -> 76.47 % >= 70: good, where points-sum gave 60.00 and very good
    Scorecard maturity = cards.get(Strategies.MATURITY);
    assertThat(maturity.node("C2").orElseThrow().earned()).isEqualTo(new BigDecimal("8.00"));
    assertThat(maturity.total()).isEqualTo(new BigDecimal("52.00"));
    assertThat(maturity.percent()).isEqualTo(new BigDecimal("76.47"));
    assertThat(rating(maturity)).isEqualTo(InternalControlCriteria.GOOD);
    assertThat(cards.get(Strategies.POINTS_SUM).total()).isEqualTo(new BigDecimal("60.00"));
    // and its golden-vector file holds these ratings (the folder check above holds its results)
    assertThat(GoldenFolders.vector(CqaSets.INTERNAL_CONTROL, "phu-fa-2566-maturity").assessment())
        .isEqualTo(a);
  }

  @Test
  void a_middling_agricultural_cooperative_is_fair_exactly_at_the_line() {
    // given samples.md 3.2: written regulations, but irregular stock counts, one clerk who both
    // receives and records cash (P10), no formal risk assessment (P7 to P9), audit findings that
    // repeat every year (P17)
    Assessment a =
        levels(
            HUAI_SAI_THONG,
            "P1=2 P2=2 P3=3 P4=2 P5=2",
            "P6=2 P7=1 P8=1 P9=1",
            "P10=1 P11=2 P12=3",
            "P13=3 P14=2 P15=3",
            "P16=3 P17=1");

    // when
    Scorecard card = scorer.score(control, a);

    // then C1 2 + 2 + 3 + 2 + 2 = 11 of 20 = 55.00 %
    assertComponent(card, "C1", "11.00", "55.00");
    // C2 2 + 1 + 1 + 1 = 5 of 16 = 31.25 %
    assertComponent(card, "C2", "5.00", "31.25");
    // C3 1 + 2 + 3 = 6 of 12 = 50.00 %
    assertComponent(card, "C3", "6.00", "50.00");
    // C4 3 + 2 + 3 = 8 of 12 = 66.666.. -> 66.67 %
    assertComponent(card, "C4", "8.00", "66.67");
    // C5 3 + 1 = 4 of 8 = 50.00 %
    assertComponent(card, "C5", "4.00", "50.00");
    // total 11 + 5 + 6 + 8 + 4 = 34 of 68 = 50.00 % exactly; fair starts at 50 (at least): fair
    assertThat(card.total()).isEqualTo(new BigDecimal("34.00"));
    assertThat(card.percent()).isEqualTo(new BigDecimal("50.00"));
    assertThat(rating(card)).isEqualTo(InternalControlCriteria.FAIR);
    assertThat(card.level(InternalControlCriteria.RATING).orElseThrow().reason().get(Language.EN))
        .isEqualTo("total percent = 50.00 ≥ 50");
    // and its golden-vector file holds these ratings (the folder check above holds its results)
    assertThat(GoldenFolders.vector(CqaSets.INTERNAL_CONTROL, "huai-sai-thong-2566").assessment())
        .isEqualTo(a);
  }

  @Test
  void a_weak_farmer_group_needs_improvement() {
    // given samples.md 3.3: cash kept at the treasurer's home, no written procedures,
    // spreadsheet books without backups, a board that rarely meets
    Assessment a =
        levels(
            BAN_NA_DIN_DAENG,
            "P1=1 P2=0 P3=1 P4=1 P5=0",
            "P6=1 P7=0 P8=0 P9=0",
            "P10=0 P11=0 P12=0",
            "P13=1 P14=1 P15=1",
            "P16=0 P17=0");

    // when
    Scorecard card = scorer.score(control, a);

    // then C1 1 + 0 + 1 + 1 + 0 = 3 of 20 = 15.00 %
    assertComponent(card, "C1", "3.00", "15.00");
    // C2 1 + 0 + 0 + 0 = 1 of 16 = 6.25 %
    assertComponent(card, "C2", "1.00", "6.25");
    // C3 0 of 12 = 0.00 %
    assertComponent(card, "C3", "0.00", "0.00");
    // C4 1 + 1 + 1 = 3 of 12 = 25.00 %
    assertComponent(card, "C4", "3.00", "25.00");
    // C5 0 of 8 = 0.00 %
    assertComponent(card, "C5", "0.00", "0.00");
    // total 3 + 1 + 0 + 3 + 0 = 7 of 68 = 10.294.. -> 10.29 % < 50: needs improvement
    assertThat(card.total()).isEqualTo(new BigDecimal("7.00"));
    assertThat(card.percent()).isEqualTo(new BigDecimal("10.29"));
    assertThat(rating(card)).isEqualTo(InternalControlCriteria.NEEDS_IMPROVEMENT);
    assertThat(card.isComplete()).isTrue();
    // and its golden-vector file holds these ratings (the folder check above holds its results)
    assertThat(GoldenFolders.vector(CqaSets.INTERNAL_CONTROL, "ban-na-din-daeng-2566").assessment())
        .isEqualTo(a);
  }

  /** Builds a self-assessment of fiscal year 2566 from levels written {@code principle=level}. */
  private Assessment levels(Subject subject, String... rows) {
    AssessmentBuilder b =
        Assessment.builder(
            subject.id() + "-2566", subject, control.ref(), FiscalYear.ofBuddhistEra(2566));
    for (String row : rows) {
      for (String rating : row.split(" ")) {
        String[] pair = rating.split("=");
        b.rating(Rating.choice(pair[0], pair[1]));
      }
    }
    return b.build();
  }

  private static void assertComponent(Scorecard card, String id, String earned, String percent) {
    NodeScore node = card.node(id).orElseThrow();
    assertThat(node.earned()).as("points of %s", id).isEqualTo(new BigDecimal(earned));
    assertThat(node.percent()).as("percent of %s", id).isEqualTo(new BigDecimal(percent));
  }

  private static String rating(Scorecard card) {
    return card.level(InternalControlCriteria.RATING).orElseThrow().rungId();
  }
}
