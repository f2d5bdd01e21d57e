package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Evidence;
import io.github.assessmentkit.assessment.EvidenceKind;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.Severity;
import io.github.assessmentkit.scoring.ScoreWarning;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.validation.ValidationReport;
import io.github.assessmentkit.validation.Violation;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The evidence's {@code expiresOn} and the rubric's {@code evidenceValidity} in JSON: read,
 * written, in the schemas, and absent from documents that do not set them.
 */
class EvidenceValidityJsonTest {
  private final AssessmentJson json = AssessmentJson.standard();
  private final Rubric checklist = MiniRubrics.checklist();

  private Assessment expiring() {
    return MiniRubrics.assessmentOf(checklist)
        .evidence(
            Evidence.of("ev-licence", EvidenceKind.DOCUMENT, "licence")
                .withExpiry(LocalDate.of(2023, 6, 30)))
        .rating(Rating.choice("G1.1", "yes").withEvidence("ev-licence"))
        .build();
  }

  @Test
  void expires_on_reads_back_equal_after_writing() {
    // given
    Assessment assessment = expiring();

    // when
    String written = json.writeString(assessment);
    Assessment back = json.readAssessment(written);

    // then
    assertThat(written).contains("\"expiresOn\"").contains("\"2023-06-30\"");
    assertThat(back).isEqualTo(assessment);
    assertThat(back.evidence("ev-licence").orElseThrow().expiresOn())
        .isEqualTo(LocalDate.of(2023, 6, 30));
    assertThat(SchemaTest.errors(DocumentFormat.ASSESSMENT, written)).isEmpty();
  }

  @Test
  void a_scorecard_warning_of_expired_evidence_reads_back_equal_after_writing() {
    // given
    Scorecard card = Scorer.standard().score(checklist, expiring());

    // when
    String written = json.writeString(card);

    // then
    assertThat(card.warnings()).extracting(ScoreWarning::code).contains("evidence-not-valid");
    assertThat(json.readScorecard(written)).isEqualTo(card);
    assertThat(SchemaTest.errors(DocumentFormat.SCORECARD, written)).isEmpty();
  }

  @Test
  void evidence_without_expiry_is_written_without_the_field() {
    // given the example document, whose evidence has no expiry
    byte[] example = Resources.bytes("examples/assessment-mini.json");

    // when
    String written = json.writeString(json.readAssessment(example));

    // then
    assertThat(written).doesNotContain("expiresOn");
  }

  @Test
  void a_malformed_expiry_is_refused_by_the_schema() {
    // given
    String written = json.writeString(expiring()).replace("2023-06-30", "30/06/2023");

    // then
    assertThat(SchemaTest.errors(DocumentFormat.ASSESSMENT, written)).isNotEmpty();
  }

  @Test
  void validating_a_document_reports_the_expired_evidence_as_a_warning() {
    // given a FY 2566 document citing a licence that holds only up to 30 Jun 2023, three months
    // before the year ends on 30 Sep 2023
    String document = json.writeString(expiring());

    // when
    ValidationReport report = json.validateAssessment(checklist, document);

    // then
    assertThat(report.isValid()).isTrue();
    assertThat(report.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("/ratings/0/evidence/0");
              assertThat(v.rule()).isEqualTo("evidence.valid-for-period");
              assertThat(v.severity()).isEqualTo(Severity.WARNING);
            });
  }

  @Test
  void a_rubric_treating_evidence_validity_as_an_error_keeps_it_through_json() {
    // given
    Rubric strict = Rubric.from(checklist).evidenceValidity(Severity.ERROR).build();

    // when
    String written = json.writeString(strict);
    Rubric back = json.readRubric(written);

    // then
    assertThat(written).contains("\"evidenceValidity\"").contains("\"error\"");
    assertThat(back.evidenceValidity()).isEqualTo(Severity.ERROR);
    assertThat(back).isEqualTo(strict);
    assertThat(SchemaTest.errors(DocumentFormat.RUBRIC, written)).isEmpty();
    assertThat(json.validateAssessment(back, json.writeString(expiring())).errors())
        .extracting(Violation::rule)
        .containsExactly("evidence.valid-for-period");
  }

  @Test
  void a_rubric_with_the_default_is_written_without_the_field_and_reads_as_a_warning() {
    // given the example rubric, which does not say
    byte[] example = Resources.bytes("examples/rubric-mini.json");

    // when
    Rubric read = json.readRubric(example);
    String written = json.writeString(read);

    // then
    assertThat(read.evidenceValidity()).isEqualTo(Severity.WARNING);
    assertThat(written).doesNotContain("evidenceValidity");
    assertThat(new String(example, StandardCharsets.UTF_8)).doesNotContain("evidenceValidity");
  }

  @Test
  void an_unknown_severity_is_refused() {
    // given
    String written =
        json.writeString(Rubric.from(checklist).evidenceValidity(Severity.ERROR).build())
            .replace("\"error\"", "\"fatal\"");

    // then
    assertThat(SchemaTest.errors(DocumentFormat.RUBRIC, written)).isNotEmpty();
    org.assertj.core.api.Assertions.assertThatExceptionOfType(JsonFormatException.class)
        .isThrownBy(() -> json.readRubric(written))
        .satisfies(
            e ->
                assertThat(e.report().violations())
                    .extracting(Violation::path)
                    .contains("/evidenceValidity"));
  }
}
