package io.github.assessmentkit.scoring;

import static io.github.assessmentkit.testing.MiniRubrics.assessmentOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.WhenNotApplicable;
import io.github.assessmentkit.scoring.internal.Decisions;
import io.github.assessmentkit.testing.StandardRubrics;
import io.github.assessmentkit.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Metrics and conditions that read one indicator's line of the scorecard, on the small standard of
 * {@link StandardRubrics} (S3 = 40 points: S3.1 and S3.2 worth 20 each), with no criterion of the
 * indicator's own.
 */
class IndicatorConditionsTest {
  /** The gated standard, but S3.1 may be rated not applicable here. */
  private final Rubric rubric =
      StandardRubrics.standard(
          StandardRubrics.grades().withGates(StandardRubrics.NO_DEFICIENCY),
          StandardRubrics.yesNo("S3.1"));

  private Scorecard card(Rating s31) {
    return Scorer.standard()
        .score(
            rubric,
            assessmentOf(rubric)
                .rating(Rating.choice("S1.1", "yes"))
                .rating(Rating.choice("S1.2", "partial"))
                .rating(s31)
                .rating(Rating.choice("S3.2", "yes"))
                .build());
  }

  private ConditionResult evaluate(Condition condition, Scorecard card) {
    return Decisions.evaluate(condition, card.root(), card.levels(), rubric.ladders());
  }

  @Test
  void an_indicator_percent_is_its_fraction_times_100() {
    // given S1.2 partial (1/2) and S3.1 yes (1)
    Scorecard card = card(Rating.choice("S3.1", "yes"));

    // then 1/2 × 100 = 50.00 and 1 × 100 = 100.00
    assertThat(Decisions.read(Metric.indicatorPercent("S1.2"), card.root()))
        .isEqualByComparingTo("50.00");
    assertThat(Decisions.read(Metric.indicatorPercent("S3.1"), card.root()))
        .isEqualByComparingTo("100.00");
    ConditionResult atLeast50 =
        evaluate(Condition.atLeast(Metric.indicatorPercent("S1.2"), 50), card);
    assertThat(atLeast50.met()).isTrue();
    assertThat(atLeast50.reason().get(Language.EN))
        .isEqualTo("percent of indicator S1.2 = 50.00 ≥ 50");
  }

  @Test
  void rated_with_holds_for_the_code_and_fails_for_another() {
    Scorecard card = card(Rating.choice("S3.1", "yes"));

    ConditionResult yes = evaluate(Condition.ratedWith("S3.1", "yes"), card);
    ConditionResult partial = evaluate(Condition.ratedWith("S1.2", "yes"), card);

    assertThat(yes.met()).isTrue();
    assertThat(yes.reason().get(Language.EN))
        .isEqualTo("indicator S3.1 rated yes, as required (yes)");
    assertThat(yes.reason().get(Language.TH))
        .isEqualTo("ตัวชี้วัด S3.1 ได้ yes ตรงตามที่กำหนด (yes)");
    assertThat(partial.met()).isFalse();
    assertThat(partial.reason().get(Language.EN))
        .isEqualTo("indicator S1.2 rated partial, not yes as required");
  }

  @Test
  void not_applicable_is_never_read_as_zero_and_follows_the_declared_rule() {
    // given S3.1 rated not applicable: S3's 40 points go to S3.2, so the total is
    // 30 + 15 + 40 = 85.00, and S3.1 has no percent at all
    Scorecard card = card(Rating.notApplicable("S3.1", "no audit this year"));
    assertThat(card.root().earned()).isEqualByComparingTo("85.00");
    assertThat(Decisions.read(Metric.indicatorPercent("S3.1"), card.root())).isNull();

    // when: the default rule fails, a declared HOLDS holds; both say "not applicable", not 0
    ConditionResult byDefault =
        evaluate(Condition.atLeast(Metric.indicatorPercent("S3.1"), 100), card);
    ConditionResult holds =
        evaluate(
            Condition.ratedWith("S3.1", "yes").whenNotApplicable(WhenNotApplicable.HOLDS), card);

    // then
    assertThat(byDefault.met()).isFalse();
    assertThat(byDefault.reason().get(Language.EN))
        .isEqualTo("indicator S3.1 is not applicable: the condition fails by the rubric's rule");
    assertThat(byDefault.reason().get(Language.TH))
        .isEqualTo("ตัวชี้วัด S3.1 ไม่เกี่ยวข้อง: เงื่อนไขไม่ผ่านตามกฎของเกณฑ์");
    assertThat(holds.met()).isTrue();
    assertThat(holds.reason().get(Language.EN))
        .isEqualTo("indicator S3.1 is not applicable: the condition holds by the rubric's rule");
    // and the gate reading it caps the grade: 85.00 would be very good
    assertThat(card.level("grade").orElseThrow().rungId()).isEqualTo("fail");
    assertThat(card.level("grade").orElseThrow().reason().get(Language.EN))
        .isEqualTo(
            "total points = 85.00 ≥ 80; at most fail by gate No unresolved deficiency:"
                + " indicator S3.1 is not applicable: the condition fails by the rubric's rule");
  }

  @Test
  void unknown_and_not_rated_are_said_as_such() {
    Scorecard unknown = card(Rating.unknown("S3.1", null));
    Scorecard missing =
        Scorer.standard()
            .score(rubric, assessmentOf(rubric).rating(Rating.choice("S1.1", "yes")).build());

    assertThat(evaluate(Condition.ratedWith("S3.1", "yes"), unknown).reason().get(Language.EN))
        .isEqualTo("indicator S3.1 is unknown: the condition fails by the rubric's rule");
    assertThat(
            evaluate(
                    Condition.atLeast(Metric.indicatorPercent("S3.1"), 1)
                        .whenNotApplicable(WhenNotApplicable.UNDECIDED),
                    missing)
                .undecided())
        .isTrue();
    assertThat(evaluate(Condition.ratedWith("S3.1", "yes"), missing).reason().get(Language.EN))
        .isEqualTo("indicator S3.1 is not rated: the condition fails by the rubric's rule");
  }
}
