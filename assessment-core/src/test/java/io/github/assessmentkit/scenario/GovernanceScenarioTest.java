package io.github.assessmentkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.Subject;
import io.github.assessmentkit.rubric.AwardScheme;
import io.github.assessmentkit.rubric.AwardTier;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.CriterionKind;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.Rung;
import io.github.assessmentkit.scale.Direction;
import io.github.assessmentkit.scale.MeasureScale;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.scale.Scale;
import io.github.assessmentkit.scale.Threshold;
import io.github.assessmentkit.scale.YesPartialNoScale;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.spi.Coverage;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A farmer group's good-governance assessment in fiscal year 2556 and its re-assessment in 2557, on
 * a small rubric of the six principles (100 points by weight 2 : 1 : 2 : 2 : 2 : 1, so 20 / 10 / 20
 * / 20 / 20 / 10), with the provincial levels and a plaque for the outstanding.
 */
class GovernanceScenarioTest {
  private static final Provenance TEST =
      Provenance.unverified(Text.en("test"), Text.en("levels and weights made up for the test"));
  private static final Scale YPN = YesPartialNoScale.STANDARD;

  /** Members at the general meeting, in percent: half credit from 50, full from 70. */
  private static final Scale ATTENDANCE =
      new MeasureScale(
          "%",
          Direction.HIGHER_IS_BETTER,
          BigDecimal.valueOf(70),
          List.of(
              new Threshold(BigDecimal.valueOf(50), new BigDecimal("0.5"), Text.en("fair")),
              new Threshold(BigDecimal.valueOf(70), BigDecimal.ONE, Text.en("good"))),
          Text.en("low"));

  /** Cost to income, in percent: 0.4 at 20 or less, full at 10 or less. */
  private static final Scale COSTS =
      new MeasureScale(
          "%",
          Direction.LOWER_IS_BETTER,
          null,
          List.of(
              new Threshold(BigDecimal.valueOf(20), new BigDecimal("0.4"), Text.en("fair")),
              new Threshold(BigDecimal.valueOf(10), BigDecimal.ONE, Text.en("good"))),
          Text.en("high"));

  private final Rubric rubric =
      Rubric.builder("governance-test", "1")
          .title(Text.of("ธรรมาภิบาลสหกรณ์ (ทดสอบ)", "Cooperative good governance (test)"))
          .provenance(TEST)
          .totalPoints(100)
          .defaultStrategy(Strategies.POINTS_SUM)
          .criterion(
              principle("R", "นิติธรรม", "Rule of law", 2)
                  .indicator(question("R1", "General meeting held on time", YPN))
                  .indicator(question("R2", "Registrar's orders complied with", YPN))
                  .build())
          .criterion(
              principle("M", "คุณธรรม", "Morality", 1)
                  .indicator(question("M1", "Conflicts of interest declared", YPN))
                  .build())
          .criterion(
              principle("T", "ความโปร่งใส", "Transparency", 2)
                  .indicator(question("T1", "Audited statements disclosed to members", YPN))
                  .indicator(question("T2", "Store accounts published", YPN))
                  .build())
          .criterion(
              principle("P", "ความมีส่วนร่วม", "Participation", 2)
                  .indicator(question("P1", "Members attending the general meeting", ATTENDANCE))
                  .indicator(question("P2", "Member suggestions answered", YPN))
                  .build())
          .criterion(
              principle("A", "ความรับผิดชอบ", "Accountability", 2)
                  .indicator(question("A1", "Audit findings followed up", YPN).withWeight(3))
                  .indicator(question("A2", "Board reports to members each quarter", YPN))
                  .build())
          .criterion(
              principle("V", "ความคุ้มค่า", "Value for money", 1)
                  .indicator(question("V1", "Cost to income", COSTS))
                  .build())
          .ladder(
              new Ladder(
                  "level",
                  Text.of("ระดับธรรมาภิบาล", "Governance level"),
                  Metric.totalPercent(),
                  List.of(
                      Rung.atLeast("outstanding", Text.of("ดีเด่น", "outstanding"), 90),
                      Rung.atLeast("very-good", Text.of("ดีมาก", "very good"), 80),
                      Rung.atLeast("good", Text.of("ดี", "good"), 70),
                      Rung.atLeast("fair", Text.of("พอใช้", "fair"), 60),
                      Rung.bottom("improve", Text.of("ต้องปรับปรุง", "needs improvement"))),
                  TEST))
          .award(
              new AwardScheme(
                  "plaque",
                  Text.of("โล่จากผู้ว่าราชการจังหวัด", "Governor's plaque"),
                  List.of(
                      new AwardTier(
                          "plaque",
                          Text.of("ได้รับโล่", "plaque"),
                          Condition.allOf(
                              new Condition.RungReached("level", "outstanding"),
                              new Condition.CoverageAtLeast(BigDecimal.valueOf(100))))),
                  TEST))
          .build();

  private final Subject group =
      new Subject(
          "loei-fg-1",
          Text.of("กลุ่มเกษตรกรทดสอบ", "Test farmer group"),
          OrganisationType.FARMER_GROUP,
          "Loei");

  private static io.github.assessmentkit.rubric.CriterionBuilder principle(
      String id, String thai, String english, long weight) {
    return Criterion.builder(id, Text.of(thai, english))
        .kind(CriterionKind.CHECKLIST)
        .weight(weight);
  }

  private static Indicator question(String id, String english, Scale scale) {
    return Indicator.of(id, Text.en(english), scale);
  }

  private static Rating number(String id, long value) {
    return Rating.of(id, RatingValue.of(value));
  }

  private final Assessment fy2556 =
      Assessment.builder("loei-fg-1-2556", group, rubric.ref(), FiscalYear.ofBuddhistEra(2556))
          .rating(Rating.choice("R1", "yes"))
          .rating(Rating.choice("R2", "partial"))
          .rating(Rating.choice("M1", "yes"))
          .rating(Rating.choice("T1", "yes"))
          .rating(Rating.notApplicable("T2", "the group runs no store"))
          .rating(number("P1", 62))
          .rating(Rating.choice("P2", "yes"))
          .rating(Rating.choice("A1", "yes"))
          .rating(Rating.unknown("A2", "reports not found"))
          .rating(number("V1", 18))
          .build();

  @Test
  void scores_the_first_assessment_principle_by_principle() {
    // when
    Scorecard card = Scorer.standard().score(rubric, fy2556);

    // then R: R1 yes 10.00 + R2 partial 0.5 x 10 = 5.00 -> 15.00 of 20
    assertThat(card.node("R").orElseThrow().earned()).isEqualTo(new BigDecimal("15.00"));
    // M: M1 yes -> 10.00 of 10
    assertThat(card.node("M").orElseThrow().earned()).isEqualTo(new BigDecimal("10.00"));
    // T: T2 does not apply, so T1 holds all 20 -> 20.00
    assertThat(card.root().indicator("T1").orElseThrow().possible())
        .isEqualTo(new BigDecimal("20.00"));
    assertThat(card.node("T").orElseThrow().earned()).isEqualTo(new BigDecimal("20.00"));
    // P: 62 % attendance reaches 50, not 70 -> 0.5 x 10 = 5.00; P2 yes 10.00 -> 15.00
    assertThat(card.root().indicator("P1").orElseThrow().label().get(Language.EN))
        .isEqualTo("fair");
    assertThat(card.node("P").orElseThrow().earned()).isEqualTo(new BigDecimal("15.00"));
    // A: 20 split 3 : 1 = 15 / 5; A1 yes 15.00; A2 unknown earns nothing -> 15.00
    assertThat(card.node("A").orElseThrow().earned()).isEqualTo(new BigDecimal("15.00"));
    // V: costs at 18 % are at most 20, not at most 10 -> 0.4 x 10 = 4.00
    assertThat(card.node("V").orElseThrow().earned()).isEqualTo(new BigDecimal("4.00"));
    // total 15 + 10 + 20 + 15 + 15 + 4 = 79.00 of 100.00
    assertThat(card.total()).isEqualTo(new BigDecimal("79.00"));
    assertThat(card.root().explanation().calculation())
        .isEqualTo("R 15.00 + M 10.00 + T 20.00 + P 15.00 + A 15.00 + V 4.00 = 79.00");
  }

  @Test
  void places_the_first_assessment_at_good_and_withholds_the_plaque() {
    // when
    Scorecard card = Scorer.standard().score(rubric, fy2556);

    // then 79.00 % is at least 70 but not 80: ดี
    assertThat(card.level("level").orElseThrow().label().get(Language.TH)).isEqualTo("ดี");
    // coverage: 10 indicators less T2 = 9 ratable; 8 rated (A2 unknown); 5 fully met
    // (R1, M1, T1, P2, A1): 8 / 9 = 88.89 %
    assertThat(card.coverage()).isEqualTo(new Coverage(9, 8, 5));
    assertThat(card.coverage().percent()).isEqualTo(new BigDecimal("88.89"));
    assertThat(card.warnings())
        .extracting(w -> w.code() + " " + w.path())
        .containsExactly("unknown A2");
    assertThat(card.award("plaque").orElseThrow().awarded()).isFalse();
    assertThat(card.award("plaque").orElseThrow().checks().get(0).result().parts())
        .extracting(p -> p.reason().get(Language.EN))
        .containsExactly(
            "Governance level: good does not reach outstanding", "coverage 88.89 % below 100 %");
  }

  @Test
  void the_re_assessment_a_year_later_earns_the_plaque() {
    // given fiscal year 2557: R2 now yes, A2 yes, attendance 75 %, costs 9 %
    Assessment fy2557 =
        Assessment.builder("loei-fg-1-2557", group, rubric.ref(), FiscalYear.ofBuddhistEra(2557))
            .rating(Rating.choice("R1", "yes"))
            .rating(Rating.choice("R2", "yes"))
            .rating(Rating.choice("M1", "yes"))
            .rating(Rating.choice("T1", "yes"))
            .rating(Rating.notApplicable("T2", "the group runs no store"))
            .rating(number("P1", 75))
            .rating(Rating.choice("P2", "yes"))
            .rating(Rating.choice("A1", "yes"))
            .rating(Rating.choice("A2", "yes"))
            .rating(number("V1", 9))
            .build();

    // when
    Scorecard card = Scorer.standard().score(rubric, fy2557);

    // then every applicable indicator fully met: 20 + 10 + 20 + 20 + 20 + 10 = 100.00, ดีเด่น
    assertThat(card.total()).isEqualTo(new BigDecimal("100.00"));
    assertThat(card.level("level").orElseThrow().label().get(Language.TH)).isEqualTo("ดีเด่น");
    assertThat(card.award("plaque").orElseThrow().tierId()).isEqualTo("plaque");
    assertThat(card.period().label(Language.TH)).isEqualTo("ปีงบประมาณ พ.ศ. 2557");
    assertThat(card.warnings()).isEmpty();
  }
}
