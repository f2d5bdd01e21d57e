package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fields of an assessment document checked where they stand: the period is an object with an era
 * and a fiscal year, a rating has exactly one state (and the report names the states it has), a
 * not-applicable reason is not blank, an unknown state is {@code true} or a note, an evidence's
 * effective period has both ends, and a date is four ASCII digits, a month and a day.
 */
class AssessmentFieldChecksTest {
  private final AssessmentJson json = AssessmentJson.standard();

  private static final String BASE =
      "{\"format\": \"assessmentkit/assessment\", \"formatVersion\": 1, \"id\": \"a\","
          + " \"subject\": {\"id\": \"s\", \"name\": {\"en\": \"S\"}, \"type\": \"savings\"},"
          + " \"rubric\": \"mini-json@1\", \"period\": {\"era\": \"BE\", \"fiscalYear\": 2566}";

  private static String with(String more) {
    return BASE + more + "}";
  }

  private static String rating(String fields) {
    return with(", \"ratings\": [{\"indicator\": \"1.1\"" + fields + "}]");
  }

  private static String evidence(String fields) {
    return with(
        ", \"evidence\": [{\"id\": \"e1\", \"kind\": \"document\", \"title\": \"minutes\""
            + fields
            + "}]");
  }

  private List<Violation> refused(String document) {
    JsonFormatException e =
        catchThrowableOfType(() -> json.readAssessment(document), JsonFormatException.class);
    assertThat(e).as("refused: %s", document).isNotNull();
    return e.report().violations();
  }

  @Test
  void the_period_is_an_object_with_an_era_and_a_fiscal_year() {
    String number = BASE.replace("{\"era\": \"BE\", \"fiscalYear\": 2566}", "5") + "}";
    String noYear = BASE.replace(", \"fiscalYear\": 2566", "") + "}";

    assertThat(refused(number))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/period", "json.type"));
    assertThat(refused(noYear))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/period/fiscalYear", "value.required"));
  }

  @Test
  void a_rating_with_two_states_or_none_is_refused_naming_what_it_has() {
    assertThat(refused(rating(", \"value\": 5, \"unknown\": true")))
        .extracting(Violation::path, Violation::rule, Violation::value)
        .containsExactly(tuple("/ratings/0", "rating.one-state", "value, unknown"));
    assertThat(refused(rating(", \"notApplicable\": \"none\", \"unknown\": \"ask\"")))
        .extracting(Violation::path, Violation::rule, Violation::value)
        .containsExactly(tuple("/ratings/0", "rating.one-state", "notApplicable, unknown"));
    assertThat(refused(rating("")))
        .extracting(Violation::path, Violation::rule, Violation::value)
        .containsExactly(tuple("/ratings/0", "rating.one-state", null));
  }

  @Test
  void a_not_applicable_reason_is_not_blank_and_an_unknown_state_is_true_or_a_note() {
    assertThat(refused(rating(", \"notApplicable\": \" \"")))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/ratings/0/notApplicable", "rating.not-applicable-reason"));
    assertThat(refused(rating(", \"unknown\": 5")))
        .extracting(Violation::path, Violation::rule, Violation::value)
        .containsExactly(tuple("/ratings/0/unknown", "json.type", "5"));
    assertThat(refused(rating(", \"unknown\": [true]")))
        .extracting(Violation::path, Violation::rule, Violation::value)
        .containsExactly(tuple("/ratings/0/unknown", "json.type", null));
  }

  @Test
  void an_effective_period_has_both_ends() {
    assertThat(refused(evidence(", \"effective\": {\"from\": \"2022-10-01\"}")))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/evidence/0/effective/to", "value.required"));
  }

  @Test
  void a_date_is_four_ascii_digits_a_month_and_a_day() {
    // a space or a colon inside the year is no digit, though "25 6" or "2:00" could be summed
    // into a number (the characters just below and above the digits)
    for (String date :
        List.of("25 6-01-01", "2:00-01-01", "2566-ab-01", "2566-01-0x", "+99999-01-01")) {
      assertThat(refused(evidence(", \"collectedOn\": \"" + date + "\"")))
          .as(date)
          .extracting(Violation::path, Violation::rule)
          .containsExactly(tuple("/evidence/0/collectedOn", "value.date"));
    }
    // the year 0000 has four digits: it reads (as the proleptic year 0)
    Assessment zero = json.readAssessment(evidence(", \"collectedOn\": \"0000-01-01\""));
    assertThat(zero.evidence().get(0).collectedOn()).isEqualTo(LocalDate.of(0, 1, 1));
  }
}
