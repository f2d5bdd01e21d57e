package io.github.assessmentkit.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A plaque lost because several parts of its tier's condition failed gives every failed part, in
 * order, separated by semicolons, in Thai and English (formulas of {@link Years}: total = 0.4a +
 * 0.2b + 0.4c, category 1 = (2a + b) / 3).
 */
class PlaqueLostReasonsTest {
  @Test
  void a_plaque_lost_on_two_failed_parts_names_both() {
    // silver: total above 40 and category 1 at least 40 %.
    // 2564 at 50, 50, 50: total 50.00 (silver, not above 50 for gold): the plaque is held;
    // 2565 at 30, 30, 30: total 12 + 6 + 12 = 30.00, not above 40; category 1 (60 + 30) / 3 =
    // 30.00 %, below 40: both parts fail, no award, the plaque is lost
    Plaque silver =
        Plaque.award("silver-plaque", Text.of("โล่เงิน", "Silver plaque"), "mini", "silver");
    History h =
        History.builder(HistoryRules.defaults("mini-award").withPlaques(List.of(silver)))
            .rubric(Years.V1)
            .scorecards(List.of(Years.v1(2564, 50, 50, 50), Years.v1(2565, 30, 30, 30)))
            .build();

    Flag lost =
        h.flags().stream().filter(f -> f.rule() == FlagRule.PLAQUE_LOST).findFirst().orElseThrow();
    assertThat(lost.about()).isEqualTo("silver-plaque");
    assertThat(lost.reason().get(Language.EN))
        .isEqualTo(
            "Silver plaque, held in B.E. 2564, no longer holds: total points = 30.00 not > 40;"
                + " percent of 1 = 30.00 not ≥ 40");
    assertThat(lost.reason().get(Language.TH))
        .isEqualTo(
            "โล่เงิน ซึ่งผ่านในปี 2564 ไม่ผ่านแล้ว: คะแนนรวม = 30.00 ไม่ > 40;"
                + " ร้อยละของ 1 = 30.00 ไม่ ≥ 40");
  }
}
