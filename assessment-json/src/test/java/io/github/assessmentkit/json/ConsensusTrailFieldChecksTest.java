package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.assessmentkit.assessment.RatingState;
import io.github.assessmentkit.consensus.ConsensusTrail;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each field of a consensus trail document is checked where it stands: ids and codes are not blank,
 * the assessments are listed, an entry is numbered from 1, names its indicator and gives one state
 * before and after, a not-applicable state gives its reason, an unknown state is {@code true} or a
 * note, and a reason given is text.
 */
class ConsensusTrailFieldChecksTest {
  private final AssessmentJson json = AssessmentJson.standard();

  /** Two entries: an override of 1.1 from 45 to 40 with a reason, a confirmation of 2.1. */
  private static final String TRAIL =
      "{\"format\":\"assessmentkit/consensus-trail\",\"formatVersion\":1,\"subject\":\"coop-1\","
          + "\"rubric\":\"mini-award@1\",\"period\":{\"era\":\"BE\",\"fiscalYear\":2566},"
          + "\"assessments\":[\"ext-anong\",\"ext-boon\"],\"entries\":["
          + "{\"number\":1,\"indicator\":\"1.1\",\"decision\":\"override\",\"by\":\"fac-dara\","
          + "\"at\":\"2026-03-12T02:30:00Z\",\"from\":{\"value\":45},\"to\":{\"value\":40},"
          + "\"reason\":{\"en\":\"no plan review yet\"}},"
          + "{\"number\":2,\"indicator\":\"2.1\",\"decision\":\"confirm\",\"by\":\"fac-dara\","
          + "\"at\":\"2026-03-12T02:31:00Z\",\"from\":{\"notApplicable\":\"no members yet\"},"
          + "\"to\":{\"notApplicable\":\"no members yet\"}}"
          + "]}";

  private List<Violation> refused(String from, String to) {
    String document = TRAIL.replace(from, to);
    assertThat(document).as("the change applies").isNotEqualTo(TRAIL);
    JsonFormatException e =
        catchThrowableOfType(() -> json.readConsensusTrail(document), JsonFormatException.class);
    assertThat(e).as("refused: %s", document).isNotNull();
    return e.report().violations();
  }

  @Test
  void the_trail_as_written_reads() {
    ConsensusTrail trail = json.readConsensusTrail(TRAIL);

    assertThat(trail.subjectId()).isEqualTo("coop-1");
    assertThat(trail.entries()).hasSize(2);
  }

  @Test
  void the_assessments_are_listed_by_ids_that_are_not_blank() {
    assertThat(refused("[\"ext-anong\",\"ext-boon\"]", "[\"ext-anong\",\" \"]"))
        .extracting(Violation::path, Violation::rule, Violation::value)
        .containsExactly(tuple("/assessments/1", "value.not-blank", " "));
    assertThat(refused("[\"ext-anong\",\"ext-boon\"]", "[]"))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/assessments", "value.required"));
  }

  @Test
  void the_subject_is_required_and_not_blank() {
    assertThat(refused("\"subject\":\"coop-1\",", ""))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/subject", "value.required"));
    assertThat(refused("\"subject\":\"coop-1\"", "\"subject\":\" \""))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/subject", "value.not-blank"));
  }

  @Test
  void an_entry_is_numbered_from_one_and_names_its_indicator() {
    assertThat(refused("\"number\":1,", "\"number\":0,"))
        .extracting(Violation::path, Violation::rule, Violation::value)
        .containsExactly(tuple("/entries/0/number", "trail.append-only", "0"));
    assertThat(refused("\"indicator\":\"2.1\"", "\"indicator\":\"\""))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/entries/1/indicator", "value.not-blank"));
  }

  @Test
  void an_entry_gives_the_state_after_it_and_one_state_before_it() {
    assertThat(refused(",\"to\":{\"value\":40}", ""))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/entries/0/to", "value.required"));
    assertThat(refused("\"from\":{\"value\":45}", "\"from\":{\"value\":45,\"unknown\":true}"))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/entries/0/from", "rating.one-state"));
  }

  @Test
  void a_state_gives_a_code_a_reason_or_a_note_that_is_not_blank() {
    assertThat(refused("\"to\":{\"value\":40}", "\"to\":{\"value\":\" \"}"))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/entries/0/to/value", "value.not-blank"));
    assertThat(
            refused(
                "\"to\":{\"notApplicable\":\"no members yet\"}", "\"to\":{\"notApplicable\":\"\"}"))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/entries/1/to/notApplicable", "rating.not-applicable-reason"));
  }

  @Test
  void an_unknown_state_is_true_or_a_note() {
    assertThat(refused("\"to\":{\"value\":40}", "\"to\":{\"unknown\":5}"))
        .extracting(Violation::path, Violation::rule, Violation::value)
        .containsExactly(tuple("/entries/0/to/unknown", "json.type", "5"));
    assertThat(refused("\"to\":{\"value\":40}", "\"to\":{\"unknown\":false}"))
        .extracting(Violation::path, Violation::rule, Violation::value)
        .containsExactly(tuple("/entries/0/to/unknown", "json.type", "false"));

    ConsensusTrail unknown =
        json.readConsensusTrail(
            TRAIL.replace("\"to\":{\"value\":40}", "\"to\":{\"unknown\":true}"));
    assertThat(unknown.entries().get(0).to()).isEqualTo(new RatingState.Unknown(null));
  }

  @Test
  void a_reason_given_is_text() {
    assertThat(refused("\"reason\":{\"en\":\"no plan review yet\"}", "\"reason\":5"))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/entries/0/reason", "json.type"));
  }

  @Test
  void a_field_not_known_in_the_trail_an_entry_or_a_state_is_refused() {
    assertThat(refused("\"subject\":\"coop-1\"", "\"subject\":\"coop-1\",\"extra\":1"))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/extra", "json.unknown-field"));
    assertThat(refused("\"number\":1,", "\"number\":1,\"extra\":1,"))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/entries/0/extra", "json.unknown-field"));
    assertThat(refused("\"to\":{\"value\":40}", "\"to\":{\"value\":40,\"extra\":1}"))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/entries/0/to/extra", "json.unknown-field"));
  }

  @Test
  void an_entry_gives_its_time() {
    assertThat(refused("\"at\":\"2026-03-12T02:30:00Z\",", ""))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/entries/0/at", "value.required"));
  }

  @Test
  void a_state_may_be_a_choice_code() {
    ConsensusTrail chosen =
        json.readConsensusTrail(
            TRAIL.replace("\"to\":{\"value\":40}", "\"to\":{\"value\":\"yes\"}"));

    assertThat(chosen.entries().get(0).to())
        .isEqualTo(new RatingState.Rated(RatingValue.choice("yes")));
  }
}
