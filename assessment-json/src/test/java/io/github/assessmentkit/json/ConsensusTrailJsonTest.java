package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentKind;
import io.github.assessmentkit.assessment.Assessor;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.RatingState;
import io.github.assessmentkit.consensus.ConsensusTrail;
import io.github.assessmentkit.consensus.Panel;
import io.github.assessmentkit.consensus.Reconciliation;
import io.github.assessmentkit.consensus.Stamp;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A consensus trail as JSON: written, read back equal, conforming to its schema, and checked. */
class ConsensusTrailJsonTest {
  private final AssessmentJson json = AssessmentJson.standard();
  private final Rubric rubric = MiniRubrics.award();
  private static final Instant AT = Instant.parse("2026-03-12T02:30:00Z");

  private Assessment by(String assessor, Rating... ratings) {
    Assessment base = MiniRubrics.assessmentOf(rubric).build();
    var b =
        Assessment.builder("ext-" + assessor, base.subject(), base.rubric(), base.period())
            .kind(AssessmentKind.EXTERNAL)
            .assessor(new Assessor(assessor, assessor, null));
    for (Rating r : ratings) {
      b.rating(r.by(assessor));
    }
    return b.build();
  }

  /** 1.1: 35, 55 -> proposed 45 (halfway between allowed values 7 and 11 is 9: 45). */
  private ConsensusTrail trail() {
    Panel panel =
        Panel.of(
            rubric,
            List.of(
                by("anong", Rating.of("1.1", 35), Rating.notApplicable("2.1", "no members yet")),
                by("boon", Rating.of("1.1", 55), Rating.unknown("2.1", null))));
    return panel
        .reconcile()
        .override(
            "1.1",
            RatingValue.of(40),
            Stamp.at("fac-dara", AT),
            Text.of("ยังไม่มีการทบทวนแผน", "no plan review yet"))
        .confirm("2.1", Stamp.at("fac-dara", AT.plusSeconds(60)))
        .override(
            "1.1",
            new RatingState.Unknown("ask again"),
            Stamp.at("fac-dara", AT.plusSeconds(120)),
            Text.en("examiners to visit again"))
        .override(
            "1.2",
            RatingValue.of(30),
            Stamp.at("fac-dara", AT.plusSeconds(180)),
            Text.th("ดูที่ตั้ง"))
        .trail();
  }

  private static final String EXPECTED =
      "{\"format\":\"assessmentkit/consensus-trail\",\"formatVersion\":1,\"subject\":\"coop-1\","
          + "\"rubric\":\"mini-award@1\",\"period\":{\"era\":\"BE\",\"fiscalYear\":2566},"
          + "\"assessments\":[\"ext-anong\",\"ext-boon\"],\"entries\":["
          + "{\"number\":1,\"indicator\":\"1.1\",\"decision\":\"override\",\"by\":\"fac-dara\","
          + "\"at\":\"2026-03-12T02:30:00Z\",\"from\":{\"value\":45},\"to\":{\"value\":40},"
          + "\"reason\":{\"th\":\"ยังไม่มีการทบทวนแผน\",\"en\":\"no plan review yet\"}},"
          + "{\"number\":2,\"indicator\":\"2.1\",\"decision\":\"confirm\",\"by\":\"fac-dara\","
          + "\"at\":\"2026-03-12T02:31:00Z\",\"from\":{\"notApplicable\":\"no members yet\"},"
          + "\"to\":{\"notApplicable\":\"no members yet\"}},"
          + "{\"number\":3,\"indicator\":\"1.1\",\"decision\":\"override\",\"by\":\"fac-dara\","
          + "\"at\":\"2026-03-12T02:32:00Z\",\"from\":{\"value\":40},\"to\":{\"unknown\":\"ask again\"},"
          + "\"reason\":{\"en\":\"examiners to visit again\"},\"supersedes\":1},"
          + "{\"number\":4,\"indicator\":\"1.2\",\"decision\":\"override\",\"by\":\"fac-dara\","
          + "\"at\":\"2026-03-12T02:33:00Z\",\"to\":{\"value\":30},\"reason\":{\"th\":\"ดูที่ตั้ง\"}}"
          + "]}";

  private static String compact(String document) {
    return tools.jackson.databind.json.JsonMapper.builder().build().readTree(document).toString();
  }

  @Test
  void writes_every_entry_and_reads_back_an_equal_trail() {
    // given
    ConsensusTrail trail = trail();

    // when
    String written = json.writeString(trail);

    // then the document is as worked out by hand: the proposal of 1.1 was 45, of 2.1 not
    // applicable (nobody rated a value), of 1.2 nothing (no from)
    assertThat(compact(written)).isEqualTo(compact(EXPECTED));
    ConsensusTrail read = json.readConsensusTrail(written);
    assertThat(read).isEqualTo(trail);
    assertThat(json.writeString(read)).isEqualTo(written);
    // through bytes and streams too
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.write(trail, out);
    assertThat(json.readConsensusTrail(out.toByteArray())).isEqualTo(trail);
    assertThat(json.readConsensusTrail(new ByteArrayInputStream(out.toByteArray())))
        .isEqualTo(trail);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(written);
  }

  @Test
  void the_consensus_assessment_keeps_its_links_through_json() {
    // given a consensus with 1.1 overridden to 40; nothing else was rated, so nothing else is
    // proposed and no other decision is needed
    Panel panel =
        Panel.of(
            rubric, List.of(by("anong", Rating.of("1.1", 35)), by("boon", Rating.of("1.1", 55))));
    Assessment consensus =
        panel
            .reconcile()
            .override("1.1", RatingValue.of(40), Stamp.at("fac-dara", AT), Text.en("no review"))
            .consensus("consensus-1");

    // when
    String written = json.writeString(consensus);
    Assessment read = json.readAssessment(written);

    // then
    assertThat(read).isEqualTo(consensus);
    assertThat(read.kind()).isEqualTo(AssessmentKind.CONSENSUS);
    assertThat(read.extensions().fields())
        .containsEntry(Reconciliation.CONSENSUS_OF, "[\"ext-anong\",\"ext-boon\"]")
        .containsEntry(Reconciliation.CONSENSUS_DECISIONS, "{\"1.1\":1}");
    assertThat(SchemaTest.errors(DocumentFormat.ASSESSMENT, written)).isEmpty();
  }

  @Test
  void what_is_written_conforms_to_the_schema() {
    assertThat(SchemaTest.errors(DocumentFormat.CONSENSUS_TRAIL, json.writeString(trail())))
        .isEmpty();
    assertThat(SchemaTest.errors(DocumentFormat.CONSENSUS_TRAIL, EXPECTED)).isEmpty();
    // and the schema refuses an override without a reason
    String noReason = EXPECTED.replace(",\"reason\":{\"th\":\"ดูที่ตั้ง\"}", "");
    assertThat(SchemaTest.errors(DocumentFormat.CONSENSUS_TRAIL, noReason)).isNotEmpty();
  }

  private static Violation refusal(Runnable read) {
    Throwable thrown = catchThrowable(read::run);
    assertThat(thrown).isInstanceOf(JsonFormatException.class);
    List<Violation> violations = ((JsonFormatException) thrown).report().violations();
    assertThat(violations).hasSize(1);
    return violations.get(0);
  }

  @Test
  void a_removed_entry_is_refused_as_not_append_only() {
    // given entry 2 removed: entry 3 now stands second
    String removed =
        EXPECTED.replaceFirst(
            "\\{\"number\":2,.*?\"to\":\\{\"notApplicable\":\"no members yet\"\\}\\},", "");

    // when
    Violation v = refusal(() -> json.readConsensusTrail(removed));

    // then
    assertThat(v.rule()).isEqualTo("trail.append-only");
    assertThat(v.path()).isEqualTo("/entries");
    assertThat(v.message().en())
        .isEqualTo("trail entry 3 should be numbered 2: entries count from 1 without gaps");
  }

  @Test
  void an_edit_that_hides_what_it_supersedes_is_refused() {
    String hidden = EXPECTED.replace(",\"supersedes\":1", "");
    Violation v = refusal(() -> json.readConsensusTrail(hidden));
    assertThat(v.rule()).isEqualTo("trail.append-only");
    assertThat(v.message().en())
        .isEqualTo(
            "trail entry 3 must supersede entry 1, the earlier decision on its indicator, not none");
  }

  @Test
  void an_override_without_a_reason_and_a_time_off_utc_are_refused_where_they_are() {
    String noReason = EXPECTED.replace(",\"reason\":{\"th\":\"ดูที่ตั้ง\"}", "");
    Violation v = refusal(() -> json.readConsensusTrail(noReason));
    assertThat(v.rule()).isEqualTo("trail.override-reason");
    assertThat(v.path()).isEqualTo("/entries/3/reason");

    String local = EXPECTED.replace("2026-03-12T02:31:00Z", "2026-03-12T09:31:00+07:00");
    Violation w = refusal(() -> json.readConsensusTrail(local));
    assertThat(w.rule()).isEqualTo("value.instant");
    assertThat(w.path()).isEqualTo("/entries/1/at");

    String twoStates =
        EXPECTED.replace("\"to\":{\"value\":30}", "\"to\":{\"value\":30,\"unknown\":true}");
    Violation x = refusal(() -> json.readConsensusTrail(twoStates));
    assertThat(x.rule()).isEqualTo("rating.one-state");
    assertThat(x.path()).isEqualTo("/entries/3/to");
  }

  @Test
  void is_read_under_the_json_limits() {
    // four entries with arrays of at most 3 elements: the fourth, /entries/3, is one too many
    AssessmentJson limited =
        AssessmentJson.builder().limits(JsonLimits.DEFAULTS.withMaxArrayLength(3)).build();
    Violation v = refusal(() -> limited.readConsensusTrail(EXPECTED));
    assertThat(v.rule()).isEqualTo("json.limit");
    assertThat(v.path()).isEqualTo("/entries/3");
  }
}
