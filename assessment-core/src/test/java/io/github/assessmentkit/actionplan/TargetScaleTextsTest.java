package io.github.assessmentkit.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.testing.PlanRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalQuarter;
import io.github.assessmentkit.time.FiscalYear;
import org.junit.jupiter.api.Test;

/**
 * A band target on a node without a band-scale indicator, or a level target on one without a
 * level-scale indicator, is refused in both languages, naming the kind of scale it lacks.
 */
class TargetScaleTextsTest {
  private final Scorer scorer = Scorer.standard();
  private final FiscalQuarter due = new FiscalQuarter(FiscalYear.ofBuddhistEra(2565), 4);

  @Test
  void a_band_target_on_a_node_rated_on_levels_is_refused_in_both_languages() {
    // M1 holds one indicator on the level scale 1..4
    Rubric levels =
        Rubric.builder("maturity-plan", "1")
            .title(Text.en("Maturity"))
            .provenance(Provenance.unverified(Text.en("test"), Text.en("made up for tests")))
            .defaultStrategy(Strategies.WEIGHTED_MEAN)
            .criterion(
                Criterion.builder("M1", Text.en("Records"))
                    .points(20)
                    .indicator(Indicator.of("M1.a", Text.en("M1.a"), MiniRubrics.levels()))
                    .build())
            .build();
    Assessment year = PlanRubrics.in(levels, 2564).rating(Rating.choice("M1.a", "1")).build();
    ActionPlanBuilder builder = ActionPlan.builder("p", levels, year, scorer.score(levels, year));

    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> builder.add(Action.of("A1", "M1", ActionTarget.band(4), "chair", due)))
        .withMessage("node M1 has no indicator on a band scale, so a band target does not fit it")
        .satisfies(
            e ->
                assertThat(e.text().get(Language.TH))
                    .isEqualTo(
                        "เกณฑ์ M1 ไม่มีตัวชี้วัดที่ใช้มาตรวัดแบบช่วงคะแนน"
                            + " จึงตั้งเป้าหมายแบบช่วงคะแนนไม่ได้"));
  }

  @Test
  void a_level_target_on_a_node_rated_in_bands_is_refused_in_both_languages() {
    // item 1.1 of the four-item award holds one band-scale indicator only
    Rubric bands = PlanRubrics.fourItems();
    Assessment year = PlanRubrics.in(bands, 2564).rating(Rating.of("1.1", 30)).build();
    ActionPlanBuilder builder = ActionPlan.builder("p", bands, year, scorer.score(bands, year));

    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(
            () -> builder.add(Action.of("A1", "1.1", ActionTarget.level("3"), "chair", due)))
        .withMessage(
            "node 1.1 has no indicator on a level scale, so a level target does not fit it")
        .satisfies(
            e ->
                assertThat(e.text().get(Language.TH))
                    .isEqualTo(
                        "เกณฑ์ 1.1 ไม่มีตัวชี้วัดที่ใช้มาตรวัดแบบระดับ จึงตั้งเป้าหมายแบบระดับไม่ได้"));
  }
}
