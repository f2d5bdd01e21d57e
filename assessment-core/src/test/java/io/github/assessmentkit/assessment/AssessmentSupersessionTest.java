package io.github.assessmentkit.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.assessmentkit.Bilingual;
import io.github.assessmentkit.ConflictingStateException;
import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.scale.Direction;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who may supersede whom, and what a builder derived from an assessment keeps: only a final
 * assessment is superseded, never by itself; a derived builder keeps every list and may stay in its
 * status; {@code rerate} replaces a rating while {@code rating} adds one.
 */
class AssessmentSupersessionTest {
  private final Subject coop =
      new Subject(
          "loei-savings-1",
          Text.of("สหกรณ์ออมทรัพย์ทดสอบ", "Test savings cooperative"),
          OrganisationType.SAVINGS,
          "Loei");

  private AssessmentBuilder builder(String id) {
    return Assessment.builder(
        id, coop, RubricRef.parse("cqa@2025.1"), FiscalYear.ofBuddhistEra(2556));
  }

  private static <T extends Throwable> T refusal(Class<T> type, Runnable make) {
    Throwable thrown = catchThrowable(make::run);
    assertThat(thrown).isInstanceOf(type);
    return type.cast(thrown);
  }

  private static Text textOf(Throwable t) {
    return ((Bilingual) t).text();
  }

  @Test
  void a_draft_is_changed_rather_than_superseded() {
    // given
    Assessment draft = builder("a-1").build();

    // when
    ConflictingStateException e =
        refusal(ConflictingStateException.class, () -> draft.supersede("a-2"));

    // then
    assertThat(e.getMessage())
        .isEqualTo("assessment a-1 is draft, not final: change it rather than supersede it");
    assertThat(textOf(e).get(Language.TH))
        .isEqualTo(
            "การประเมิน 'a-1' มีสถานะ ฉบับร่าง ไม่ใช่ฉบับสุดท้าย ให้แก้ไขฉบับนี้แทนการแทนที่");
  }

  @Test
  void a_reviewed_assessment_is_not_superseded_either() {
    // given submitted then reviewed: still not final
    Assessment reviewed = builder("a-1").build().submit().review();

    // then
    assertThat(
            refusal(ConflictingStateException.class, () -> reviewed.supersede("a-2")).getMessage())
        .isEqualTo("assessment a-1 is reviewed, not final: change it rather than supersede it");
  }

  @Test
  void a_final_assessment_is_not_superseded_by_itself() {
    // given
    Assessment closed = builder("a-1").build().submit().finalise();

    // when
    InvalidValueException e = refusal(InvalidValueException.class, () -> closed.supersede("a-1"));

    // then
    assertThat(e.getMessage()).isEqualTo("assessment a-1 cannot supersede itself");
    assertThat(e.text().get(Language.TH)).isEqualTo("การประเมิน 'a-1' แทนที่ตัวเองไม่ได้");
  }

  @Test
  void a_record_naming_itself_as_the_one_it_supersedes_is_refused() {
    // when
    InvalidValueException e =
        refusal(InvalidValueException.class, () -> builder("a-1").supersedes("a-1").build());

    // then
    assertThat(e.getMessage()).isEqualTo("assessment a-1 cannot supersede itself");
    assertThat(e.text().get(Language.TH)).isEqualTo("การประเมิน 'a-1' แทนที่ตัวเองไม่ได้");
  }

  @Test
  void a_blank_superseded_id_is_refused_and_null_clears_it() {
    // when
    InvalidValueException blank =
        refusal(InvalidValueException.class, () -> builder("a-2").supersedes("  "));

    // then
    assertThat(blank.getMessage()).isEqualTo("supersedes cannot be blank");
    assertThat(blank.text().get(Language.TH)).isEqualTo("supersedes ต้องไม่เป็นข้อความว่าง");
    assertThat(builder("a-2").supersedes("a-1").build().superseded()).contains("a-1");
    assertThat(builder("a-2").supersedes("a-1").supersedes(null).build().superseded()).isEmpty();
  }

  @Test
  void a_successor_is_a_draft_naming_its_predecessor_and_keeps_everything_else() {
    // given a final consensus assessment with one assessor, rating, evidence and measure
    Assessor assessor = new Assessor("as-1", "Somchai", "chair");
    Evidence minutes = Evidence.of("ev-1", EvidenceKind.DOCUMENT, "minutes");
    Measure members =
        new Measure(
            "members", Text.en("members"), "people", Direction.HIGHER_IS_BETTER, null, List.of());
    Assessment closed =
        builder("a-1")
            .kind(AssessmentKind.CONSENSUS)
            .assessor(assessor)
            .rating(Rating.of("1.1", 40))
            .evidence(minutes)
            .measure(members)
            .build()
            .submit()
            .finalise();

    // when
    Assessment next = closed.supersede("a-2").build();

    // then
    assertThat(next.id()).isEqualTo("a-2");
    assertThat(next.status()).isEqualTo(AssessmentStatus.DRAFT);
    assertThat(next.supersedes()).isEqualTo("a-1");
    assertThat(next.superseded()).contains("a-1");
    assertThat(next.kind()).isEqualTo(AssessmentKind.CONSENSUS);
    assertThat(next.assessors()).containsExactly(assessor);
    assertThat(next.ratings()).containsExactly(Rating.of("1.1", 40));
    assertThat(next.evidence()).containsExactly(minutes);
    assertThat(next.measures()).containsExactly(members);
    assertThat(next.subject()).isEqualTo(coop);
    assertThat(next.period()).isEqualTo(FiscalYear.ofBuddhistEra(2556));
    // and moving it on keeps the predecessor's name
    assertThat(next.submit().supersedes()).isEqualTo("a-1");
  }

  @Test
  void a_derived_builder_may_keep_its_status_or_make_an_allowed_move() {
    // given a reviewed assessment: reviewed may only move on to final
    Assessment reviewed = builder("a-1").build().submit().review();

    // then staying reviewed is no move at all, and final is allowed
    assertThat(reviewed.toBuilder().build().status()).isEqualTo(AssessmentStatus.REVIEWED);
    assertThat(reviewed.toBuilder().status(AssessmentStatus.REVIEWED).build()).isEqualTo(reviewed);
    assertThat(reviewed.toBuilder().status(AssessmentStatus.FINAL).build().status())
        .isEqualTo(AssessmentStatus.FINAL);
    // a submitted one may go back to draft
    assertThat(
            builder("a-1").build().submit().toBuilder()
                .status(AssessmentStatus.DRAFT)
                .build()
                .status())
        .isEqualTo(AssessmentStatus.DRAFT);
  }

  @Test
  void a_derived_builder_refuses_a_move_back_in_both_languages() {
    // given
    Assessment reviewed = builder("a-1").build().submit().review();

    // when
    ConflictingStateException e =
        refusal(
            ConflictingStateException.class,
            () -> reviewed.toBuilder().status(AssessmentStatus.DRAFT).build());

    // then
    assertThat(e.getMessage()).isEqualTo("assessment a-1 cannot move from reviewed to draft");
    assertThat(textOf(e).get(Language.TH))
        .isEqualTo("การประเมิน 'a-1' เปลี่ยนสถานะจาก ทบทวนแล้ว เป็น ฉบับร่าง ไม่ได้");
  }

  @Test
  void a_fresh_builder_may_start_in_any_status() {
    // a record read from elsewhere has no status to move from
    assertThat(builder("a-1").status(AssessmentStatus.FINAL).build().status())
        .isEqualTo(AssessmentStatus.FINAL);
  }

  @Test
  void rerate_replaces_the_rating_of_its_indicator_while_rating_adds_one() {
    // given 1.1 and 1.2 rated
    AssessmentBuilder b = builder("a-1").rating(Rating.of("1.1", 35)).rating(Rating.of("1.2", 55));

    // when 1.1 is rerated, it leaves its place and the new rating comes last
    Assessment rerated = b.rerate(Rating.of("1.1", 45)).build();

    // then
    assertThat(rerated.ratings()).containsExactly(Rating.of("1.2", 55), Rating.of("1.1", 45));
    // and rating adds a second one for the same indicator; the first is found
    Assessment twice =
        builder("a-1").rating(Rating.of("1.1", 35)).rating(Rating.of("1.1", 45)).build();
    assertThat(twice.ratings()).hasSize(2);
    assertThat(twice.rating("1.1")).contains(Rating.of("1.1", 35));
    // and evidence is found by its own id only
    Assessment withMinutes =
        builder("a-1").evidence(Evidence.of("ev-1", EvidenceKind.DOCUMENT, "minutes")).build();
    assertThat(withMinutes.evidence("ev-2")).isEmpty();
  }
}
