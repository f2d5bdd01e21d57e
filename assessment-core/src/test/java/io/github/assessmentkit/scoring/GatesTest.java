package io.github.assessmentkit.scoring;

import static io.github.assessmentkit.testing.MiniRubrics.assessmentOf;
import static io.github.assessmentkit.testing.StandardRubrics.NO_DEFICIENCY;
import static io.github.assessmentkit.testing.StandardRubrics.grades;
import static io.github.assessmentkit.testing.StandardRubrics.yesNo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Gate;
import io.github.assessmentkit.rubric.InvalidRubricException;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.Rung;
import io.github.assessmentkit.rubric.WhenNotApplicable;
import io.github.assessmentkit.testing.StandardRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Gates and rung conditions on the small cooperative standard of {@link StandardRubrics}: S1.1,
 * S1.2 worth 30 each, S3.1, S3.2 worth 20 each; grades excellent ≥ 90, very good ≥ 80, good ≥ 60,
 * else fail; the gate "No unresolved deficiency" (S3.1 rated yes) caps the grade at fail.
 */
class GatesTest {
  private final Rubric gated = StandardRubrics.gated();

  private static Scorecard score(Rubric rubric, String s11, String s12, String s31, String s32) {
    return Scorer.standard()
        .score(
            rubric,
            assessmentOf(rubric)
                .rating(Rating.choice("S1.1", s11))
                .rating(Rating.choice("S1.2", s12))
                .rating(Rating.choice("S3.1", s31))
                .rating(Rating.choice("S3.2", s32))
                .build());
  }

  @Test
  void a_cooperative_with_an_unresolved_deficiency_fails_whatever_its_points() {
    // given S3.1 answered no: 30 + 30 + 0 + 20 = 80.00 points, very good by its bound
    Scorecard card = score(gated, "yes", "yes", "no", "yes");

    // when
    LevelDecision grade = card.level("grade").orElseThrow();

    // then the gate caps the grade at fail, and the reason names the gate and why it failed
    assertThat(card.root().earned()).isEqualByComparingTo("80.00");
    assertThat(grade.rungId()).isEqualTo("fail");
    assertThat(grade.label()).isEqualTo(Text.of("ไม่ผ่าน", "fail"));
    assertThat(grade.value()).isEqualByComparingTo("80.00");
    assertThat(grade.reason().get(Language.EN))
        .isEqualTo(
            "total points = 80.00 ≥ 80; at most fail by gate No unresolved deficiency:"
                + " indicator S3.1 rated no, not yes as required");
    assertThat(grade.reason().get(Language.TH))
        .isEqualTo(
            "คะแนนรวม = 80.00 ≥ 80; ได้ไม่เกิน ไม่ผ่าน ตามด่าน ไม่มีข้อบกพร่องค้าง:"
                + " ตัวชี้วัด S3.1 ได้ no ไม่ใช่ yes ตามที่กำหนด");
  }

  @Test
  void the_award_reads_the_gated_grade_and_names_its_own_none_reached_outcome() {
    // given the same 80.00 points with S3.1 answered no
    Scorecard card = score(gated, "yes", "yes", "no", "yes");

    // when
    AwardDecision result = card.award("standard").orElseThrow();

    // then "pass" (grade good or higher) is not reached, as the gated grade is fail; the outcome
    // is the scheme's own ไม่ผ่าน / fail, and nothing is awarded
    assertThat(result.awarded()).isFalse();
    assertThat(result.outcome()).isEqualTo(Text.of("ไม่ผ่าน", "fail"));
    assertThat(result.checks().get(0).result().met()).isFalse();
  }

  @Test
  void when_the_gate_holds_the_grade_is_the_one_its_points_reach() {
    // given every answer yes: 30 + 30 + 20 + 20 = 100.00
    Scorecard card = score(gated, "yes", "yes", "yes", "yes");

    // then the gate holds and is not mentioned
    LevelDecision grade = card.level("grade").orElseThrow();
    assertThat(grade.rungId()).isEqualTo("excellent");
    assertThat(grade.reason().get(Language.EN)).isEqualTo("total points = 100.00 ≥ 90");
    assertThat(card.award("standard").orElseThrow().tierId()).isEqualTo("pass");
  }

  @Test
  void a_gate_that_cannot_lower_the_grade_is_not_checked() {
    // given S3.1 no and S1.1, S1.2 no as well: 0 + 0 + 0 + 20 = 20.00, fail by its bound
    Scorecard card = score(gated, "no", "no", "no", "yes");

    // then the grade is fail by its points; the gate, capping at fail, says nothing
    LevelDecision grade = card.level("grade").orElseThrow();
    assertThat(grade.rungId()).isEqualTo("fail");
    assertThat(grade.reason().get(Language.EN))
        .isEqualTo("total points = 20.00, below every higher rung");
  }

  @Test
  void a_rung_condition_passes_the_grade_down_to_the_next_rung() {
    // given excellent also needs S3.2 at 100 % of its points
    Ladder ladder = grades();
    List<Rung> rungs = new java.util.ArrayList<>(ladder.rungs());
    rungs.set(
        0, rungs.get(0).withConditions(Condition.atLeast(Metric.indicatorPercent("S3.2"), 100)));
    Rubric rubric =
        StandardRubrics.standard(
            new Ladder(ladder.id(), ladder.title(), ladder.metric(), rungs, ladder.provenance()),
            yesNo("S3.1"));

    // when S3.2 is partial: 30 + 30 + 20 + 10 = 90.00, excellent by its bound
    Scorecard card = score(rubric, "yes", "yes", "yes", "partial");

    // then S3.2 earns 1/2 = 50.00 % of its points, short of 100: very good, and the reason says
    // why excellent was not reached
    LevelDecision grade = card.level("grade").orElseThrow();
    assertThat(grade.rungId()).isEqualTo("very-good");
    assertThat(grade.reason().get(Language.EN))
        .isEqualTo(
            "total points = 90.00 ≥ 80; excellent not reached:"
                + " percent of indicator S3.2 = 50.00 not ≥ 100");
  }

  @Test
  void a_gate_left_undecided_leaves_the_grade_undecided() {
    // given a gate that is undecided when S3.1 has no value, and S3.1 rated unknown:
    // 30 + 30 + 0 + 20 = 80.00, very good by its bound, above the gate's cap
    Gate undecidedGate =
        new Gate(
            NO_DEFICIENCY.name(),
            Condition.ratedWith("S3.1", "yes").whenNotApplicable(WhenNotApplicable.UNDECIDED),
            "fail");
    Rubric rubric = StandardRubrics.standard(grades().withGates(undecidedGate), yesNo("S3.1"));
    Scorecard card =
        Scorer.standard()
            .score(
                rubric,
                assessmentOf(rubric)
                    .rating(Rating.choice("S1.1", "yes"))
                    .rating(Rating.choice("S1.2", "yes"))
                    .rating(Rating.unknown("S3.1", "report not received"))
                    .rating(Rating.choice("S3.2", "yes"))
                    .build());

    // then
    LevelDecision grade = card.level("grade").orElseThrow();
    assertThat(grade.undecided()).isTrue();
    assertThat(grade.reason().get(Language.EN))
        .isEqualTo(
            "gate No unresolved deficiency: indicator S3.1 is unknown:"
                + " the decision is undecided by the rubric's rule");
  }

  @Test
  void a_ladder_refuses_gates_it_cannot_apply() {
    Ladder ladder = grades();
    Text name = Text.en("gate");
    // a gate at a rung the ladder lacks
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(
            () -> ladder.withGates(new Gate(name, Condition.ratedWith("S3.1", "yes"), "gold")))
        .withMessageContaining("ladder grade has no rung gold");
    // a gate that reads a ladder
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(
            () ->
                ladder.withGates(
                    new Gate(name, new Condition.RungReached("grade", "good"), "fail")))
        .withMessageContaining("a gate capping at it cannot read a ladder");
    // a bottom rung with conditions
    List<Rung> rungs =
        List.of(
            Rung.atLeast("pass", Text.en("pass"), 60),
            Rung.bottom("fail", Text.en("fail")).withConditions(Condition.ratedWith("S3.1", "no")));
    Provenance test = Provenance.unverified(Text.en("t"), Text.en("t"));
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> new Ladder("l", name, Metric.totalPoints(), rungs, test))
        .withMessageContaining("its bottom rung fail cannot carry conditions");
  }

  @Test
  void a_gate_on_an_indicator_the_rubric_lacks_is_refused_at_build() {
    Ladder ladder =
        grades().withGates(new Gate(Text.en("gate"), Condition.ratedWith("S9.9", "yes"), "fail"));
    assertThatExceptionOfType(InvalidRubricException.class)
        .isThrownBy(() -> StandardRubrics.standard(ladder, yesNo("S3.1")))
        .withMessageContaining("'grade/fail' refers to indicator 'S9.9', which the rubric lacks");
  }

  @Test
  void without_gates_or_a_name_of_its_own_nothing_changes() {
    // the ladder and scheme keep the forms they had: no gates, "no award"
    assertThat(grades().gates()).isEmpty();
    assertThat(grades().rungs().get(0).conditions()).isEmpty();
    assertThat(
            new io.github.assessmentkit.rubric.AwardScheme(
                    "s",
                    Text.en("s"),
                    List.of(
                        new io.github.assessmentkit.rubric.AwardTier(
                            "t", Text.en("t"), Condition.atLeast(Metric.totalPoints(), 1))),
                    Provenance.unverified(Text.en("t"), Text.en("t")))
                .noneReached())
        .isNull();
  }
}
