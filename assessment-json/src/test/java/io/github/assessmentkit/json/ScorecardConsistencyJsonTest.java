package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.validation.ValidationReport;
import io.github.assessmentkit.validation.Violation;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A scorecard document is read only when it agrees with itself: each percent is its fraction
 * rounded, and where a node is the sum of its parts the parts' shown points add up to its own.
 * Before, a scorecard whose totals contradicted its parts was read without complaint.
 */
class ScorecardConsistencyJsonTest {
  private static final AssessmentJson JSON = AssessmentJson.standard();
  private static final String MINI =
      new String(Resources.bytes("examples/scorecard-mini.json"), StandardCharsets.UTF_8);

  private static ValidationReport refusal(String doc) {
    Throwable thrown = catchThrowable(() -> JSON.readScorecard(doc));
    assertThat(thrown).isInstanceOf(JsonFormatException.class);
    return ((JsonFormatException) thrown).report();
  }

  @Test
  void the_example_scorecard_agrees_with_itself_and_reads() {
    // when
    Scorecard card = JSON.readScorecard(MINI);

    // then root 21.00 of 100.00 = 21.00 (1) + 0.00 (2), of 60.00 + 40.00
    assertThat(card.root().earned()).isEqualByComparingTo("21.00");
    assertThat(card.root().possible()).isEqualByComparingTo("100.00");
  }

  @Test
  void a_percent_that_is_not_the_fraction_rounded_is_refused_in_both_languages() {
    // given the root's percent 22.00 where its fraction 21/100 × 100 = 21.00
    String doc = MINI.replaceFirst("\"percent\": 21.00", "\"percent\": 22.00");

    // when
    ValidationReport report = refusal(doc);

    // then
    assertThat(report.violations())
        .containsExactly(
            new Violation(
                "/root/percent",
                "scorecard.percent-matches-fraction",
                "22.00",
                io.github.assessmentkit.text.Text.of(
                    "ร้อยละของ 'mini-award' เขียนไว้ 22.00 แต่สัดส่วน (fraction) × 100 ปัดเศษเป็น 21.00",
                    "the percent of 'mini-award' is written as 22.00 but its fraction × 100 rounds"
                        + " to 21.00")));
  }

  @Test
  void a_node_that_does_not_apply_shows_a_percent_of_zero() {
    // given item 1.2, not applicable and without a fraction, showing 5.00 %
    int at = MINI.indexOf("\"id\": \"1.2\"");
    int percent = MINI.indexOf("\"percent\": 0.00", at);
    String doc =
        MINI.substring(0, percent)
            + "\"percent\": 5.00"
            + MINI.substring(percent + "\"percent\": 0.00".length());

    // when
    ValidationReport report = refusal(doc);

    // then
    assertThat(report.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("/root/children/0/children/1/percent");
              assertThat(v.rule()).isEqualTo("scorecard.percent-matches-fraction");
            });
  }

  @Test
  void a_total_its_parts_do_not_add_up_to_is_refused_at_each_node_it_contradicts() {
    // given category 1 earning 20.00 where its item 1.1 earns 21.00 (and 1.2 does not apply),
    // and the root, 21.00, the sum of 1 and 2
    int root = MINI.indexOf("\"earned\": 21.00");
    int one = MINI.indexOf("\"earned\": 21.00", root + 1);
    String doc =
        MINI.substring(0, one)
            + "\"earned\": 20.00"
            + MINI.substring(one + "\"earned\": 21.00".length());

    // when
    ValidationReport report = refusal(doc);

    // then the root's parts add up to 20.00 + 0.00, category 1's to 21.00 + 0.00
    assertThat(report.violations())
        .extracting(Violation::path, Violation::rule, v -> v.message().en())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "/root/children/0/earned",
                "scorecard.earned-adds-up",
                "the earned points of '1' are written as 20.00 but its parts add up to 21.00"),
            org.assertj.core.groups.Tuple.tuple(
                "/root/earned",
                "scorecard.earned-adds-up",
                "the earned points of 'mini-award' are written as 21.00 but its parts add up to"
                    + " 20.00"));
  }
}
