package io.github.assessmentkit.json;

import static io.github.assessmentkit.json.DocumentEdits.refusal;
import static io.github.assessmentkit.json.DocumentEdits.withUnknownField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rubric diff names what each change lacks at its place: its kind, the criterion or indicator
 * added, the values of a scale change, a ladder or award change with neither value, and the
 * references between which it stands; the document refuses a field it does not know.
 */
class RubricDiffChangeFieldsTest {
  private final AssessmentJson json = AssessmentJson.standard();

  private static String diffDocument(String changes) {
    return "{\"format\": \"assessmentkit/rubric-diff\", \"formatVersion\": 1,"
        + " \"from\": \"r@1\", \"to\": \"r@2\", \"changes\": ["
        + changes
        + "]}";
  }

  private List<Violation> read(String changes) {
    return refusal(() -> json.readRubricDiff(diffDocument(changes)));
  }

  @Test
  void a_change_without_a_kind_or_with_a_kind_that_is_not_a_string_is_named_once() {
    List<Violation> v = read("{\"id\": \"1\"}, {\"kind\": 7}");

    assertThat(v)
        .extracting(Violation::path, Violation::rule)
        .containsExactly(
            tuple("/changes/0/kind", "value.required"), tuple("/changes/1/kind", "json.type"));
    assertThat(v.get(0).message().get(Language.EN)).isEqualTo("kind is required");
    assertThat(v.get(0).message().get(Language.TH)).isEqualTo("kind ต้องระบุ");
  }

  @Test
  void a_criterion_or_indicator_added_without_its_definition_is_named_at_it() {
    List<Violation> v =
        read(
            "{\"kind\": \"criterion-added\", \"parent\": \"1\"},"
                + " {\"kind\": \"indicator-removed\", \"parent\": \"1.1\"}");

    assertThat(v)
        .extracting(Violation::path, Violation::rule)
        .containsExactly(
            tuple("/changes/0/criterion", "value.required"),
            tuple("/changes/1/indicator", "value.required"));
  }

  @Test
  void a_ladder_or_award_change_with_neither_value_is_refused_at_the_change() {
    List<Violation> v =
        read(
            "{\"kind\": \"ladder-changed\", \"id\": \"overall\"},"
                + " {\"kind\": \"award-changed\", \"id\": \"plaque\"}");

    assertThat(v)
        .extracting(Violation::path, Violation::rule)
        .containsExactly(
            tuple("/changes/0", "change.before-or-after"),
            tuple("/changes/1", "change.before-or-after"));
    assertThat(v.get(1).message().get(Language.TH))
        .isEqualTo(
            "ต้องระบุ before หรือ after อย่างน้อยหนึ่งค่า: ไม่มี before คือเพิ่มใหม่ ไม่มี after คือถูกลบ");
  }

  @Test
  void a_scale_change_without_its_scales_is_named_at_each() {
    List<Violation> v = read("{\"kind\": \"scale-changed\", \"id\": \"1.1\"}");

    assertThat(v)
        .extracting(Violation::path, Violation::rule)
        .contains(tuple("/changes/0/before", "value.required"))
        .contains(tuple("/changes/0/after", "value.required"));
  }

  @Test
  void a_diff_without_its_references_or_with_a_field_it_does_not_know_is_refused() {
    String noFrom =
        "{\"format\": \"assessmentkit/rubric-diff\", \"formatVersion\": 1,"
            + " \"to\": \"r@2\", \"changes\": []}";

    assertThat(refusal(() -> json.readRubricDiff(noFrom)))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/from", "value.required"));
    assertThat(refusal(() -> json.readRubricDiff(withUnknownField(diffDocument(""), ""))))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/extra", "json.unknown-field"));
  }
}
