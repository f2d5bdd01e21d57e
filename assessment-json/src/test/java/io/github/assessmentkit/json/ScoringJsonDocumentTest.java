package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.validation.InvalidAssessmentException;
import io.github.assessmentkit.validation.ValidationReport;
import io.github.assessmentkit.validation.Violation;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ScoringJsonDocumentTest {
  private final AssessmentJson json = AssessmentJson.standard();
  private final Rubric rubric = json.readRubric(Resources.open("examples/rubric-mini.json"));

  @Test
  void scores_an_assessment_read_from_json_against_a_rubric_read_from_json() {
    // given
    Assessment assessment = json.readAssessment(Resources.open("examples/assessment-mini.json"));

    // when
    Scorecard card = Scorer.standard().score(rubric, assessment);

    // then 1.1 = 35 % x 40 = 14.00; 1.2 = level 2 of 0..4 = 2/4 x 20 = 10.00; category 1 = 24.00
    assertThat(card.node("1.1").orElseThrow().earned()).isEqualTo(new BigDecimal("14.00"));
    assertThat(card.node("1.2").orElseThrow().earned()).isEqualTo(new BigDecimal("10.00"));
    assertThat(card.node("1").orElseThrow().earned()).isEqualTo(new BigDecimal("24.00"));
    // category 2 splits 40 by weight 2:1:1 = 20, 10, 10; G1 partial 0.50 x 20 = 10.00;
    // G2 Likert 4 of 5 = (4 - 1) / (5 - 1) = 0.75 x 10 = 7.50; G3 0.12 >= 0.10 earns 1 x 10 = 10.00
    assertThat(card.node("2").orElseThrow().earned()).isEqualTo(new BigDecimal("27.50"));
    // total = 24.00 + 27.50 = 51.50; ladder: 51.50 >= 50 -> good
    assertThat(card.total()).isEqualTo(new BigDecimal("51.50"));
    assertThat(card.level("overall").orElseThrow().rungId()).isEqualTo("good");
    // gold: rung good reached and coverage 5/5 = 100 % >= 80 %
    assertThat(card.award("mini").orElseThrow().tierId()).isEqualTo("gold");
  }

  @Test
  void writes_the_scorecard_with_its_decimals_as_plain_numbers() {
    // given
    Assessment assessment = json.readAssessment(Resources.open("examples/assessment-mini.json"));
    Scorecard card = Scorer.standard().score(rubric, assessment);

    // when
    String written = json.writeString(card);

    // then
    assertThat(written)
        .startsWith("{\n  \"format\": \"assessmentkit/scorecard\",\n  \"formatVersion\": 1,")
        .contains("\"earned\": 51.50,\n    \"possible\": 100.00,")
        .contains("\"calculation\": \"1 24.00 + 2 27.50 = 51.50\"");
  }

  @Test
  void scoring_an_invalid_assessment_throws_an_exception_that_carries_the_report() {
    // given 37 on a band scale in steps of 5
    Assessment assessment =
        json.readAssessment(new ByteArrayInputStream(Resources.bytes("bad/out-of-scale-37.json")));

    // when
    Throwable thrown = catchThrowable(() -> Scorer.standard().score(rubric, assessment));

    // then
    assertThat(thrown).isInstanceOf(InvalidAssessmentException.class);
    ValidationReport report = ((InvalidAssessmentException) thrown).report();
    assertThat(report.violations()).hasSize(1);
    Violation v = report.violations().get(0);
    assertThat(v.path()).isEqualTo("/ratings/0/value");
    assertThat(v.rule()).isEqualTo("rating.value-in-scale");
    assertThat(v.value()).isEqualTo("37");
    assertThat(v.message().get(Language.EN))
        .isEqualTo(
            "37 is not an allowed percentage on this scale (allowed: 0, 5, 10, 15, 20, 25, 30, 35,"
                + " 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95, 100)");
    assertThat(v.message().get(Language.TH)).startsWith("37 ไม่ใช่ร้อยละที่มาตรวัดนี้อนุญาต");
  }

  @Test
  void a_caller_can_validate_a_document_first_and_decide() {
    // given one document with three problems of meaning, and one without any
    String bad =
        "{\"format\": \"assessmentkit/assessment\", \"formatVersion\": 1, \"id\": \"a\","
            + " \"subject\": {\"id\": \"s\", \"name\": {\"en\": \"S\"}, \"type\": \"savings\"},"
            + " \"rubric\": \"mini-json@1\", \"period\": {\"era\": \"BE\", \"fiscalYear\": 2566},"
            + " \"ratings\": [{\"indicator\": \"1.1\", \"value\": 35},"
            + " {\"indicator\": \"G2\", \"value\": 6}, {\"indicator\": \"X\", \"value\": 1}]}";
    byte[] good = Resources.bytes("examples/assessment-mini.json");

    // when
    ValidationReport badReport = json.validateAssessment(rubric, bad);
    ValidationReport goodReport = json.validateAssessment(rubric, new ByteArrayInputStream(good));

    // then every violation comes back at once, in document order
    assertThat(badReport.isValid()).isFalse();
    assertThat(badReport.violations())
        .extracting(Violation::path, Violation::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/ratings/0/evidence", "rating.evidence-required"),
            org.assertj.core.groups.Tuple.tuple("/ratings/1/value", "rating.value-in-scale"),
            org.assertj.core.groups.Tuple.tuple("/ratings/2/indicator", "rating.indicator-exists"));
    assertThat(goodReport).isEqualTo(ValidationReport.VALID);
  }

  @Test
  void one_call_reports_structural_problems_and_the_rubric_s_rules_on_the_well_formed_parts() {
    // given a document with two structural problems (an impossible date on evidence e1, a rating
    // "unknown": false) and two problems of meaning in well-formed ratings (37 on a scale in steps
    // of 5; evidence e9 that the document does not hold); rating 3 cites e1, which is there
    String doc =
        "{\"format\": \"assessmentkit/assessment\", \"formatVersion\": 1, \"id\": \"a\","
            + " \"subject\": {\"id\": \"s\", \"name\": {\"en\": \"S\"}, \"type\": \"savings\"},"
            + " \"rubric\": \"mini-json@1\", \"period\": {\"era\": \"BE\", \"fiscalYear\": 2566},"
            + " \"ratings\": [{\"indicator\": \"G1\", \"unknown\": false},"
            + " {\"indicator\": \"1.1\", \"value\": 37, \"evidence\": [\"e1\"]},"
            + " {\"indicator\": \"G2\", \"value\": 3, \"evidence\": [\"e9\"]},"
            + " {\"indicator\": \"G3\", \"value\": 0.05, \"evidence\": [\"e1\"]}],"
            + " \"evidence\": [{\"id\": \"e1\", \"kind\": \"document\", \"title\": \"minutes\","
            + " \"collectedOn\": \"2023-02-30\"}]}";

    // when
    ValidationReport report = json.validateAssessment(rubric, doc);

    // then every problem, each where it is, in document order
    assertThat(report.violations())
        .extracting(Violation::path, Violation::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/evidence/0/collectedOn", "value.date"),
            org.assertj.core.groups.Tuple.tuple("/ratings/0/unknown", "json.type"),
            org.assertj.core.groups.Tuple.tuple("/ratings/1/value", "rating.value-in-scale"),
            org.assertj.core.groups.Tuple.tuple("/ratings/2/evidence/0", "rating.evidence-exists"));
  }

  @Test
  void a_malformed_document_never_reaches_the_scorer() {
    // given
    byte[] bytes = Resources.bytes("bad/rating-valued-and-not-applicable.json");

    // when
    Throwable thrown = catchThrowable(() -> json.readAssessment(new ByteArrayInputStream(bytes)));

    // then
    assertThat(thrown)
        .isInstanceOf(JsonFormatException.class)
        .hasMessage(
            "the JSON document cannot be read: 1 problem; first: /ratings/0 a rating needs exactly"
                + " one of value, notApplicable or unknown");
  }
}
