package io.github.assessmentkit.json;

import static io.github.assessmentkit.json.DocumentEdits.refusal;
import static io.github.assessmentkit.json.DocumentEdits.withUnknownField;
import static io.github.assessmentkit.json.DocumentEdits.without;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every object of a history document refuses a field the format does not know, at that field; a
 * missing subject, rules, coverage or trend is named at its place, never met by a crash.
 */
class HistoryDocumentFieldsTest {
  private final AssessmentJson json = AssessmentJson.standard();
  private final String history = json.writeString(HistoryJsonTest.history());

  @Test
  void every_object_of_a_history_refuses_a_field_it_does_not_know() {
    for (String at :
        List.of(
            "",
            "/rules",
            "/rules/plaques/0",
            "/years/0",
            "/years/0/coverage",
            "/years/0/decisions/0",
            "/nodes/0",
            "/nodes/0/points/0",
            "/nodes/0/trend",
            "/flags/0")) {
      List<Violation> v = refusal(() -> json.readHistory(withUnknownField(history, at)));

      assertThat(v)
          .as(at)
          .extracting(Violation::path, Violation::rule)
          .containsExactly(tuple(at + "/extra", "json.unknown-field"));
    }
  }

  @Test
  void a_missing_subject_rules_coverage_or_trend_is_named_where_it_belongs() {
    for (String[] missing :
        new String[][] {
          {"", "subject"}, {"", "rules"}, {"/years/0", "coverage"}, {"/nodes/0", "trend"}
        }) {
      String at = missing[0] + "/" + missing[1];
      List<Violation> v = refusal(() -> json.readHistory(without(history, missing[0], missing[1])));

      assertThat(v)
          .as(at)
          .extracting(Violation::path, Violation::rule)
          .containsExactly(tuple(at, "value.required"));
      assertThat(v.get(0).message().get(Language.EN)).startsWith(missing[1] + " ");
    }
  }
}
