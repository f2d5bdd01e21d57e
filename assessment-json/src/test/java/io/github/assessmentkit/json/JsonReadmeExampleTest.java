package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.YesPartialNoScale;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.validation.ValidationReport;
import io.github.assessmentkit.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The code and document of the README's "Scoring a JSON document" section, kept true. */
class JsonReadmeExampleTest {
  /** The document shown in the README. */
  static final String DOCUMENT =
      """
      {
        "format": "assessmentkit/assessment",
        "formatVersion": 1,
        "id": "coop-42-2566",
        "subject": {"id": "coop-42", "name": {"th": "สหกรณ์ตัวอย่าง"}, "type": "agricultural"},
        "rubric": "my-checklist@1",
        "period": {"era": "BE", "fiscalYear": 2566},
        "ratings": [
          {"indicator": "G1.1", "value": "yes"},
          {"indicator": "G2.1", "value": "partial", "rationale": "shown at the meeting, not posted"}
        ]
      }
      """;

  /** The governance checklist of the README's "Scoring an assessment" section. */
  static Rubric governance() {
    return Rubric.builder("my-checklist", "1")
        .title(Text.of("ธรรมาภิบาล", "Good governance"))
        .provenance(Provenance.unverified(Text.en("our own list"), Text.en("weights not verified")))
        .defaultStrategy(Strategies.POINTS_SUM)
        .totalPoints(100)
        .criterion(
            Criterion.builder("G1", Text.of("นิติธรรม", "Rule of law"))
                .weight(2)
                .indicator(
                    Indicator.of(
                        "G1.1",
                        Text.of("จัดประชุมใหญ่ภายในกำหนด", "General meeting held on time"),
                        YesPartialNoScale.STANDARD))
                .build())
        .criterion(
            Criterion.builder("G2", Text.of("ความโปร่งใส", "Transparency"))
                .weight(1)
                .indicator(
                    Indicator.of(
                        "G2.1",
                        Text.of("เปิดเผยงบการเงินแก่สมาชิก", "Audited statements shown to members"),
                        YesPartialNoScale.STANDARD))
                .build())
        .build();
  }

  @Test
  void the_readme_document_reads_scores_and_writes_as_the_readme_says() {
    // given
    Rubric rubric = governance();
    AssessmentJson json = AssessmentJson.standard();
    ByteArrayOutputStream response = new ByteArrayOutputStream();

    // when (as in the README)
    Assessment assessment =
        json.readAssessment(new ByteArrayInputStream(DOCUMENT.getBytes(StandardCharsets.UTF_8)));
    Scorecard card = Scorer.standard().score(rubric, assessment);
    json.write(card, response);

    // then G1.1 yes earns all of 66.67; G2.1 partial earns 0.5 x 33.33 = 16.665 -> 16.66
    // (half-even)
    // total = 66.67 + 16.66 = 83.33
    assertThat(card.total()).isEqualTo(new BigDecimal("83.33"));
    assertThat(response.toString(StandardCharsets.UTF_8))
        .contains("\"calculation\": \"G1 66.67 + G2 16.66 = 83.33\"");
  }

  @Test
  void the_readme_validation_example_prints_what_the_readme_shows() {
    // given the README document with "maybe" for G1.1
    String document = DOCUMENT.replace("\"value\": \"yes\"", "\"value\": \"maybe\"");

    // when
    ValidationReport report = AssessmentJson.standard().validateAssessment(governance(), document);

    // then
    assertThat(report.violations()).hasSize(1);
    Violation v = report.violations().get(0);
    assertThat(v.path() + " [" + v.rule() + "] " + v.message().get(Language.TH))
        .isEqualTo(
            "/ratings/0/value [rating.value-in-scale] 'maybe' ไม่ใช่คำตอบที่ใช้ได้ (yes, partial หรือ no)");
  }
}
