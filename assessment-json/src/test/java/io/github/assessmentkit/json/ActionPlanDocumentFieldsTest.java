package io.github.assessmentkit.json;

import static io.github.assessmentkit.json.DocumentEdits.refusal;
import static io.github.assessmentkit.json.DocumentEdits.withUnknownField;
import static io.github.assessmentkit.json.DocumentEdits.without;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.validation.Violation;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Every object of an action plan, a plan review and a result-suggestions document refuses a field
 * the format does not know, at that field, and names each required field that is missing, at its
 * place; the rest of the document is read as before.
 */
class ActionPlanDocumentFieldsTest {
  private final AssessmentJson json = AssessmentJson.standard();
  private final String plan = json.writeString(PlanSamples.plan());
  private final String review = json.writeString(PlanSamples.review());
  private final String suggestions = json.writeString(PlanSamples.suggestions());

  private static void unknownAt(String document, String pointer, Consumer<String> read) {
    List<Violation> v = refusal(() -> read.accept(withUnknownField(document, pointer)));

    assertThat(v)
        .as(pointer)
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple(pointer + "/extra", "json.unknown-field"));
  }

  private static void requiredAt(
      String document, String pointer, String field, Consumer<String> read) {
    List<Violation> v = refusal(() -> read.accept(without(document, pointer, field)));

    assertThat(v)
        .as(pointer + "/" + field)
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple(pointer + "/" + field, "value.required"));
    assertThat(v.get(0).message().get(Language.EN)).isEqualTo(field + " is required");
    assertThat(v.get(0).message().get(Language.TH)).isEqualTo(field + " ต้องระบุ");
  }

  @Test
  void every_object_of_an_action_plan_refuses_a_field_it_does_not_know() {
    for (String at :
        List.of(
            "",
            "/actions/0",
            "/actions/0/target",
            "/actions/0/due",
            "/actions/0/measure",
            "/actions/0/baseline")) {
      unknownAt(plan, at, json::readActionPlan);
    }
  }

  @Test
  void every_required_field_of_an_action_plan_is_named_when_missing() {
    for (String field : List.of("id", "subject", "rubric", "writtenAfter", "actions")) {
      requiredAt(plan, "", field, json::readActionPlan);
    }
    for (String field : List.of("id", "node", "target", "owner", "due")) {
      requiredAt(plan, "/actions/0", field, json::readActionPlan);
    }
    requiredAt(plan, "/actions/0/due", "year", json::readActionPlan);
    requiredAt(plan, "/actions/0/due", "quarter", json::readActionPlan);
    requiredAt(plan, "/actions/0/measure", "id", json::readActionPlan);
    requiredAt(plan, "/actions/0/measure", "value", json::readActionPlan);
    for (String field : List.of("standing", "percent", "earned")) {
      requiredAt(plan, "/actions/0/baseline", field, json::readActionPlan);
    }
  }

  @Test
  void a_target_with_none_of_percent_band_and_level_is_refused_at_the_target() {
    List<Violation> v =
        refusal(() -> json.readActionPlan(without(plan, "/actions/0/target", "band")));

    assertThat(v)
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/actions/0/target", "plan.one-target"));
    assertThat(v.get(0).message().get(Language.EN))
        .isEqualTo("a target needs exactly one of percent, band and level");
    assertThat(v.get(0).message().get(Language.TH))
        .isEqualTo("เป้าหมายต้องมีอย่างใดอย่างหนึ่งเท่านั้น: percent, band หรือ level");
  }

  @Test
  void a_target_by_level_reads_back_as_a_level() {
    // A1's band 4 becomes the level "good"
    String byLevel =
        DocumentEdits.edit(
            plan,
            "/actions/0/target",
            t -> {
              t.remove("band");
              t.put("level", "good");
            });

    assertThat(json.readActionPlan(byLevel).actions().get(0).target())
        .isEqualTo(io.github.assessmentkit.actionplan.ActionTarget.level("good"));
  }

  @Test
  void a_blank_id_owner_or_measure_is_refused_where_it_stands() {
    String blank =
        DocumentEdits.edit(
            DocumentEdits.edit(plan, "/actions/1", a -> a.put("owner", " ")),
            "/actions/0/measure",
            m -> m.put("id", ""));

    List<Violation> v = refusal(() -> json.readActionPlan(blank));

    assertThat(v)
        .extracting(Violation::path, Violation::rule, Violation::value)
        .containsExactly(
            tuple("/actions/0/measure/id", "value.not-blank", ""),
            tuple("/actions/1/owner", "value.not-blank", " "));
    assertThat(v.get(1).message().get(Language.EN)).isEqualTo("must not be blank");
    assertThat(v.get(1).message().get(Language.TH)).isEqualTo("ต้องไม่เว้นว่าง");
  }

  @Test
  void every_object_of_a_plan_review_refuses_a_field_it_does_not_know() {
    for (String at :
        List.of(
            "",
            "/summary",
            "/results/0",
            "/results/0/action",
            "/results/0/action/target",
            "/results/0/action/due",
            "/results/0/action/measure",
            "/results/0/action/baseline",
            "/results/0/measure")) {
      unknownAt(review, at, json::readPlanReview);
    }
  }

  @Test
  void every_required_field_of_a_plan_review_is_named_when_missing() {
    for (String field : List.of("plan", "subject", "assessment", "period", "results", "summary")) {
      requiredAt(review, "", field, json::readPlanReview);
    }
    for (String field :
        List.of("met", "partlyMet", "notMet", "notAssessed", "pointsGained", "text")) {
      requiredAt(review, "/summary", field, json::readPlanReview);
    }
    for (String field : List.of("action", "verdict", "target", "explanation")) {
      requiredAt(review, "/results/0", field, json::readPlanReview);
    }
    for (String field : List.of("id", "goal", "reached")) {
      requiredAt(review, "/results/0/measure", field, json::readPlanReview);
    }
  }

  @Test
  void every_object_of_result_suggestions_refuses_a_field_it_does_not_know() {
    for (String at : List.of("", "/reading", "/suggestions/0", "/suggestions/0/dimensions/0")) {
      unknownAt(suggestions, at, json::readSuggestions);
    }
  }

  @Test
  void a_dimension_that_is_not_one_of_letci_is_refused_naming_the_four() {
    String unknown =
        DocumentEdits.edit(
            suggestions, "/suggestions/0/dimensions/0", d -> d.put("dimension", "Q"));

    List<Violation> v = refusal(() -> json.readSuggestions(unknown));

    assertThat(v)
        .extracting(Violation::path, Violation::rule, Violation::value)
        .containsExactly(tuple("/suggestions/0/dimensions/0/dimension", "value.one-of", "Q"));
    assertThat(v.get(0).message().get(Language.EN))
        .isEqualTo("'Q' is not allowed here (allowed: Le, T, C, I)");
  }

  @Test
  void every_required_field_of_result_suggestions_is_named_when_missing() {
    for (String field :
        List.of("assessment", "subject", "rubric", "period", "reading", "suggestions")) {
      requiredAt(suggestions, "", field, json::readSuggestions);
    }
    requiredAt(suggestions, "/reading", "verified", json::readSuggestions);
    requiredAt(suggestions, "/reading", "source", json::readSuggestions);
    for (String field : List.of("indicator", "measures", "band", "percent", "dimensions")) {
      requiredAt(suggestions, "/suggestions/0", field, json::readSuggestions);
    }
    for (String field : List.of("dimension", "band", "good", "strong", "measures", "evidence")) {
      requiredAt(suggestions, "/suggestions/0/dimensions/0", field, json::readSuggestions);
    }
  }
}
