package io.github.assessmentkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.assessmentkit.ConflictingStateException;
import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentStatus;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.planning.Plan;
import io.github.assessmentkit.planning.Target;
import io.github.assessmentkit.planning.WhatIf;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.ScoreWarning;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Text;
import org.junit.jupiter.api.Test;

/**
 * A self-assessment of the mini award rubric (1.1 = 40, 1.2 = 20, 2.1 = 40 points) goes from draft
 * to final; the final one is not changed but superseded, twice; its scorecards say whether it is a
 * draft; and the what-if planner still works on the final one.
 */
class AssessmentStatusScenarioTest {
  private final Rubric mini = MiniRubrics.award();

  /** 50 % everywhere: 20 + 10 + 20 = 50.00 points. */
  private Assessment draft() {
    return MiniRubrics.assessmentOf(mini)
        .rating(Rating.of("1.1", 50))
        .rating(Rating.of("1.2", 50))
        .rating(Rating.of("2.1", 50))
        .build();
  }

  @Test
  void a_final_assessment_cannot_be_changed_and_says_how_to_replace_it() {
    // given
    Assessment closed = draft().submit().finalise();

    // when
    Throwable thrown = catchThrowable(closed::toBuilder);

    // then
    assertThat(thrown).isInstanceOf(ConflictingStateException.class);
    assertThat(((ConflictingStateException) thrown).text())
        .isEqualTo(
            Text.of(
                "การประเมิน 'a-1' เป็นฉบับสุดท้ายแล้ว แก้ไขไม่ได้"
                    + " ให้ทำการประเมินฉบับใหม่ที่อ้างถึงและแทนที่ฉบับนี้",
                "assessment a-1 is final and cannot be changed; supersede it with a new assessment"
                    + " that names it"));
    // and a draft or a submitted one is still changed in place, in its status
    Assessment submitted = draft().submit();
    assertThat(submitted.toBuilder().rerate(Rating.of("1.1", 55)).build().status())
        .isEqualTo(AssessmentStatus.SUBMITTED);
  }

  @Test
  void a_builder_derived_from_an_assessment_keeps_to_the_moves() {
    // given
    Assessment draft = draft();

    // then a derived draft cannot be made final in one jump; a submitted one can
    assertThatThrownBy(() -> draft.toBuilder().status(AssessmentStatus.FINAL).build())
        .isInstanceOf(ConflictingStateException.class)
        .hasMessage("assessment a-1 cannot move from draft to final");
    assertThat(draft.submit().toBuilder().status(AssessmentStatus.FINAL).build().status())
        .isEqualTo(AssessmentStatus.FINAL);
    // a successor starts as a draft and keeps to the moves as well
    Assessment closed = draft.submit().finalise();
    assertThatThrownBy(() -> closed.supersede("a-2").status(AssessmentStatus.FINAL).build())
        .isInstanceOf(ConflictingStateException.class)
        .hasMessage("assessment a-2 cannot move from draft to final");
    // and a new record may be made in any status, as a document read from elsewhere is
    assertThat(
            MiniRubrics.assessmentOf(mini)
                .status(AssessmentStatus.FINAL)
                .build()
                .status()
                .isFinal())
        .isTrue();
  }

  @Test
  void a_supersede_chain_names_each_replaced_final_assessment() {
    // given the first final assessment
    Assessment first = draft().submit().finalise();

    // when it is superseded by a corrected one, made final, and that one superseded again
    Assessment second =
        first.supersede("a-2").rerate(Rating.of("1.2", 70)).build().submit().review().finalise();
    Assessment third = second.supersede("a-3").rerate(Rating.of("2.1", 60)).build();

    // then each is a new assessment that names the one it replaces and keeps the rest
    assertThat(second.id()).isEqualTo("a-2");
    assertThat(second.supersedes()).isEqualTo("a-1");
    assertThat(second.superseded()).contains("a-1");
    assertThat(second.status()).isEqualTo(AssessmentStatus.FINAL);
    assertThat(second.rating("1.2").orElseThrow()).isEqualTo(Rating.of("1.2", 70));
    assertThat(second.rating("1.1")).isEqualTo(first.rating("1.1"));
    assertThat(second.subject()).isEqualTo(first.subject());
    assertThat(third.supersedes()).isEqualTo("a-2");
    assertThat(third.status()).isEqualTo(AssessmentStatus.DRAFT);
    // the replaced ones are untouched values
    assertThat(first.rating("1.2").orElseThrow()).isEqualTo(Rating.of("1.2", 50));
    assertThat(first.supersedes()).isNull();
  }

  @Test
  void supersede_is_refused_for_an_open_assessment_its_own_id_and_a_self_reference() {
    assertThatThrownBy(() -> draft().supersede("a-2"))
        .isInstanceOf(ConflictingStateException.class)
        .hasMessage("assessment a-1 is draft, not final: change it rather than supersede it");
    Assessment closed = draft().submit().finalise();
    assertThatThrownBy(() -> closed.supersede("a-1"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("assessment a-1 cannot supersede itself");
    assertThatThrownBy(() -> MiniRubrics.assessmentOf(mini).supersedes("a-1").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("assessment a-1 cannot supersede itself");
    assertThatThrownBy(() -> MiniRubrics.assessmentOf(mini).supersedes(" "))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void scoring_a_draft_is_allowed_and_the_scorecard_says_it_is_a_draft() {
    // given the same ratings, a draft and the final one
    Assessment draft = draft();
    Assessment closed = draft.submit().finalise();

    // when
    Scorecard ofDraft = Scorer.standard().score(mini, draft);
    Scorecard ofFinal = Scorer.standard().score(mini, closed);

    // then both score 20 + 10 + 20 = 50.00; only the draft's is flagged
    assertThat(ofDraft.total()).isEqualByComparingTo("50.00");
    assertThat(ofFinal.total()).isEqualByComparingTo("50.00");
    assertThat(ofDraft.status()).isEqualTo(AssessmentStatus.DRAFT);
    assertThat(ofDraft.isFinal()).isFalse();
    assertThat(ofDraft.statusWarning())
        .contains(
            new ScoreWarning(
                Scorecard.NOT_FINAL,
                "mini-award",
                Text.of(
                    "การประเมิน 'a-1' มีสถานะ ฉบับร่าง ไม่ใช่ฉบับสุดท้าย ผลคะแนนอาจยังเปลี่ยนได้",
                    "assessment a-1 is draft, not final: its result may still change")));
    assertThat(ofFinal.status()).isEqualTo(AssessmentStatus.FINAL);
    assertThat(ofFinal.isFinal()).isTrue();
    assertThat(ofFinal.statusWarning()).isEmpty();
    // the parts' warnings are the same for both: everything is rated
    assertThat(ofDraft.warnings()).isEqualTo(ofFinal.warnings()).isEmpty();
    // a submitted one is not final either
    assertThat(Scorer.standard().score(mini, draft.submit()).statusWarning().orElseThrow().code())
        .isEqualTo("not-final");
  }

  @Test
  void
      the_planner_works_on_a_final_assessment_with_hypothetical_drafts_and_changes_only_a_successor() {
    // given a final assessment at 30 % everywhere: 12 + 6 + 12 = 30.00, fair; good needs more
    // than 40, so six 2-point steps (42.00), as for a draft
    Assessment closed =
        MiniRubrics.assessmentOf(mini)
            .rating(Rating.of("1.1", 30))
            .rating(Rating.of("1.2", 30))
            .rating(Rating.of("2.1", 30))
            .status(AssessmentStatus.FINAL)
            .build();

    // when
    Plan plan = WhatIf.of(mini, closed).plan(Target.nextRung("overall"));

    // then the plan is made; its "after" is the scorecard of a hypothetical draft
    assertThat(plan.steps()).hasSize(6);
    assertThat(plan.before().total()).isEqualByComparingTo("30.00");
    assertThat(plan.before().isFinal()).isTrue();
    assertThat(plan.after().total()).isEqualByComparingTo("42.00");
    assertThat(plan.after().status()).isEqualTo(AssessmentStatus.DRAFT);
    // taking the steps on the final one is refused; on its successor it gives the plan's result
    assertThatThrownBy(() -> plan.applyTo(closed))
        .isInstanceOf(ConflictingStateException.class)
        .hasMessageStartingWith("assessment a-1 is final and cannot be changed");
    Assessment successor = plan.applyTo(closed.supersede("a-2").build());
    assertThat(Scorer.standard().score(mini, successor).total()).isEqualByComparingTo("42.00");
    assertThat(successor.supersedes()).isEqualTo("a-1");
  }
}
