package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentStatus;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.cohort.OrganisationSummary;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.validation.Violation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The status of an assessment and the final one it supersedes, in assessment, scorecard and
 * summaries documents: written, read back equal, valid against the schemas, read as draft when a
 * document written before had none, and a self-reference refused at its place.
 */
class StatusJsonTest {
  private final AssessmentJson json = AssessmentJson.standard();
  private final Rubric mini = MiniRubrics.award();

  /** 40 % everywhere: 16 + 8 + 16 = 40.00 points. */
  private Assessment closed() {
    return MiniRubrics.assessmentOf(mini)
        .rating(Rating.of("1.1", 40))
        .rating(Rating.of("1.2", 40))
        .rating(Rating.of("2.1", 40))
        .build()
        .submit()
        .finalise();
  }

  @Test
  void an_assessment_that_supersedes_a_final_one_round_trips_with_both_ids() {
    // given a-2, the draft that replaces the final a-1
    Assessment successor = closed().supersede("a-2").rerate(Rating.of("2.1", 60)).build();

    // when
    String written = json.writeString(successor);
    Assessment read = json.readAssessment(written);

    // then
    assertThat(written.replaceAll("\\s", ""))
        .contains("\"id\":\"a-2\"")
        .contains("\"status\":\"draft\",\"supersedes\":\"a-1\",");
    assertThat(SchemaTest.errors(DocumentFormat.ASSESSMENT, written)).isEmpty();
    assertThat(read).isEqualTo(successor);
    assertThat(json.writeString(read)).isEqualTo(written);
    // an assessment that supersedes none writes no such field
    assertThat(json.writeString(closed())).doesNotContain("supersedes");
  }

  @Test
  void an_assessment_document_that_supersedes_itself_is_refused_at_supersedes() {
    // given
    String written = json.writeString(closed().supersede("a-2").build());
    String self = written.replace("\"supersedes\": \"a-1\"", "\"supersedes\": \"a-2\"");

    // when
    Throwable thrown = catchThrowable(() -> json.readAssessment(self));

    // then
    assertThat(self).contains("\"supersedes\": \"a-2\"");
    assertThat(thrown).isInstanceOf(JsonFormatException.class);
    List<Violation> v = ((JsonFormatException) thrown).report().violations();
    assertThat(v).extracting(Violation::path).containsExactly("/supersedes");
    assertThat(v.get(0).message().get(io.github.assessmentkit.text.Language.EN))
        .contains("assessment a-2 cannot supersede itself");
  }

  @Test
  void a_scorecard_carries_the_status_and_one_written_before_reads_as_a_draft() {
    // given the scorecard of a final assessment
    Scorecard card = Scorer.standard().score(mini, closed());

    // when
    String written = json.writeString(card);
    Scorecard read = json.readScorecard(written);

    // then
    assertThat(written).contains("\"assessment\": \"a-1\",\n  \"status\": \"final\",");
    assertThat(SchemaTest.errors(DocumentFormat.SCORECARD, written)).isEmpty();
    assertThat(read).isEqualTo(card);
    assertThat(read.isFinal()).isTrue();
    assertThat(read.statusWarning()).isEmpty();
    // a document without the status, as written before scorecards had one, is a draft's
    String before =
        new String(Resources.bytes("examples/scorecard-mini.json"), StandardCharsets.UTF_8)
            .replace("  \"status\": \"draft\",\n", "");
    assertThat(before).doesNotContain("\"status\": \"draft\"");
    Scorecard old = json.readScorecard(before);
    assertThat(old.status()).isEqualTo(AssessmentStatus.DRAFT);
    assertThat(old.statusWarning().orElseThrow().code()).isEqualTo("not-final");
    assertThat(SchemaTest.errors(DocumentFormat.SCORECARD, before)).isEmpty();
  }

  @Test
  void summaries_carry_the_status_and_those_written_before_read_as_drafts() {
    // given a final and a submitted organisation
    OrganisationSummary closed = OrganisationSummary.of(Scorer.standard().score(mini, closed()));
    Assessment other =
        Assessment.builder(
                "a-9",
                new io.github.assessmentkit.assessment.Subject(
                    "coop-9",
                    io.github.assessmentkit.text.Text.en("coop 9"),
                    io.github.assessmentkit.assessment.OrganisationType.SAVINGS,
                    null),
                mini.ref(),
                closed().period())
            .rating(Rating.of("1.1", 70))
            .build()
            .submit();
    OrganisationSummary submitted = OrganisationSummary.of(Scorer.standard().score(mini, other));

    // when
    String written = json.writeSummaries(List.of(closed, submitted));
    List<OrganisationSummary> read = json.readSummaries(written);

    // then
    assertThat(written.replaceAll("\\s", ""))
        .contains("\"province\":\"Loei\",\"status\":\"final\",")
        .contains("\"type\":\"savings\",\"status\":\"submitted\",");
    assertThat(SchemaTest.errors(DocumentFormat.SUMMARIES, written)).isEmpty();
    assertThat(read).containsExactly(closed, submitted);
    assertThat(json.writeSummaries(read)).isEqualTo(written);
    // without the field, a summary is a draft's
    String before = written.replaceAll("\\s*\"status\": \"[a-z]+\",", "");
    assertThat(before).doesNotContain("\"status\"");
    assertThat(json.readSummaries(before))
        .extracting(OrganisationSummary::status)
        .containsExactly(AssessmentStatus.DRAFT, AssessmentStatus.DRAFT);
    assertThat(SchemaTest.errors(DocumentFormat.SUMMARIES, before)).isEmpty();
  }
}
