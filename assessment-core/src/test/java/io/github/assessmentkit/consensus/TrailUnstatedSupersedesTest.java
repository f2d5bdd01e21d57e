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

/**
 * A later decision on an indicator that does not say which entry it replaces is refused, naming the
 * entry it must replace and saying, in both languages, that it named none.
 */
class TrailUnstatedSupersedesTest {
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

  @Test
  void a_second_decision_on_an_indicator_naming_no_entry_is_refused_in_both_languages() {
    // B: entry 1, then entry 2 on B again, which names nothing it replaces: it must replace 1
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(
            () ->
                new ConsensusTrail(
                    "coop-1",
                    RUBRIC,
                    YEAR,
                    List.of("a-1"),
                    List.of(confirm(1, "B", null), confirm(2, "B", null))))
        .withMessage(
            "trail entry 2 must supersede entry 1, the earlier decision on its indicator, not none")
        .satisfies(
            e ->
                assertThat(e.getMessage(Language.TH))
                    .isEqualTo("รายการบันทึกที่ 2 ต้องแทนรายการที่ 1 ไม่ใช่ ไม่ระบุ"));
  }
}
