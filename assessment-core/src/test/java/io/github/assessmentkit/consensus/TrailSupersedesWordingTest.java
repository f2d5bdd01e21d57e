package io.github.assessmentkit.consensus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.assessment.RatingState;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.time.FiscalYear;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A consensus trail's entries must say which earlier decision on their indicator they replace. */
class TrailSupersedesWordingTest {
  private static final RubricRef RUBRIC = MiniRubrics.award().ref();
  private static final FiscalYear YEAR = FiscalYear.ofBuddhistEra(2566);
  private static final Instant AT = Instant.parse("2023-06-01T09:00:00Z");

  private static TrailEntry confirm(int number, String indicatorId, Integer supersedes) {
    return new TrailEntry(
        number,
        indicatorId,
        DecisionKind.CONFIRM,
        "fac",
        AT,
        null,
        new RatingState.Rated(RatingValue.of(30)),
        null,
        supersedes);
  }

  private static ConsensusTrail trail(List<String> assessmentIds, TrailEntry... entries) {
    return new ConsensusTrail("coop-1", RUBRIC, YEAR, assessmentIds, List.of(entries));
  }

  @Test
  void an_entry_cannot_supersede_one_that_is_not_before_it() {
    // entry 1 claims to replace entry 5: nothing can come before entry 1
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> confirm(1, "B", 5))
        .withMessage(
            "trail entry 1 supersedes entry 5, but there is no earlier decision on its indicator")
        .satisfies(
            e ->
                assertThat(e.getMessage(Language.TH))
                    .isEqualTo(
                        "รายการบันทึกที่ 1 อ้างว่าแทนรายการที่ 5 แต่ไม่มีการตัดสินก่อนหน้า"));
  }

  @Test
  void the_first_decision_on_an_indicator_supersedes_nothing() {
    // entry 2 is the first on C, yet says it replaces entry 1 (which was on B)
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> trail(List.of("a-1"), confirm(1, "B", null), confirm(2, "C", 1)))
        .withMessage(
            "trail entry 2 supersedes entry 1, but there is no earlier decision on its indicator");
  }

  @Test
  void a_later_decision_supersedes_the_latest_one_on_its_indicator() {
    // B: entry 1, then 2 (replacing 1), then 3, which must replace 2, not 1
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(
            () ->
                trail(
                    List.of("a-1"), confirm(1, "B", null), confirm(2, "B", 1), confirm(3, "B", 1)))
        .withMessage(
            "trail entry 3 must supersede entry 2, the earlier decision on its indicator, not"
                + " entry 1")
        .satisfies(
            e ->
                assertThat(e.getMessage(Language.TH))
                    .isEqualTo("รายการบันทึกที่ 3 ต้องแทนรายการที่ 2 ไม่ใช่ 1"));
    // and the chain that does it holds
    assertThat(
            trail(List.of("a-1"), confirm(1, "B", null), confirm(2, "B", 1), confirm(3, "B", 2))
                .entries())
        .hasSize(3);
  }

  @Test
  void a_trail_needs_an_assessment() {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> trail(List.of()))
        .withMessage("a panel needs at least one assessment")
        .satisfies(
            e ->
                assertThat(e.getMessage(Language.TH))
                    .isEqualTo("คณะผู้ประเมินต้องมีการประเมินอย่างน้อยหนึ่งฉบับ"));
  }
}
