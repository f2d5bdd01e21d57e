package io.github.assessmentkit.cqa;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.rubric.AwardScheme;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.CriterionKind;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.rubric.NotApplicablePolicy;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.Rung;
import io.github.assessmentkit.rubric.WhenNotApplicable;
import io.github.assessmentkit.scale.LevelScale;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.scale.YesPartialNoScale;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.text.Language;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class GovernanceCriteriaTest {
  private final Rubric governance = GovernanceCriteria.rubric();

  @Test
  void names_itself_coop_governance_and_scores_100_points_by_points_sum() {
    assertThat(governance.ref().toString()).isEqualTo("coop-governance@2025.1");
    assertThat(governance.totalPoints()).isEqualByComparingTo("100");
    assertThat(governance.defaultStrategy()).isEqualTo(Strategies.POINTS_SUM);
    assertThat(governance.notApplicablePolicy())
        .isEqualTo(NotApplicablePolicy.EXCLUDE_AND_RENORMALISE);
  }

  @Test
  void weighs_the_six_principles_of_the_1999_regulation() {
    assertThat(governance.criteria())
        .extracting(Criterion::id)
        .containsExactly("G1", "G2", "G3", "G4", "G5", "G6");
    assertThat(governance.criteria())
        .extracting(c -> c.title().get(Language.TH))
        .containsExactly(
            "หลักนิติธรรม",
            "หลักคุณธรรม",
            "หลักความโปร่งใส",
            "หลักความมีส่วนร่วม",
            "หลักความรับผิดชอบ",
            "หลักความคุ้มค่า");
    assertThat(governance.criteria())
        .extracting(Criterion::weight)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(
            BigDecimal.valueOf(3),
            BigDecimal.valueOf(2),
            BigDecimal.valueOf(3),
            BigDecimal.valueOf(3),
            BigDecimal.valueOf(2),
            BigDecimal.valueOf(2));
  }

  @Test
  void gives_each_principle_four_to_eight_indicators_each_in_a_leaf_of_its_own_id() {
    for (Criterion principle : governance.criteria()) {
      assertThat(principle.kind()).isEqualTo(CriterionKind.CHECKLIST);
      assertThat(principle.children()).as("indicators of %s", principle.id()).hasSizeBetween(4, 8);
      for (Criterion leaf : principle.children()) {
        assertThat(leaf.id()).startsWith(principle.id() + ".");
        assertThat(leaf.weight()).isNotNull();
        assertThat(leaf.indicators()).extracting(Indicator::id).containsExactly(leaf.id());
        assertThat(leaf.indicators().get(0).scale())
            .isIn(YesPartialNoScale.STANDARD, GovernanceCriteria.LEVELS_0_4);
        assertThat(leaf.areas()).as("evidence of %s", leaf.id()).hasSize(1);
        assertThat(leaf.areas().get(0).text().isBilingual()).isTrue();
      }
    }
    // 6 + 5 + 6 + 6 + 6 + 6 = 35
    assertThat(governance.indicators()).hasSize(35);
  }

  @Test
  void rates_levels_zero_to_four_a_quarter_apart() {
    LevelScale levels = GovernanceCriteria.LEVELS_0_4;

    assertThat(levels.fraction(RatingValue.choice("3"))).isEqualByComparingTo("0.75");
    assertThat(levels.levels()).allSatisfy(l -> assertThat(l.label().isBilingual()).isTrue());
  }

  @Test
  void places_the_total_percent_on_five_levels_marked_unverified() {
    Ladder ladder = governance.ladder(GovernanceCriteria.LEVELS).orElseThrow();

    assertThat(ladder.rungs())
        .extracting(Rung::id)
        .containsExactly("outstanding", "very-good", "good", "fair", "needs-improvement");
    assertThat(ladder.rungs())
        .extracting(r -> r.label().get(Language.TH))
        .containsExactly("ดีเด่น", "ดีมาก", "ดี", "พอใช้", "ต้องปรับปรุง");
    assertThat(ladder.rungs())
        .extracting(Rung::bound)
        .usingElementComparator(
            (a, b) -> a == null || b == null ? (a == b ? 0 : 1) : a.compareTo(b))
        .containsExactly(
            BigDecimal.valueOf(90),
            BigDecimal.valueOf(80),
            BigDecimal.valueOf(70),
            BigDecimal.valueOf(60),
            null);
    assertThat(ladder.provenance().verified()).isFalse();
  }

  @Test
  void decides_the_provincial_plaque_on_the_outstanding_level_and_two_proposed_conditions() {
    AwardScheme plaque = governance.awards().get(0);

    assertThat(plaque.id()).isEqualTo(GovernanceCriteria.PLAQUE);
    assertThat(plaque.title().get(Language.EN))
        .isEqualTo("Provincial plaque for outstanding good governance");
    assertThat(plaque.tiers()).hasSize(1);
    assertThat(plaque.provenance().verified()).isFalse();
    assertThat(plaque.provenance().note().get(Language.EN))
        .contains("fiscal year 2556", "proposals and unverified");
    assertThat(plaque.tiers().get(0).condition().toString())
        .contains("RungReached[ladderId=governance-level, rungId=outstanding]")
        .contains("criterionId=G6")
        .contains("criterionId=G2.3");
  }

  @Test
  void the_plaque_declares_that_its_fraud_condition_holds_where_g2_3_does_not_apply() {
    // the last condition of the plaque's tier is G2.3 at 100 %
    Condition.AllOf all = (Condition.AllOf) governance.awards().get(0).tiers().get(0).condition();
    Condition.Compare noFraud = (Condition.Compare) all.conditions().get(7);

    assertThat(noFraud.metric()).isEqualTo(Metric.percent("G2.3"));
    assertThat(noFraud.whenNotApplicable()).isEqualTo(WhenNotApplicable.HOLDS);
    // the principles' conditions keep the default: a principle that does not apply fails
    assertThat(all.conditions().subList(1, 7))
        .allSatisfy(
            c ->
                assertThat(((Condition.Compare) c).whenNotApplicable())
                    .isEqualTo(WhenNotApplicable.FAILS));
  }

  @Test
  void marks_itself_unverified_but_its_principles_verified() {
    assertThat(governance.provenance().verified()).isFalse();
    assertThat(governance.provenance().note().get(Language.EN))
        .contains("principles come from the 1999 (B.E. 2542) regulation (verified)")
        .contains("proposals");
    assertThat(
            List.of(
                governance.title(),
                governance.provenance().source(),
                governance.provenance().note()))
        .allSatisfy(t -> assertThat(t.isBilingual()).isTrue());
  }
}
