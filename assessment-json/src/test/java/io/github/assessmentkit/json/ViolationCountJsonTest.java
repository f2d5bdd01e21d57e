package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.assessmentkit.rubric.Severity;
import io.github.assessmentkit.validation.ValidationReport;
import io.github.assessmentkit.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A document with more problems than the violation limit is refused with the first problems found
 * and one last error at the root that counts the rest, also when the problems come from an
 * assessment inside a golden vector.
 */
class ViolationCountJsonTest {
  /** The minimal assessment with three type errors: at /id, /subject and /period/fiscalYear. */
  private static String threeTypeErrors() {
    return BadInputCorpusTest.minimal()
        .replace("\"id\": \"a\"", "\"id\": 5")
        .replace("{\"id\": \"s\", \"name\": {\"en\": \"S\"}, \"type\": \"savings\"}", "[\"s\"]")
        .replace("2566}", "\"2566\"}");
  }

  private static List<Violation> refused(AssessmentJson json, String document) {
    JsonFormatException e =
        catchThrowableOfType(() -> json.readAssessment(document), JsonFormatException.class);
    assertThat(e).isNotNull();
    return e.report().violations();
  }

  @Test
  void every_problem_is_reported_within_the_limit() {
    List<Violation> all = refused(AssessmentJson.standard(), threeTypeErrors());

    assertThat(all)
        .extracting(Violation::path)
        .containsExactly("/id", "/period/fiscalYear", "/subject");
  }

  @Test
  void problems_past_the_limit_are_counted_in_one_error_at_the_root() {
    // given at most 1 violation kept of 3: 3 - 1 = 2 more
    AssessmentJson one = AssessmentJson.of(JsonLimits.DEFAULTS.withMaxViolations(1));

    List<Violation> shown = refused(one, threeTypeErrors());

    assertThat(shown).hasSize(2);
    assertThat(shown.get(0).path()).isEqualTo("/id");
    Violation more = shown.get(1);
    assertThat(more.rule()).isEqualTo(ValidationReport.TRUNCATED);
    assertThat(more.path()).isEmpty();
    assertThat(more.value()).isEqualTo("2");
    assertThat(more.severity()).isEqualTo(Severity.ERROR);
    assertThat(more.message().en()).isEqualTo("and 2 more violations not shown");
  }

  @Test
  void a_count_from_an_assessment_inside_a_golden_vector_is_added_to_the_vectors_count() {
    // given a vector whose assessment has the three type errors, read keeping at most 2
    // violations: the assessment's report keeps the first 2 found, in reading order /id then
    // /subject (the period is read after the subject), and counts 1 more; the vector adds nothing
    // of its own, so its report keeps the same 2 and counts the same 1
    AssessmentJson two = AssessmentJson.of(JsonLimits.DEFAULTS.withMaxViolations(2));
    String vector =
        "{\"format\": \"assessmentkit/golden-vector\", \"formatVersion\": 1, \"id\": \"v\","
            + " \"assessment\": "
            + threeTypeErrors()
            + ", \"expected\": {\"total\": 1}}";

    JsonFormatException e =
        catchThrowableOfType(() -> two.readGoldenVector(vector), JsonFormatException.class);

    List<Violation> shown = e.report().violations();
    assertThat(shown)
        .extracting(Violation::path)
        .containsExactly("/assessment/id", "/assessment/subject", "");
    Violation more = shown.get(2);
    assertThat(more.rule()).isEqualTo(ValidationReport.TRUNCATED);
    assertThat(more.value()).isEqualTo("1");
    assertThat(more.severity()).isEqualTo(Severity.ERROR);
    assertThat(e.report().isValid()).isFalse();
  }
}
