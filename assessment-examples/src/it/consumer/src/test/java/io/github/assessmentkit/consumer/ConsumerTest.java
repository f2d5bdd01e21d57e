package io.github.assessmentkit.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.assessmentkit.cqa.CqaSets;
import io.github.assessmentkit.cqa.GovernanceCriteria;
import io.github.assessmentkit.json.AssessmentJson;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.RubricRegistry;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
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

  @Test
  void the_cqa_set_is_found_through_the_registry() {
    RubricRegistry rubrics = RubricRegistry.builder().discover().build();
    Rubric cqa = rubrics.get(CqaSets.CQA);
    assertEquals("cqa@2025.1", cqa.ref().toString());
    assertEquals(0, new BigDecimal("1000").compareTo(cqa.totalPoints()));
    assertSame(cqa, rubrics.get("cqa@2025.1"));
  }

  @Test
  void a_criteria_set_survives_the_json_module() {
    Rubric governance = GovernanceCriteria.rubric();
    AssessmentJson json = AssessmentJson.standard();
    String document = json.writeString(governance);
    assertEquals(governance, json.readRubric(document));
  }
}
