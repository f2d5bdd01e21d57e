package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.assessmentkit.assessment.Assessor;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An assessor's name with nothing visible in it is refused when read, as the model refuses it. */
class AssessorNameJsonTest {
  private static final AssessmentJson JSON = AssessmentJson.standard();

  @Test
  void an_assessor_named_by_a_zero_width_space_is_refused_as_a_blank_name_is() {
    // given an assessment whose assessor's name is written as one zero-width space
    String written =
        JSON.writeString(
            MiniRubrics.assessmentOf(MiniRubrics.award())
                .assessor(new Assessor("a1", "Somchai", null))
                .build());
    String doc = written.replace("\"Somchai\"", "\"\\u200b\"");
    assertThat(doc).isNotEqualTo(written);

    // when
    Throwable thrown = catchThrowable(() -> JSON.readAssessment(doc));

    // then
    assertThat(thrown).isInstanceOf(JsonFormatException.class);
    List<Violation> found = ((JsonFormatException) thrown).report().violations();
    assertThat(found).hasSize(1);
    Violation v = found.get(0);
    assertThat(v.path()).isEqualTo("/assessors/0/name");
    assertThat(v.rule()).isEqualTo("value.not-blank");
    assertThat(v.message().isBilingual()).isTrue();
  }
}
