package io.github.assessmentkit.scoring;

import static io.github.assessmentkit.testing.MiniRubrics.assessmentOf;
import static io.github.assessmentkit.testing.MiniRubrics.band;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.LikertScale;
import io.github.assessmentkit.spi.ScoringStrategy;
import io.github.assessmentkit.spi.StrategyInput;
import io.github.assessmentkit.spi.StrategyResult;
import io.github.assessmentkit.testing.BestPartStrategy;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A strategy says whether it fits a criterion, and a scorer asks before it scores anything.
 *
 * <p>The rubric: category 1 (60 points, holistic-band by default) holds item 1.1 (40 points, one
 * band indicator, scored by a counting strategy that records each call) and item 1.2 (20 points,
 * one indicator on maturity levels). The items are scored in that order, so a check made while
 * scoring would reach 1.1's strategy before failing at 1.2.
 */
class StrategyFitTest {
  private static final Provenance TEST = Provenance.unverified(Text.en("test"), Text.en("test"));

  /** Earns nothing and counts how often it is asked to combine. */
  private static final class Counting implements ScoringStrategy {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public String id() {
      return "counting";
    }

    @Override
    public Text description() {
      return Text.en("nothing, counted");
    }

    @Override
    public StrategyResult combine(StrategyInput input) {
      calls.incrementAndGet();
      return new StrategyResult(Ratio.ZERO, null, description(), "0");
    }
  }

  /** Fits only leaves whose indicators are all on a Likert scale; its reason names no id. */
  private static final class LikertOnly implements ScoringStrategy {
    @Override
    public String id() {
      return "likert-only";
    }

    @Override
    public Text description() {
      return Text.en("the mean Likert point");
    }

    @Override
    public Optional<Text> misfit(Criterion criterion) {
      boolean likert =
          criterion.indicators().stream().allMatch(i -> i.scale() instanceof LikertScale);
      return criterion.isLeaf() && !likert
          ? Optional.of(Text.of("ต้องการตัวชี้วัดแบบลิเคิร์ต", "needs Likert indicators"))
          : Optional.empty();
    }

    @Override
    public StrategyResult combine(StrategyInput input) {
      return new StrategyResult(Ratio.ZERO, null, description(), "0");
    }
  }

  private final Counting counting = new Counting();

  private final Scorer scorer =
      Scorer.of(
          StrategyRegistry.builder().addStandard().add(counting).add(new LikertOnly()).build());

  private final Rubric award =
      Rubric.builder("fit", "1")
          .title(Text.en("Fit"))
          .provenance(TEST)
          .strategies(scorer.strategies())
          .defaultStrategy(Strategies.HOLISTIC_BAND)
          .criterion(
              Criterion.builder("1", Text.en("Leadership"))
                  .points(60)
                  .child(
                      "1.1",
                      Text.en("Senior leaders"),
                      c -> c.points(40).strategy("counting").indicator(band("1.1")))
                  .child(
                      "1.2",
                      Text.en("Governance"),
                      c ->
                          c.points(20)
                              .indicator(
                                  Indicator.of(
                                      "1.2", Text.en("How mature?"), MiniRubrics.levels())))
                  .build())
          .build();

  @Test
  void holistic_band_over_a_level_indicator_fails_before_any_criterion_is_scored() {
    // given 1.2 rated not applicable, so that scoring would leave it out altogether
    Assessment a =
        assessmentOf(award)
            .rating(Rating.of("1.1", 50))
            .rating(Rating.notApplicable("1.2", "no such board"))
            .build();

    // when / then the rubric alone decides, and nothing was scored
    assertThatExceptionOfType(StrategyMisfitException.class)
        .isThrownBy(() -> scorer.score(award, a))
        .withMessage(
            "strategy 'holistic-band' needs exactly one indicator, on a band scale, at '1.2';"
                + " found 1 indicator, 0 on a band scale")
        .satisfies(
            e -> {
              assertThat(e.criterionId()).isEqualTo("1.2");
              assertThat(e.strategyId()).isEqualTo(Strategies.HOLISTIC_BAND);
              assertThat(e.getMessage(Language.TH))
                  .isEqualTo(
                      "วิธีคิดคะแนน 'holistic-band' ต้องการตัวชี้วัดเพียงหนึ่งตัวซึ่งเป็นแบบช่วงคะแนนที่"
                          + " '1.2' แต่พบตัวชี้วัด 1 ตัว เป็นแบบช่วงคะแนน 0 ตัว");
            });
    assertThat(counting.calls).hasValue(0);
  }

  @Test
  void a_custom_strategy_reports_its_misfit_with_both_ids_in_front() {
    // given the checklist's yes/partial/no leaves G1 and G2, scored with likert-only
    Rubric checklist = MiniRubrics.checklist();
    Assessment a = assessmentOf(checklist).rating(Rating.choice("G1.1", "yes")).build();

    // when / then the first leaf in rubric order is named
    assertThatExceptionOfType(StrategyMisfitException.class)
        .isThrownBy(() -> scorer.score(checklist, a, "likert-only"))
        .withMessage("strategy 'likert-only' cannot score criterion 'G1': needs Likert indicators")
        .satisfies(
            e -> {
              assertThat(e.criterionId()).isEqualTo("G1");
              assertThat(e.strategyId()).isEqualTo("likert-only");
              assertThat(e.getMessage(Language.TH))
                  .isEqualTo(
                      "วิธีคิดคะแนน 'likert-only' ใช้กับเกณฑ์ 'G1' ไม่ได้: ต้องการตัวชี้วัดแบบลิเคิร์ต");
            });
  }

  @Test
  void side_by_side_scoring_checks_every_strategy_before_scoring_with_any() {
    // given the checklist, first with the counting strategy, which fits, then with likert-only
    Rubric checklist = MiniRubrics.checklist();
    Assessment a = assessmentOf(checklist).rating(Rating.choice("G1.1", "yes")).build();

    // when / then
    assertThatExceptionOfType(StrategyMisfitException.class)
        .isThrownBy(() -> scorer.scoreEach(checklist, a, List.of("counting", "likert-only")))
        .satisfies(e -> assertThat(e.strategyId()).isEqualTo("likert-only"));
    assertThat(counting.calls).hasValue(0);
  }

  @Test
  void strategies_fit_every_criterion_unless_they_say_otherwise() {
    // given a custom strategy that does not override misfit, and the award's criteria
    ScoringStrategy custom = new BestPartStrategy();

    // then
    for (Criterion c : award.allCriteria()) {
      assertThat(custom.misfit(c)).as(c.id()).isEmpty();
    }
    // and the built-ins tell a leaf they cannot score from one they can: 1.1 holds a band, 1.2 a
    // level; above the leaves, both fit
    StrategyRegistry standard = StrategyRegistry.standard();
    Criterion category = award.criterion("1").orElseThrow();
    Criterion bandItem = award.criterion("1.1").orElseThrow();
    Criterion levelItem = award.criterion("1.2").orElseThrow();
    assertThat(standard.get(Strategies.HOLISTIC_BAND).misfit(bandItem)).isEmpty();
    assertThat(standard.get(Strategies.HOLISTIC_BAND).misfit(levelItem)).isPresent();
    assertThat(standard.get(Strategies.HOLISTIC_BAND).misfit(category)).isEmpty();
    assertThat(standard.get(Strategies.MATURITY).misfit(levelItem)).isEmpty();
    assertThat(standard.get(Strategies.MATURITY).misfit(bandItem))
        .contains(
            Text.of(
                "วิธีคิดคะแนน 'maturity' ต้องการตัวชี้วัดแบบระดับที่ '1.1'",
                "strategy 'maturity' needs level-scale indicators at '1.1'"));
    assertThat(standard.get(Strategies.MATURITY).misfit(category)).isEmpty();
    for (String id :
        List.of(
            Strategies.POINTS_SUM,
            Strategies.WEIGHTED_MEAN,
            Strategies.CHECKLIST_FRACTION,
            Strategies.WEAKEST_LINK,
            Strategies.ALL_OR_NOTHING)) {
      for (Criterion c : award.allCriteria()) {
        assertThat(standard.get(id).misfit(c)).as(id + " at " + c.id()).isEmpty();
      }
    }
  }
}
