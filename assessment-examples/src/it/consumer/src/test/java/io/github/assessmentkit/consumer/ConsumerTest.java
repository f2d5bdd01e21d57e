package io.github.assessmentkit.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.assessmentkit.cqa.CqaSets;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import org.junit.jupiter.api.Test;

/** Calls the published API as an application would. Add a test here for each new entry point. */
class ConsumerTest {

  @Test
  void text_falls_back_to_the_other_language() {
    Text text = Text.en("Leadership");
    assertEquals("Leadership", text.get(Language.TH));
  }

  @Test
  void criteria_set_ids_are_public() {
    assertEquals("cqa", CqaSets.CQA);
  }
}
