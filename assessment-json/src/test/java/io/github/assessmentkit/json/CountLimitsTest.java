package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.Severity;
import io.github.assessmentkit.validation.ValidationReport;
import io.github.assessmentkit.validation.Violation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The limits on counts: the longest array, the ratings, evidence, criteria and indicators of one
 * document, each refused while the document is parsed with one {@code json.limit} violation that
 * names the first element past the limit; and the most violations one report keeps.
 */
class CountLimitsTest {
  private static final Rubric RUBRIC =
      AssessmentJson.standard().readRubric(Resources.open("examples/rubric-mini.json"));

  private static String assessment(String ratings, String evidence) {
    return "{\"format\": \"assessmentkit/assessment\", \"formatVersion\": 1, \"id\": \"a\","
        + " \"subject\": {\"id\": \"s\", \"name\": {\"en\": \"S\"}, \"type\": \"savings\"},"
        + " \"rubric\": \"mini-json@1\", \"period\": {\"era\": \"BE\", \"fiscalYear\": 2566},"
        + " \"evidence\": ["
        + evidence
        + "], \"ratings\": ["
        + ratings
        + "]}";
  }

  private static AssessmentJson with(JsonLimits limits) {
    return AssessmentJson.builder().limits(limits).build();
  }

  private static Violation refusal(Runnable read) {
    Throwable thrown = catchThrowable(read::run);
    assertThat(thrown).isInstanceOf(JsonFormatException.class);
    List<Violation> violations = ((JsonFormatException) thrown).report().violations();
    assertThat(violations).hasSize(1);
    return violations.get(0);
  }

  @Test
  void the_count_defaults_are_as_documented() {
    JsonLimits d = JsonLimits.DEFAULTS;
    assertThat(List.of(d.maxArrayLength(), d.maxRatings(), d.maxEvidence()))
        .containsExactly(100_000, 100_000, 100_000);
    assertThat(List.of(d.maxCriteria(), d.maxIndicators(), d.maxViolations()))
        .containsExactly(100_000, 100_000, 1_000);
    // the four-component constructor keeps the default counts
    assertThat(new JsonLimits(16_777_216L, 64, 1_000_000, 50))
        .isEqualTo(
            new JsonLimits(
                16_777_216L,
                64,
                1_000_000,
                50,
                100_000,
                100_000,
                100_000,
                100_000,
                100_000,
                1_000));
  }

  @Test
  void each_with_method_changes_only_its_own_count() {
    JsonLimits d = JsonLimits.DEFAULTS;
    assertThat(d.withMaxArrayLength(7).maxArrayLength()).isEqualTo(7);
    assertThat(d.withMaxRatings(7).maxRatings()).isEqualTo(7);
    assertThat(d.withMaxEvidence(7).maxEvidence()).isEqualTo(7);
    assertThat(d.withMaxCriteria(7).maxCriteria()).isEqualTo(7);
    assertThat(d.withMaxIndicators(7).maxIndicators()).isEqualTo(7);
    assertThat(d.withMaxViolations(7).maxViolations()).isEqualTo(7);
    assertThat(d.withMaxViolations(7).withMaxViolations(1_000)).isEqualTo(d);
    assertThat(d.withMaxRatings(7).maxArrayLength()).isEqualTo(100_000);
  }

  @Test
  void counts_below_one_are_refused_where_they_are_set() {
    assertThatThrownBy(() -> JsonLimits.DEFAULTS.withMaxArrayLength(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxArrayLength must be 1 or more, was 0");
    assertThatThrownBy(() -> JsonLimits.DEFAULTS.withMaxViolations(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxViolations must be 1 or more, was -1");
  }

  @Test
  void an_array_longer_than_the_limit_is_refused_at_its_first_element_past_it() {
    // given three ratings and arrays of at most 2 elements: the third, /ratings/2, is one too many
    String doc =
        assessment(
            "{\"indicator\": \"1.1\", \"value\": 1}, {\"indicator\": \"1.2\", \"value\": 1},"
                + " {\"indicator\": \"1.3\", \"value\": 1}",
            "");
    AssessmentJson json = with(JsonLimits.DEFAULTS.withMaxArrayLength(2));

    // when
    Violation v = refusal(() -> json.readAssessment(doc));

    // then
    assertThat(v.rule()).isEqualTo("json.limit");
    assertThat(v.path()).isEqualTo("/ratings/2");
    assertThat(v.message().en())
        .isEqualTo("an array in the document has more elements than the limit of 2");
    assertThat(v.message().th()).contains("2").isNotEqualTo(v.message().en());
    // and validating refuses it the same way, with only that violation
    assertThat(json.validateAssessment(RUBRIC, doc).violations()).containsExactly(v);
  }

  @Test
  void more_ratings_than_the_limit_are_refused() {
    // given three ratings and at most 2: the third, /ratings/2, is one too many
    String doc =
        assessment(
            "{\"indicator\": \"1.1\", \"value\": 1}, {\"indicator\": \"1.2\", \"value\": 1},"
                + " {\"indicator\": \"1.3\", \"value\": 1}",
            "");

    Violation v = refusal(() -> with(JsonLimits.DEFAULTS.withMaxRatings(2)).readAssessment(doc));

    assertThat(v.rule()).isEqualTo("json.limit");
    assertThat(v.path()).isEqualTo("/ratings/2");
    assertThat(v.message().en()).isEqualTo("the document has more ratings than the limit of 2");
    assertThat(v.message().th()).contains("ผลการประเมิน").contains("2");
  }

  @Test
  void evidence_is_counted_over_the_document_and_the_ratings() {
    // given two evidence entries and a rating that cites one of them: 3 evidence entries counted
    // in document order, /evidence/0, /evidence/1, /ratings/0/evidence/0; at most 2 allowed
    String doc =
        assessment(
            "{\"indicator\": \"1.1\", \"value\": 1, \"evidence\": [\"e1\"]}",
            "{\"id\": \"e1\", \"kind\": \"document\", \"title\": \"T\"},"
                + " {\"id\": \"e2\", \"kind\": \"document\", \"title\": \"U\"}");

    Violation v = refusal(() -> with(JsonLimits.DEFAULTS.withMaxEvidence(2)).readAssessment(doc));

    assertThat(v.rule()).isEqualTo("json.limit");
    assertThat(v.path()).isEqualTo("/ratings/0/evidence/0");
    assertThat(v.message().en())
        .isEqualTo("the document has more evidence entries than the limit of 2");
  }

  @Test
  void criteria_are_counted_with_their_sub_criteria() {
    // given the mini rubric: /criteria/0 (1st), its children /criteria/0/children/0 (2nd) and
    // /criteria/0/children/1 (3rd), then /criteria/1; at most 2 allowed, the 3rd is refused
    byte[] rubric = Resources.bytes("examples/rubric-mini.json");

    Violation v = refusal(() -> with(JsonLimits.DEFAULTS.withMaxCriteria(2)).readRubric(rubric));

    assertThat(v.rule()).isEqualTo("json.limit");
    assertThat(v.path()).isEqualTo("/criteria/0/children/1");
    assertThat(v.message().en()).isEqualTo("the document has more criteria than the limit of 2");
  }

  @Test
  void indicators_are_counted_over_every_criterion() {
    // given the mini rubric: one indicator in each child of /criteria/0 (2), then the first of
    // /criteria/1 is the 3rd; at most 2 allowed
    byte[] rubric = Resources.bytes("examples/rubric-mini.json");

    Violation v = refusal(() -> with(JsonLimits.DEFAULTS.withMaxIndicators(2)).readRubric(rubric));

    assertThat(v.rule()).isEqualTo("json.limit");
    assertThat(v.path()).isEqualTo("/criteria/1/indicators/0");
    assertThat(v.message().en()).isEqualTo("the document has more indicators than the limit of 2");
    // and the defaults read it
    assertThat(AssessmentJson.standard().readRubric(rubric).criteria()).hasSize(2);
  }

  @Test
  void a_validation_report_keeps_the_most_violations_allowed_and_counts_the_rest() {
    // given five ratings of indicators not in the rubric: five violations, at most 2 kept
    String doc =
        assessment(
            "{\"indicator\": \"X1\", \"value\": 1}, {\"indicator\": \"X2\", \"value\": 1},"
                + " {\"indicator\": \"X3\", \"value\": 1}, {\"indicator\": \"X4\", \"value\": 1},"
                + " {\"indicator\": \"X5\", \"value\": 1}",
            "");

    // when
    ValidationReport report =
        with(JsonLimits.DEFAULTS.withMaxViolations(2)).validateAssessment(RUBRIC, doc);

    // then the first two, and 5 - 2 = 3 more
    assertThat(report.violations())
        .extracting(Violation::path, Violation::rule)
        .containsExactly(
            tuple("/ratings/0/indicator", "rating.indicator-exists"),
            tuple("/ratings/1/indicator", "rating.indicator-exists"),
            tuple("", "report.truncated"));
    Violation more = report.violations().get(2);
    assertThat(more.message().en()).isEqualTo("and 3 more violations not shown");
    assertThat(more.message().th()).isEqualTo("และอีก 3 รายการที่ไม่ได้แสดง");
    assertThat(more.severity()).isEqualTo(Severity.ERROR);
    assertThat(report.isValid()).isFalse();
    // and with the default limit all five are kept
    assertThat(AssessmentJson.standard().validateAssessment(RUBRIC, doc).violations()).hasSize(5);
  }

  @Test
  void problems_of_form_and_the_rubrics_rules_share_one_count() {
    // given a rating with a malformed indicator id and four ratings of indicators not in the
    // rubric, at most 2 kept
    String doc =
        assessment(
            "{\"indicator\": \" a\", \"value\": 1}, {\"indicator\": \"X1\", \"value\": 1},"
                + " {\"indicator\": \"X2\", \"value\": 1}, {\"indicator\": \"X3\", \"value\": 1},"
                + " {\"indicator\": \"X4\", \"value\": 1}",
            "");
    List<Violation> all = AssessmentJson.standard().validateAssessment(RUBRIC, doc).violations();

    // when
    List<Violation> kept =
        with(JsonLimits.DEFAULTS.withMaxViolations(2)).validateAssessment(RUBRIC, doc).violations();

    // then 2 kept, and the count of the rest is the full report's size less those 2
    assertThat(all).noneMatch(v -> v.rule().equals("report.truncated"));
    assertThat(kept).hasSize(3);
    assertThat(kept.get(2).rule()).isEqualTo("report.truncated");
    assertThat(kept.get(2).value()).isEqualTo(Integer.toString(all.size() - 2));
    assertThat(all.size()).isGreaterThanOrEqualTo(5);
  }

  @Test
  void the_report_of_a_refused_document_is_kept_short_too() {
    // given four ratings whose indicator ids start with a space: four problems of form
    String doc =
        assessment(
            "{\"indicator\": \" a\", \"value\": 1}, {\"indicator\": \" b\", \"value\": 1},"
                + " {\"indicator\": \" c\", \"value\": 1}, {\"indicator\": \" d\", \"value\": 1}",
            "");

    // when
    Throwable thrown =
        catchThrowable(() -> with(JsonLimits.DEFAULTS.withMaxViolations(1)).readAssessment(doc));

    // then one kept and 4 - 1 = 3 counted
    List<Violation> violations = ((JsonFormatException) thrown).report().violations();
    assertThat(violations).extracting(Violation::rule).endsWith("report.truncated").hasSize(2);
    assertThat(violations.get(1).message().en()).isEqualTo("and 3 more violations not shown");
  }

  @Test
  void documents_within_the_counts_read_as_before() {
    String doc = assessment("{\"indicator\": \"1.1\", \"value\": 1}", "");
    byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
    assertThat(
            with(JsonLimits.DEFAULTS.withMaxRatings(1).withMaxArrayLength(1))
                .readAssessment(bytes)
                .ratings())
        .hasSize(1);
  }
}
