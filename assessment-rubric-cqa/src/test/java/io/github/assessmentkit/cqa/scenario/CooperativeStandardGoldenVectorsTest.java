package io.github.assessmentkit.cqa.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentBuilder;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.Subject;
import io.github.assessmentkit.cqa.CooperativeStandardCriteria;
import io.github.assessmentkit.json.GoldenVectors;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.YesNoScale;
import io.github.assessmentkit.scoring.LevelDecision;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import io.github.assessmentkit.validation.InvalidAssessmentException;
import io.github.assessmentkit.validation.Violation;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Cooperative Standard and its farmer-group variant, scored by hand. Every condition is worth
 * 10 of the standard's 100 points (weights 2, 1, 2, 2, 1, 2 share 100 as 20, 10, 20, 20, 10, 20,
 * and each group's points go evenly to its conditions). The farmer-group variant drops S5 and S4.2:
 * weights 2, 1, 2, 2, 2 share 100 as 200/9, 100/9, 200/9, 200/9, 200/9.
 */
class CooperativeStandardGoldenVectorsTest {
  private final Rubric standard = CooperativeStandardCriteria.rubric();
  private final Rubric groups = CooperativeStandardCriteria.farmerGroups();

  /** Every condition of a rubric answered yes, but those named, answered no. */
  static Assessment answered(Rubric rubric, String subjectId, Set<String> no) {
    AssessmentBuilder a =
        Assessment.builder(
            subjectId + "-2567",
            new Subject(
                subjectId,
                Text.of("สหกรณ์ตัวอย่าง " + subjectId, "Sample cooperative " + subjectId),
                rubric.id().equals(CooperativeStandardCriteria.FARMER_GROUPS)
                    ? OrganisationType.FARMER_GROUP
                    : OrganisationType.AGRICULTURAL,
                "Loei"),
            rubric.ref(),
            FiscalYear.ofBuddhistEra(2567));
    for (Indicator i : rubric.indicators()) {
      a.rating(Rating.choice(i.id(), no.contains(i.id()) ? YesNoScale.NO : YesNoScale.YES));
    }
    return a.build();
  }

  private static BigDecimal points(String value) {
    return new BigDecimal(value);
  }

  @Test
  void each_set_passes_its_golden_vector_folder() {
    assertThat(
            GoldenVectors.check(standard, GoldenFolders.of(CooperativeStandardCriteria.ID))
                .failures())
        .isEmpty();
    assertThat(
            GoldenVectors.check(groups, GoldenFolders.of(CooperativeStandardCriteria.FARMER_GROUPS))
                .failures())
        .isEmpty();
  }

  @Test
  void every_condition_met_passes_and_is_excellent() {
    // when
    Scorecard card = Scorer.standard().score(standard, answered(standard, "all-met", Set.of()));

    // then 10 conditions x 10 = 100.00: pass (at least 70) and excellent (at least 90)
    assertThat(card.total()).isEqualTo(points("100.00"));
    assertThat(card.level(CooperativeStandardCriteria.RESULT).orElseThrow().rungId())
        .isEqualTo(CooperativeStandardCriteria.PASS);
    assertThat(card.level(CooperativeStandardCriteria.GRADE).orElseThrow().rungId())
        .isEqualTo(CooperativeStandardCriteria.EXCELLENT);
    assertThat(GoldenFolders.vector(CooperativeStandardCriteria.ID, "all-met-2567").assessment())
        .isEqualTo(answered(standard, "all-met", Set.of()));
  }

  @Test
  void fraud_found_fails_whatever_the_points_and_the_gate_is_named() {
    // given S3.1 (no fraud in the last two accounting years) answered no, all else yes
    Assessment fraud = answered(standard, "fraud-found", Set.of("S3.1"));

    // when
    Scorecard card = Scorer.standard().score(standard, fraud);

    // then 100 - 10 = 90.00, which the bounds alone would grade excellent and pass; the gate caps
    // both ladders at their bottom rung, and the reasons name it
    assertThat(card.total()).isEqualTo(points("90.00"));
    assertThat(card.node("S3").orElseThrow().percent()).isEqualTo(points("50.00"));
    LevelDecision result = card.level(CooperativeStandardCriteria.RESULT).orElseThrow();
    LevelDecision grade = card.level(CooperativeStandardCriteria.GRADE).orElseThrow();
    assertThat(result.rungId()).isEqualTo(CooperativeStandardCriteria.FAIL);
    assertThat(grade.rungId()).isEqualTo(CooperativeStandardCriteria.NOT_PASSED);
    assertThat(result.reason().get(Language.EN))
        .contains(CooperativeStandardCriteria.NO_DEFICIENCY.get(Language.EN));
    assertThat(result.reason().get(Language.TH))
        .contains(CooperativeStandardCriteria.NO_DEFICIENCY.get(Language.TH));
    assertThat(
            GoldenFolders.vector(CooperativeStandardCriteria.ID, "fraud-found-2567").assessment())
        .isEqualTo(fraud);
  }

  @Test
  void three_conditions_unmet_still_pass_and_grade_good() {
    // given S1.2, S4.2 and S6.1 answered no
    Assessment middling = answered(standard, "middling", Set.of("S1.2", "S4.2", "S6.1"));

    // when
    Scorecard card = Scorer.standard().score(standard, middling);

    // then 100 - 3 x 10 = 70.00: pass (at least 70) and good (at least 70, below 80); S1, S4 and S6
    // each earn 10 of 20, 50.00 %
    assertThat(card.total()).isEqualTo(points("70.00"));
    assertThat(card.node("S1").orElseThrow().percent()).isEqualTo(points("50.00"));
    assertThat(card.node("S6").orElseThrow().earned()).isEqualTo(points("10.00"));
    assertThat(card.level(CooperativeStandardCriteria.RESULT).orElseThrow().rungId())
        .isEqualTo(CooperativeStandardCriteria.PASS);
    assertThat(card.level(CooperativeStandardCriteria.GRADE).orElseThrow().rungId())
        .isEqualTo(CooperativeStandardCriteria.GOOD);
    assertThat(GoldenFolders.vector(CooperativeStandardCriteria.ID, "middling-2567").assessment())
        .isEqualTo(middling);
  }

  @Test
  void the_gate_conditions_cannot_be_rated_not_applicable_nor_partly() {
    // given S3.2 rated not applicable, and S1.1 rated partial
    Assessment dodging =
        answered(standard, "dodging", Set.of()).toBuilder()
            .rerate(Rating.notApplicable("S3.2", "no order this year"))
            .rerate(Rating.choice("S1.1", "partial"))
            .build();

    // when / then validation refuses both: a gate condition must be answered, and a yes/no
    // question has no partial answer
    assertThatExceptionOfType(InvalidAssessmentException.class)
        .isThrownBy(() -> Scorer.standard().score(standard, dodging))
        .satisfies(
            e ->
                assertThat(e.report().violations())
                    .extracting(Violation::rule)
                    .containsExactlyInAnyOrder(
                        "rating.not-applicable-allowed", "rating.value-in-scale"));
  }

  @Test
  void the_farmer_group_variant_is_derived_without_s5_and_s4_2() {
    // then eight conditions (the ten less S5.1 and S4.2); S4 holds S4.1 alone
    assertThat(groups.ref()).hasToString("coop-standard-farmer-group@2025.1");
    assertThat(groups.indicators()).hasSize(8);
    assertThat(groups.criterion("S5")).isEmpty();
    assertThat(groups.criterion("S4").orElseThrow().indicators())
        .extracting(Indicator::id)
        .containsExactly("S4.1");
  }

  @Test
  void a_farmer_group_without_its_welfare_fund_paid_is_very_good() {
    // given S6.2 answered no
    Assessment noFund = answered(groups, "no-fund", Set.of("S6.2"));

    // when
    Scorecard card = Scorer.standard().score(groups, noFund);

    // then S6 (200/9) earns half, 100/9; the total is 100 - 100/9 = 800/9 = 88.888.. -> 88.89:
    // pass, and very good (at least 80, below 90). Shown, S6 earns 11.11 of 22.22 (50.00 %)
    assertThat(card.total()).isEqualTo(points("88.89"));
    assertThat(card.node("S6").orElseThrow().earned()).isEqualTo(points("11.11"));
    assertThat(card.node("S6").orElseThrow().percent()).isEqualTo(points("50.00"));
    assertThat(card.level(CooperativeStandardCriteria.RESULT).orElseThrow().rungId())
        .isEqualTo(CooperativeStandardCriteria.PASS);
    assertThat(card.level(CooperativeStandardCriteria.GRADE).orElseThrow().rungId())
        .isEqualTo(CooperativeStandardCriteria.VERY_GOOD);
    assertThat(
            GoldenFolders.vector(CooperativeStandardCriteria.FARMER_GROUPS, "no-fund-2567")
                .assessment())
        .isEqualTo(noFund);
  }
}
