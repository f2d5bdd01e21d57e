package io.github.assessmentkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.assessmentkit.scoring.StrategyRegistry;
import io.github.assessmentkit.scoring.UnknownStrategyException;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import org.junit.jupiter.api.Test;

class AssessmentExceptionTest {

  @Test
  void is_bilingual_with_the_english_as_its_message() {
    // given
    Text message = Text.of("เกณฑ์ชุดไม่ถูกต้อง", "the rubric is invalid");

    // when
    AssessmentException e = new AssessmentException(message, new IllegalStateException("x"));

    // then
    assertThat(e).isInstanceOf(Bilingual.class).hasCauseInstanceOf(IllegalStateException.class);
    assertThat(e.getMessage()).isEqualTo("the rubric is invalid");
    assertThat(e.text().get(Language.TH)).isEqualTo("เกณฑ์ชุดไม่ถูกต้อง");
    assertThat(e.getMessage(Language.TH)).isEqualTo("เกณฑ์ชุดไม่ถูกต้อง");
  }

  @Test
  void its_subclasses_carry_messages_from_the_factories() {
    // when / then
    assertThatExceptionOfType(UnknownStrategyException.class)
        .isThrownBy(() -> StrategyRegistry.standard().get("nope"))
        .satisfies(e -> assertThat(e.getMessage()).startsWith("unknown scoring strategy 'nope'"))
        .satisfies(
            e -> assertThat(e.text().get(Language.TH)).startsWith("ไม่รู้จักวิธีคิดคะแนน 'nope'"));
  }
}
