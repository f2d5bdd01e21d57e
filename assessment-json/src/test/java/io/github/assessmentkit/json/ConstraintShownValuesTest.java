package io.github.assessmentkit.json;

import static io.github.assessmentkit.json.DocumentEdits.edit;
import static io.github.assessmentkit.json.DocumentEdits.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.assessmentkit.validation.Violation;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The value a constraint refuses is shown as written for a person: a decimal in plain notation,
 * never with an exponent, and a string as it is.
 */
class ConstraintShownValuesTest {
  private final AssessmentJson json = AssessmentJson.standard();
  private final String rubric =
      new String(Resources.bytes("examples/rubric-mini.json"), StandardCharsets.UTF_8);

  @Test
  void a_negative_weight_written_with_an_exponent_is_shown_in_plain_notation() {
    // -1E+1 is -10
    String doc =
        edit(
            rubric,
            "/criteria/0/children/0/indicators/0",
            i -> i.put("weight", new BigDecimal("-1E+1")));

    assertThat(refusal(() -> json.readRubric(doc)))
        .extracting(Violation::path, Violation::rule, Violation::value)
        .containsExactly(
            tuple("/criteria/0/children/0/indicators/0/weight", "value.not-negative", "-10"));
  }
}
