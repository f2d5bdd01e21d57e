package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.assessmentkit.validation.Violation;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A value refused by one of the format's constraints is reported with the value as written (a
 * decimal in plain digits with its scale, nothing for a list or a missing value) and a message that
 * starts with the field's name, in Thai and English.
 */
class ConstraintValuesTest {
  private static final AssessmentJson JSON = AssessmentJson.standard();

  private static Violation only(Consumer<byte[]> read, String file) {
    byte[] bytes = Resources.bytes("bad/" + file);
    JsonFormatException e =
        catchThrowableOfType(() -> read.accept(bytes), JsonFormatException.class);
    assertThat(e).as(file).isNotNull();
    List<Violation> violations = e.report().violations();
    assertThat(violations).as(file).hasSize(1);
    return violations.get(0);
  }

  private static Violation assessment(String file) {
    return only(JSON::readAssessment, file);
  }

  private static Violation rubric(String file) {
    return only(JSON::readRubric, file);
  }

  private static Violation scorecard(String file) {
    return only(JSON::readScorecard, file);
  }

  @Test
  void a_whole_number_above_its_maximum_is_shown_as_written() {
    Violation v = assessment("dimension-above-100.json");

    assertThat(v.path()).isEqualTo("/ratings/0/dimensions/0/value");
    assertThat(v.rule()).isEqualTo("value.at-most");
    assertThat(v.value()).isEqualTo("120");
    assertThat(v.message().en()).isEqualTo("value must be 100 or less");
    assertThat(v.message().th()).isEqualTo("value ต้องมีค่าไม่เกิน 100");
  }

  @Test
  void a_negative_number_is_shown_with_its_sign_and_scale() {
    Violation points = rubric("rubric-negative-points.json");
    Violation possible = scorecard("scorecard-negative-possible.json");

    assertThat(points.value()).isEqualTo("-10");
    assertThat(points.message().en()).isEqualTo("points must be zero or more");
    // -1.00 keeps its two decimal places
    assertThat(possible.path()).isEqualTo("/root/children/1/children/0/indicators/0/possible");
    assertThat(possible.value()).isEqualTo("-1.00");
    assertThat(possible.message().th()).isEqualTo("possible ต้องเป็นศูนย์หรือมากกว่า");
  }

  @Test
  void a_fraction_out_of_range_is_shown_as_written() {
    Violation countAt = rubric("rubric-count-at-above-one.json");
    Violation partial = rubric("rubric-partial-credit-one.json");

    assertThat(countAt.rule()).isEqualTo("value.fraction");
    assertThat(countAt.value()).isEqualTo("1.5");
    assertThat(countAt.message().en()).isEqualTo("countAt must be a fraction from 0 to 1");
    assertThat(partial.rule()).isEqualTo("value.open-fraction");
    assertThat(partial.value()).isEqualTo("1");
    assertThat(partial.message().en())
        .isEqualTo("partialCredit must lie between 0 and 1, both excluded");
  }

  @Test
  void a_missing_value_or_an_empty_list_shows_no_value() {
    Violation subject = assessment("subject-missing.json");
    Violation criteria = rubric("rubric-no-criteria.json");

    assertThat(subject.rule()).isEqualTo("value.required");
    assertThat(subject.value()).isNull();
    assertThat(subject.message().en()).isEqualTo("subject is required");
    assertThat(subject.message().th()).isEqualTo("subject ต้องระบุ");
    assertThat(criteria.rule()).isEqualTo("value.min-entries");
    assertThat(criteria.value()).isNull();
    assertThat(criteria.message().en()).isEqualTo("criteria needs 1 or more items");
  }

  @Test
  void a_text_value_out_of_its_set_is_quoted_with_the_allowed_ones() {
    Violation era = assessment("era-unknown.json");
    Violation status = scorecard("scorecard-status-unknown.json");

    assertThat(era.value()).isEqualTo("AD");
    assertThat(era.message().en()).isEqualTo("'AD' is not allowed here (allowed: BE, CE)");
    assertThat(status.value()).isEqualTo("skipped");
    assertThat(status.message().en())
        .isEqualTo(
            "'skipped' is not allowed here (allowed: rated, not-applicable, unknown, missing)");
  }
}
