package io.github.assessmentkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.CriterionKind;
import io.github.assessmentkit.scoring.Explanation;
import io.github.assessmentkit.scoring.NodeScore;
import io.github.assessmentkit.scoring.internal.Decisions;
import io.github.assessmentkit.spi.Coverage;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConflictingStateExceptionTest {

  @Test
  void is_an_illegal_state_whose_message_is_the_english_with_the_thai_alongside() {
    // given
    Text message = Text.of("สถานะขัดแย้งกัน", "conflicting state");

    // when
    ConflictingStateException e = new ConflictingStateException(message);

    // then
    assertThat(e).isInstanceOf(IllegalStateException.class).isInstanceOf(Bilingual.class);
    assertThat(e.getMessage()).isEqualTo("conflicting state");
    assertThat(e.text().get(Language.TH)).isEqualTo("สถานะขัดแย้งกัน");
    assertThat(e.getMessage(Language.TH)).isEqualTo("สถานะขัดแย้งกัน");
  }

  @Test
  void keeps_its_cause() {
    // given
    IllegalStateException cause = new IllegalStateException("inner");

    // when
    ConflictingStateException e = new ConflictingStateException(Text.of("ภายใน", "outer"), cause);

    // then
    assertThat(e).hasCause(cause).hasMessage("outer");
  }

  @Test
  void is_what_deciding_throws_for_a_condition_on_a_ladder_the_rubric_lacks() {
    // given a scored root, and a condition on a ladder that is not among the rubric's ladders
    NodeScore root =
        new NodeScore(
            "r",
            Text.en("root"),
            CriterionKind.OTHER,
            true,
            new BigDecimal("10.00"),
            new BigDecimal("10.00"),
            new BigDecimal("100.00"),
            Coverage.NONE,
            null,
            Explanation.of("points-sum", Text.en("sum"), ""),
            List.of(),
            List.of(),
            Ratio.of(10),
            Ratio.ONE);
    Condition onMissingLadder = new Condition.RungReached("missing", "top");

    // when / then
    assertThatExceptionOfType(ConflictingStateException.class)
        .isThrownBy(() -> Decisions.evaluate(onMissingLadder, root, List.of(), List.of()))
        .withMessage("no ladder missing")
        .satisfies(
            e -> assertThat(e.text().get(Language.TH)).isEqualTo("ไม่พบบันไดระดับ 'missing'"));
  }
}
