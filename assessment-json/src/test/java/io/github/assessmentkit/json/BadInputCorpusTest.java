package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.validation.InvalidAssessmentException;
import io.github.assessmentkit.validation.ValidationReport;
import io.github.assessmentkit.validation.Violation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus: small malformed or hostile documents under {@code bad/}, each listed in
 * {@code bad/corpus.tsv} with the rule and JSON Pointer its report must name. Large ones are made
 * here at run time, not committed.
 */
class BadInputCorpusTest {
  private static final AssessmentJson JSON = AssessmentJson.standard();
  private static final Rubric RUBRIC = JSON.readRubric(Resources.open("examples/rubric-mini.json"));

  static Stream<Arguments> corpus() {
    String manifest = new String(Resources.bytes("bad/corpus.tsv"), StandardCharsets.UTF_8);
    List<Arguments> out = new ArrayList<>();
    for (String line : manifest.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      out.add(Arguments.of(f[0], f[1], f[2], f[3], f[4]));
    }
    return out.stream();
  }

  @Test
  void the_corpus_holds_at_least_forty_documents_each_of_them_checked() {
    // given / when
    long count = corpus().count();

    // then
    assertThat(count).isGreaterThanOrEqualTo(40);
  }

  @ParameterizedTest(name = "{0}: {4}")
  @MethodSource("corpus")
  void every_bad_document_gets_a_clear_specific_answer_and_never_a_scorecard(
      String file, String mode, String rule, String path, String what) {
    // given
    byte[] bytes = Resources.bytes("bad/" + file);

    // when
    ValidationReport report =
        switch (mode) {
          case "rubric" -> rubricReport(bytes);
          case "assessment" -> formatReport(bytes);
          case "scorecard" -> scorecardReport(bytes);
          default -> semanticReport(bytes);
        };

    // then the report names the rule at the place, in both languages
    assertThat(report.violations())
        .as("%s (%s): %s", file, what, report)
        .anySatisfy(
            v -> {
              assertThat(v.rule()).isEqualTo(rule);
              assertThat(v.path()).isEqualTo(path);
            });
    for (Violation v : report.violations()) {
      assertThat(v.message().isBilingual()).as("%s is bilingual", v).isTrue();
    }
    // and the one-call check gives the same answer without throwing
    if (mode.equals("assessment") || mode.equals("semantic")) {
      assertThat(JSON.validateAssessment(RUBRIC, new ByteArrayInputStream(bytes)))
          .isEqualTo(report);
    }
  }

  private static ValidationReport rubricReport(byte[] bytes) {
    Throwable thrown = catchThrowable(() -> JSON.readRubric(new ByteArrayInputStream(bytes)));
    assertThat(thrown).isInstanceOf(JsonFormatException.class);
    return ((JsonFormatException) thrown).report();
  }

  private static ValidationReport formatReport(byte[] bytes) {
    Throwable thrown = catchThrowable(() -> JSON.readAssessment(new ByteArrayInputStream(bytes)));
    assertThat(thrown).isInstanceOf(JsonFormatException.class);
    return ((JsonFormatException) thrown).report();
  }

  private static ValidationReport scorecardReport(byte[] bytes) {
    Throwable thrown = catchThrowable(() -> JSON.readScorecard(new ByteArrayInputStream(bytes)));
    assertThat(thrown).isInstanceOf(JsonFormatException.class);
    return ((JsonFormatException) thrown).report();
  }

  private static ValidationReport semanticReport(byte[] bytes) {
    Assessment assessment = JSON.readAssessment(new ByteArrayInputStream(bytes));
    Throwable thrown = catchThrowable(() -> Scorer.standard().score(RUBRIC, assessment));
    assertThat(thrown).isInstanceOf(InvalidAssessmentException.class);
    return ((InvalidAssessmentException) thrown).report();
  }

  @Test
  void a_document_nested_ten_thousand_deep_is_refused_at_the_nesting_limit() {
    // given an extension field holding 10,000 nested arrays
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    String doc = minimal().replace("\"id\": \"a\"", "\"id\": \"a\", \"deep\": " + deep);

    // when
    Throwable thrown = catchThrowable(() -> JSON.readAssessment(doc));

    // then
    assertThat(thrown).isInstanceOf(JsonFormatException.class);
    Violation v = ((JsonFormatException) thrown).report().violations().get(0);
    assertThat(v.rule()).isEqualTo("json.limit");
    assertThat(v.message().en()).isEqualTo("the document nests deeper than the limit of 64 levels");
  }

  @Test
  void a_fifty_megabyte_string_is_refused_by_the_document_size_limit_without_reading_it_all() {
    // given a 50 MB rationale
    byte[] doc = withRationale(50 * 1024 * 1024);

    // when
    Throwable thrown = catchThrowable(() -> JSON.readAssessment(new ByteArrayInputStream(doc)));

    // then 16 MiB = 16,777,216 bytes
    assertThat(thrown).isInstanceOf(JsonFormatException.class);
    Violation v = ((JsonFormatException) thrown).report().violations().get(0);
    assertThat(v.rule()).isEqualTo("json.limit");
    assertThat(v.message().en())
        .isEqualTo("the document is larger than the limit of 16777216 bytes");
  }

  @Test
  void a_fifty_megabyte_string_is_refused_by_the_string_limit_when_documents_may_be_larger() {
    // given a reader taking documents up to 64 MiB, and a 50 MB rationale
    AssessmentJson roomy =
        AssessmentJson.builder()
            .limits(JsonLimits.DEFAULTS.withMaxDocumentBytes(64L * 1024 * 1024))
            .build();
    byte[] doc = withRationale(50 * 1024 * 1024);

    // when
    Throwable thrown = catchThrowable(() -> roomy.readAssessment(new ByteArrayInputStream(doc)));

    // then
    assertThat(thrown).isInstanceOf(JsonFormatException.class);
    Violation v = ((JsonFormatException) thrown).report().violations().get(0);
    assertThat(v.rule()).isEqualTo("json.limit");
    assertThat(v.message().en())
        .isEqualTo("a string in the document is longer than the limit of 1000000 characters");
  }

  @Test
  void a_string_with_an_unpaired_surrogate_is_refused_as_an_encoding_error() {
    // given
    String doc = minimal().replace("\"id\": \"a\"", "\"id\": \"a\uD800\"");

    // when / then
    assertThatThrownBy(() -> JSON.readAssessment(doc))
        .isInstanceOfSatisfying(
            JsonFormatException.class,
            e -> assertThat(e.report().violations().get(0).rule()).isEqualTo("json.encoding"));
  }

  private static byte[] withRationale(int length) {
    String head = minimal().replace("\"id\": \"a\"", "\"id\": \"a\", \"note\": \"");
    int cut = head.indexOf("\"note\": \"") + "\"note\": \"".length();
    byte[] before = head.substring(0, cut).getBytes(StandardCharsets.UTF_8);
    byte[] after = ("\"" + head.substring(cut)).getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[before.length + length + after.length];
    System.arraycopy(before, 0, out, 0, before.length);
    java.util.Arrays.fill(out, before.length, before.length + length, (byte) 'x');
    System.arraycopy(after, 0, out, before.length + length, after.length);
    return out;
  }

  static String minimal() {
    return "{\"format\": \"assessmentkit/assessment\", \"formatVersion\": 1, \"id\": \"a\","
        + " \"subject\": {\"id\": \"s\", \"name\": {\"en\": \"S\"}, \"type\": \"savings\"},"
        + " \"rubric\": \"mini-json@1\", \"period\": {\"era\": \"BE\", \"fiscalYear\": 2566}}";
  }
}
