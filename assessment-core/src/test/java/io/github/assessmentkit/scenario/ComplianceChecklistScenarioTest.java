package io.github.assessmentkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.CriterionKind;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.UnratedPolicy;
import io.github.assessmentkit.scale.NumericScale;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.spi.Coverage;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.validation.AssessmentValidator;
import io.github.assessmentkit.validation.Violation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An ISO-style compliance checklist: four clauses of an information-security standard, each control
 * scored 0 to 5 in half points, as a compliance tool exports it. 100 points by clause weight 3 : 3
 * : 2 : 2, so 30 / 30 / 20 / 20, two equal controls a clause (15 / 15, 15 / 15, 10 / 10, 10 / 10).
 * Clauses 5 to 7 add their controls' points; clause 8 takes the weighted mean of the controls that
 * were assessed, so a control not yet assessed leaves its mean instead of counting as 0.
 */
class ComplianceChecklistScenarioTest {
  private static final Provenance TEST =
      Provenance.unverified(Text.en("test"), Text.en("clauses and weights made up for the test"));

  /** 0 to 5 in half points: a control earns score ÷ 5 of its points. */
  private static final NumericScale CONFORMITY =
      NumericScale.of(Text.of("ระดับความสอดคล้อง", "conformity"), 0, 5)
          .withStep(new BigDecimal("0.5"));

  private final Rubric rubric =
      Rubric.builder("isms-checklist-test", "1")
          .title(Text.of("รายการตรวจความสอดคล้อง (ทดสอบ)", "Compliance checklist (test)"))
          .provenance(TEST)
          .totalPoints(100)
          .defaultStrategy(Strategies.POINTS_SUM)
          // a control not assessed leaves the mean of its clause rather than counting as 0
          .whenUnknown(UnratedPolicy.EXCLUDE_AND_RENORMALISE)
          .criterion(
              clause("5", "Leadership", 3)
                  .indicator(control("5.1", "Security policy approved"))
                  .indicator(control("5.2", "Roles and responsibilities assigned"))
                  .build())
          .criterion(
              clause("6", "Planning", 3)
                  .indicator(control("6.1", "Risk assessment performed"))
                  .indicator(control("6.2", "Risk treatment plan kept"))
                  .build())
          .criterion(
              clause("7", "Support", 2)
                  .indicator(control("7.1", "Staff trained"))
                  .indicator(control("7.2", "Documents controlled"))
                  .build())
          .criterion(
              clause("8", "Operation", 2)
                  .strategy(Strategies.WEIGHTED_MEAN)
                  .indicator(control("8.1", "Changes controlled"))
                  .indicator(control("8.2", "Suppliers monitored"))
                  .build())
          .build();

  private static io.github.assessmentkit.rubric.CriterionBuilder clause(
      String id, String english, long weight) {
    return Criterion.builder(id, Text.en(english)).kind(CriterionKind.CHECKLIST).weight(weight);
  }

  private static Indicator control(String id, String english) {
    return Indicator.of(id, Text.en(english), CONFORMITY);
  }

  private static Rating score(String id, String value) {
    return Rating.of(id, RatingValue.of(new BigDecimal(value)));
  }

  private final Assessment audit =
      Assessment.quick(
          rubric,
          score("5.1", "4"),
          score("5.2", "3.5"),
          score("6.1", "5"),
          score("6.2", "2"),
          score("7.1", "4.5"),
          score("7.2", "0"),
          score("8.1", "3"),
          Rating.unknown("8.2", "not assessed this cycle"));

  @Test
  void scores_each_control_at_its_score_over_five_and_adds_the_clauses() {
    // when
    Scorecard card = Scorer.standard().score(rubric, audit);

    // then 5.1: 4 / 5 = 0.8 × 15 = 12.00; 5.2: 3.5 / 5 = 0.7 × 15 = 10.50; clause 5 = 22.50 of
    // 30 = 75.00 %
    assertThat(card.root().indicator("5.1").orElseThrow().fraction()).isEqualTo(Ratio.of(4, 5));
    assertThat(card.root().indicator("5.1").orElseThrow().earned())
        .isEqualTo(new BigDecimal("12.00"));
    assertThat(card.root().indicator("5.2").orElseThrow().earned())
        .isEqualTo(new BigDecimal("10.50"));
    assertThat(card.node("5").orElseThrow().earned()).isEqualTo(new BigDecimal("22.50"));
    assertThat(card.node("5").orElseThrow().percent()).isEqualTo(new BigDecimal("75.00"));
    // 6.1: 5 / 5 = 1 × 15 = 15.00; 6.2: 2 / 5 = 0.4 × 15 = 6.00; clause 6 = 21.00 of 30 = 70.00 %
    assertThat(card.node("6").orElseThrow().earned()).isEqualTo(new BigDecimal("21.00"));
    assertThat(card.node("6").orElseThrow().percent()).isEqualTo(new BigDecimal("70.00"));
    // 7.1: 4.5 / 5 = 0.9 × 10 = 9.00; 7.2: 0 / 5 = 0 → 0.00; clause 7 = 9.00 of 20 = 45.00 %
    assertThat(card.root().indicator("7.2").orElseThrow().earned()).isEqualByComparingTo("0.00");
    assertThat(card.node("7").orElseThrow().earned()).isEqualTo(new BigDecimal("9.00"));
    assertThat(card.node("7").orElseThrow().percent()).isEqualTo(new BigDecimal("45.00"));
    // a number is its own label: the scale names none
    assertThat(card.root().indicator("6.2").orElseThrow().label()).isNull();
    assertThat(card.root().indicator("6.2").orElseThrow().value()).isEqualTo(RatingValue.of(2));
  }

  @Test
  void a_control_not_assessed_leaves_the_weighted_mean_of_its_clause() {
    // when
    Scorecard card = Scorer.standard().score(rubric, audit);

    // then clause 8 takes the mean of what was assessed: only 8.1, 3 / 5 = 0.6, so 0.6 × 20 =
    // 12.00 (adding the points would give 0.6 × 10 = 6.00)
    assertThat(card.node("8").orElseThrow().earned()).isEqualTo(new BigDecimal("12.00"));
    // total 22.50 + 21.00 + 9.00 + 12.00 = 64.50 of 100.00
    assertThat(card.total()).isEqualTo(new BigDecimal("64.50"));
    assertThat(card.possible()).isEqualTo(new BigDecimal("100.00"));
    assertThat(card.percent()).isEqualTo(new BigDecimal("64.50"));
    // coverage: 8 controls, 7 rated (8.2 unknown), 1 fully met (6.1 at 5): 7 / 8 = 87.50 %
    assertThat(card.coverage()).isEqualTo(new Coverage(8, 7, 1));
    assertThat(card.coverage().percent()).isEqualTo(new BigDecimal("87.50"));
    assertThat(card.warnings())
        .extracting(w -> w.code() + " " + w.path())
        .containsExactly("unknown 8.2");
  }

  @Test
  void a_score_between_the_half_points_or_above_five_is_refused_by_validation() {
    // given 5.1 at 3.7 (not a half point) and 6.1 at 5.5 (above 5); the rest as in the audit
    Assessment slips =
        Assessment.quick(
            rubric,
            score("5.1", "3.7"),
            score("5.2", "3.5"),
            score("6.1", "5.5"),
            score("6.2", "2"),
            score("7.1", "4.5"),
            score("7.2", "0"),
            score("8.1", "3"),
            score("8.2", "1"));

    // when
    List<Violation> found = AssessmentValidator.validate(rubric, slips).violations();

    // then
    assertThat(found)
        .extracting(Violation::rule, Violation::indicatorId, v -> v.message().get(Language.EN))
        .containsExactly(
            tuple("rating.value-in-scale", "5.1", "'3.7' is not on a step of 0.5 from 0"),
            tuple("rating.value-in-scale", "6.1", "'5.5' is outside 0 to 5"));
  }
}
