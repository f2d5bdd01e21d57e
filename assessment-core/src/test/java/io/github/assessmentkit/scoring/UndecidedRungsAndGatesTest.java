package io.github.assessmentkit.scoring;

import static io.github.assessmentkit.testing.MiniRubrics.assessmentOf;
import static io.github.assessmentkit.testing.StandardRubrics.grades;
import static io.github.assessmentkit.testing.StandardRubrics.yesNo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Gate;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.Rung;
import io.github.assessmentkit.rubric.WhenNotApplicable;
import io.github.assessmentkit.testing.StandardRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rung conditions and gates that cannot be decided, on the small cooperative standard of {@link
 * StandardRubrics}: S1.1, S1.2 worth 30 each, S3.1, S3.2 worth 20 each; grades excellent ≥ 90, very
 * good ≥ 80, good ≥ 60, else fail. In every scenario S3.1 is rated unknown, which counts as 0.
 */
class UndecidedRungsAndGatesTest {

  /** S3.1 must be rated yes; when it has no value, the decision is undecided. */
  private static final Condition S31_YES_OR_UNDECIDED =
      Condition.ratedWith("S3.1", "yes").whenNotApplicable(WhenNotApplicable.UNDECIDED);

  private static Scorecard score(Rubric rubric, String s11) {
    return Scorer.standard()
        .score(
            rubric,
            assessmentOf(rubric)
                .rating(Rating.choice("S1.1", s11))
                .rating(Rating.choice("S1.2", "yes"))
                .rating(Rating.unknown("S3.1", "report not received"))
                .rating(Rating.choice("S3.2", "yes"))
                .build());
  }

  @Test
  void a_rung_condition_that_cannot_be_decided_leaves_the_grade_undecided_not_passed_over() {
    // given very good also needs S3.1 rated yes, undecided when S3.1 has no value
    Ladder ladder = grades();
    List<Rung> rungs = new ArrayList<>(ladder.rungs());
    rungs.set(1, rungs.get(1).withConditions(S31_YES_OR_UNDECIDED));
    Rubric rubric =
        StandardRubrics.standard(
            new Ladder(ladder.id(), ladder.title(), ladder.metric(), rungs, ladder.provenance()),
            yesNo("S3.1"));

    // when every other answer is yes: 30 + 30 + 0 + 20 = 80.00, very good by its bound
    Scorecard card = score(rubric, "yes");

    // then the grade is not passed down to good, as very good may be due: it is undecided, and
    // the reason names the rung and why its condition has no answer
    LevelDecision grade = card.level("grade").orElseThrow();
    assertThat(card.root().earned()).isEqualByComparingTo("80.00");
    assertThat(grade.undecided()).isTrue();
    assertThat(grade.rungId()).isNull();
    assertThat(grade.value()).isEqualByComparingTo("80.00");
    assertThat(grade.reason().get(Language.EN))
        .isEqualTo(
            "rung very good: indicator S3.1 is unknown:"
                + " the decision is undecided by the rubric's rule");
  }

  @Test
  void an_undecided_gate_capping_where_a_failing_gate_already_caps_changes_nothing() {
    // given two gates capping at fail: S1.1 rated yes, and S3.1 rated yes (undecided without a
    // value)
    Gate onS11 = new Gate(Text.en("Accounts closed"), Condition.ratedWith("S1.1", "yes"), "fail");
    Gate onS31 = new Gate(Text.en("No unresolved deficiency"), S31_YES_OR_UNDECIDED, "fail");
    Rubric rubric = StandardRubrics.standard(grades().withGates(onS11, onS31), yesNo("S3.1"));

    // when S1.1 is partial: 15 + 30 + 0 + 20 = 65.00, good by its bound
    Scorecard card = score(rubric, "partial");

    // then the gate on S1.1 fails and caps the grade at fail; the undecided gate could not lower
    // it further (its cap is fail too), so the grade is decided: fail
    LevelDecision grade = card.level("grade").orElseThrow();
    assertThat(grade.undecided()).isFalse();
    assertThat(grade.rungId()).isEqualTo("fail");
    assertThat(grade.reason().get(Language.EN))
        .isEqualTo(
            "total points = 65.00 ≥ 60; at most fail by gate Accounts closed:"
                + " indicator S1.1 rated partial, not yes as required");
  }

  @Test
  void
      an_undecided_gate_capping_below_where_the_failing_gates_leave_the_grade_leaves_it_undecided() {
    // given a gate on S1.1 capping at good and an undecided one capping at fail
    Gate onS11 = new Gate(Text.en("Accounts closed"), Condition.ratedWith("S1.1", "yes"), "good");
    Gate onS31 = new Gate(Text.en("No unresolved deficiency"), S31_YES_OR_UNDECIDED, "fail");
    Rubric rubric = StandardRubrics.standard(grades().withGates(onS11, onS31), yesNo("S3.1"));

    // when S1.1 is partial: 15 + 30 + 0 + 20 = 65.00, good by its bound; the gate on S1.1 cannot
    // lower good, and the undecided gate might lower it to fail
    Scorecard card = score(rubric, "partial");

    // then
    LevelDecision grade = card.level("grade").orElseThrow();
    assertThat(grade.undecided()).isTrue();
    assertThat(grade.reason().get(Language.EN))
        .isEqualTo(
            "gate No unresolved deficiency: indicator S3.1 is unknown:"
                + " the decision is undecided by the rubric's rule");
  }
}
