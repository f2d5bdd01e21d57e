package io.github.assessmentkit.assessment;

import static io.github.assessmentkit.assessment.AssessmentStatus.DRAFT;
import static io.github.assessmentkit.assessment.AssessmentStatus.FINAL;
import static io.github.assessmentkit.assessment.AssessmentStatus.REVIEWED;
import static io.github.assessmentkit.assessment.AssessmentStatus.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.assessmentkit.ConflictingStateException;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every pair of statuses: the five moves allowed, and the eleven refused with their message. */
class AssessmentStatusTest {
  /** The moves allowed, by hand from the issue: forward only, review skippable, one way back. */
  private static final Map<AssessmentStatus, Set<AssessmentStatus>> ALLOWED =
      Map.of(
          DRAFT, EnumSet.of(SUBMITTED),
          SUBMITTED, EnumSet.of(REVIEWED, FINAL, DRAFT),
          REVIEWED, EnumSet.of(FINAL),
          FINAL, EnumSet.noneOf(AssessmentStatus.class));

  private static Assessment in(AssessmentStatus status) {
    return Assessment.builder(
            "a-1",
            new Subject("coop-1", Text.en("coop"), OrganisationType.SAVINGS, null),
            RubricRef.parse("cqa@2025.1"),
            FiscalYear.ofBuddhistEra(2567))
        .rating(Rating.of("1.1", 60))
        .status(status)
        .build();
  }

  @Test
  void allows_exactly_the_declared_moves_and_no_status_to_itself() {
    int allowed = 0;
    for (AssessmentStatus from : AssessmentStatus.values()) {
      for (AssessmentStatus to : AssessmentStatus.values()) {
        boolean expected = ALLOWED.get(from).contains(to);
        assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(expected);
        allowed += expected ? 1 : 0;
      }
    }
    // 1 from draft + 3 from submitted + 1 from reviewed + 0 from final = 5 of the 16 pairs
    assertThat(allowed).isEqualTo(5);
  }

  @Test
  void an_allowed_move_gives_the_assessment_in_its_new_status_with_everything_else_kept() {
    for (AssessmentStatus from : AssessmentStatus.values()) {
      for (AssessmentStatus to : ALLOWED.get(from)) {
        Assessment before = in(from);

        Assessment after = before.moveTo(to);

        assertThat(after.status()).isEqualTo(to);
        assertThat(after.ratings()).isEqualTo(before.ratings());
        assertThat(after.id()).isEqualTo("a-1");
        assertThat(after.supersedes()).isNull();
      }
    }
  }

  @Test
  void a_refused_move_names_the_assessment_and_both_statuses_in_thai_and_english() {
    for (AssessmentStatus from : AssessmentStatus.values()) {
      for (AssessmentStatus to : AssessmentStatus.values()) {
        if (ALLOWED.get(from).contains(to)) {
          continue;
        }
        assertThatThrownBy(() -> in(from).moveTo(to))
            .as(from + " -> " + to)
            .isInstanceOf(ConflictingStateException.class)
            .hasMessage(
                "assessment a-1 cannot move from "
                    + from.label().get(io.github.assessmentkit.text.Language.EN)
                    + " to "
                    + to.label().get(io.github.assessmentkit.text.Language.EN));
      }
    }
    ConflictingStateException e =
        (ConflictingStateException)
            org.assertj.core.api.Assertions.catchThrowable(() -> in(DRAFT).moveTo(FINAL));
    assertThat(e.text())
        .isEqualTo(
            Text.of(
                "การประเมิน 'a-1' เปลี่ยนสถานะจาก ฉบับร่าง เป็น ฉบับสุดท้าย ไม่ได้",
                "assessment a-1 cannot move from draft to final"));
  }

  @Test
  void the_named_moves_are_the_forward_path_and_a_submitted_one_goes_back_to_draft() {
    // given
    Assessment draft = in(DRAFT);

    // when
    Assessment closed = draft.submit().review().finalise();
    Assessment skipped = draft.submit().finalise();
    Assessment returned = draft.submit().moveTo(DRAFT);

    // then
    assertThat(closed.status()).isEqualTo(FINAL);
    assertThat(closed.status().isFinal()).isTrue();
    assertThat(skipped.status()).isEqualTo(FINAL);
    assertThat(returned).isEqualTo(draft);
    assertThatThrownBy(draft::finalise).isInstanceOf(ConflictingStateException.class);
    assertThatThrownBy(draft::review).isInstanceOf(ConflictingStateException.class);
    assertThatThrownBy(() -> closed.moveTo(REVIEWED))
        .hasMessage("assessment a-1 cannot move from final to reviewed");
  }

  @Test
  void each_status_has_a_thai_and_english_name() {
    assertThat(DRAFT.label()).isEqualTo(Text.of("ฉบับร่าง", "draft"));
    assertThat(SUBMITTED.label()).isEqualTo(Text.of("ยื่นแล้ว", "submitted"));
    assertThat(REVIEWED.label()).isEqualTo(Text.of("ทบทวนแล้ว", "reviewed"));
    assertThat(FINAL.label()).isEqualTo(Text.of("ฉบับสุดท้าย", "final"));
  }
}
