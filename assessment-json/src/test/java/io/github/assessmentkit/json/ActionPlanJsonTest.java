package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.assessmentkit.actionplan.Action;
import io.github.assessmentkit.actionplan.ActionPlan;
import io.github.assessmentkit.actionplan.ActionTarget;
import io.github.assessmentkit.actionplan.PlanReview;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Comparison;
import io.github.assessmentkit.assessment.Measure;
import io.github.assessmentkit.assessment.Observation;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.results.ResultsSuggester;
import io.github.assessmentkit.results.SuggestionReport;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.Direction;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.testing.PlanRubrics;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalQuarter;
import io.github.assessmentkit.time.FiscalYear;
import io.github.assessmentkit.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Action plans, plan reviews and result suggestions written and read back equal, conforming to
 * their schemas; measures with comparisons, indicators and key requirements too, and old measures
 * as before.
 */
class ActionPlanJsonTest {
  private final AssessmentJson json = AssessmentJson.standard();
  private final Rubric rubric = PlanRubrics.fourItems();
  private final Scorer scorer = Scorer.standard();
  private final FiscalQuarter q3 = new FiscalQuarter(FiscalYear.ofBuddhistEra(2565), 3);

  private static Measure savings(String... values) {
    List<Observation> series =
        java.util.stream.IntStream.range(0, values.length)
            .mapToObj(
                i -> new Observation(FiscalYear.ofBuddhistEra(2563 + i), new BigDecimal(values[i])))
            .toList();
    return new Measure(
            "savings",
            Text.of("การเติบโตของเงินออม", "savings growth"),
            "%",
            Direction.HIGHER_IS_BETTER,
            new BigDecimal("5"),
            series)
        .withComparisons(
            new Comparison(
                "province",
                Text.of("ค่าเฉลี่ยจังหวัด", "provincial average"),
                new BigDecimal("4.8")))
        .backing("2.1")
        .linkedTo("member-savings");
  }

  private final Assessment yearTwo =
      PlanRubrics.in(rubric, 2564)
          .rating(Rating.of("1.1", 30))
          .rating(Rating.of("1.2", 40))
          .rating(Rating.of("2.1", 50))
          .rating(Rating.of("2.2", 30))
          .measure(savings("3.0", "3.8"))
          .build();

  private final Assessment yearThree =
      PlanRubrics.in(rubric, 2565)
          .rating(Rating.of("1.1", 55))
          .rating(Rating.of("1.2", 50))
          .rating(Rating.of("2.1", 45))
          .measure(savings("3.0", "3.8", "4.6"))
          .build();

  private ActionPlan plan() {
    return ActionPlan.builder("plan-2564", rubric, yearTwo, scorer.score(rubric, yearTwo))
        .add(
            Action.of("A1", "1.1", ActionTarget.band(4), "chair", q3)
                .withMeasure("savings", new BigDecimal("4"))
                .withNote("ทบทวนแผนกลยุทธ์ทุกไตรมาส"))
        .add(Action.of("A2", "1.2", ActionTarget.percent(new BigDecimal("60")), "manager", q3))
        .add(Action.of("A3", "2.1", ActionTarget.band(5), "manager", q3))
        .add(Action.of("A4", "2.2", ActionTarget.percent(new BigDecimal("50")), "auditor", q3))
        .build();
  }

  private PlanReview review() {
    return plan().review(rubric, yearThree, scorer.score(rubric, yearThree));
  }

  @Test
  void an_action_plan_round_trips_through_bytes_streams_and_strings() {
    // given
    ActionPlan plan = plan();

    // when
    String written = flat(json.writeString(plan));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.write(plan, out);

    // then
    assertThat(json.readActionPlan(written)).isEqualTo(plan);
    assertThat(json.readActionPlan(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(plan);
    assertThat(json.readActionPlan(written.getBytes(StandardCharsets.UTF_8))).isEqualTo(plan);
    assertThat(written)
        .contains(
            "{\"id\":\"A1\",\"node\":\"1.1\",\"target\":{\"band\":4},\"owner\":\"chair\","
                + "\"due\":{\"year\":{\"era\":\"BE\",\"fiscalYear\":2565},\"quarter\":3},"
                + "\"measure\":{\"id\":\"savings\",\"value\":4},");
    assertThat(SchemaTest.errors(DocumentFormat.ACTION_PLAN, written)).isEmpty();
  }

  @Test
  void a_plan_review_round_trips_with_its_summary() {
    // given
    PlanReview review = review();

    // when
    String written = flat(json.writeString(review));

    // then: one of each verdict, 10.00 + 2.00 − 1.00 = 11.00 points
    assertThat(json.readPlanReview(written)).isEqualTo(review);
    assertThat(written)
        .contains(
            "\"summary\":{\"met\":1,\"partlyMet\":1,\"notMet\":1,\"notAssessed\":1,"
                + "\"pointsGained\":11.00,");
    assertThat(written).contains("\"verdict\":\"partly-met\"");
    assertThat(SchemaTest.errors(DocumentFormat.PLAN_REVIEW, written)).isEmpty();
  }

  @Test
  void result_suggestions_round_trip_and_say_the_reading_is_unverified() {
    // given
    SuggestionReport report = ResultsSuggester.report(rubric, yearThree);

    // when
    String written = flat(json.writeString(report));

    // then
    assertThat(report.suggestions()).hasSize(1);
    assertThat(json.readSuggestions(written)).isEqualTo(report);
    assertThat(written).contains("\"reading\":{\"verified\":false,");
    assertThat(SchemaTest.errors(DocumentFormat.RESULT_SUGGESTIONS, written)).isEmpty();
  }

  @Test
  void
      a_measure_keeps_its_comparisons_indicators_and_requirements_and_an_old_one_reads_as_before() {
    // given
    String written = flat(json.writeString(yearThree));
    Assessment bare =
        PlanRubrics.in(rubric, 2565)
            .measure(
                new Measure(
                    "m",
                    Text.en("m"),
                    "%",
                    Direction.LOWER_IS_BETTER,
                    null,
                    List.of(new Observation(FiscalYear.ofBuddhistEra(2565), BigDecimal.ONE))))
            .build();
    String old = json.writeString(bare);

    // then
    assertThat(json.readAssessment(written)).isEqualTo(yearThree);
    assertThat(written)
        .contains(
            "\"comparisons\":[{\"id\":\"province\",\"name\":{\"th\":\"ค่าเฉลี่ยจังหวัด\","
                + "\"en\":\"provincial average\"},\"value\":4.8}],"
                + "\"indicators\":[\"2.1\"],\"requirements\":[\"member-savings\"]");
    assertThat(old).doesNotContain("comparisons").doesNotContain("requirements");
    assertThat(json.readAssessment(old)).isEqualTo(bare);
    assertThat(SchemaTest.errors(DocumentFormat.ASSESSMENT, written)).isEmpty();
  }

  /** The document on one line: the writer indents, the assertions read it flat. */
  private static String flat(String document) {
    return document.replaceAll("\\s*\\n\\s*", "").replace("\": ", "\":");
  }

  private static Violation refusal(Runnable read) {
    Throwable thrown = catchThrowable(read::run);
    assertThat(thrown).isInstanceOf(JsonFormatException.class);
    List<Violation> violations = ((JsonFormatException) thrown).report().violations();
    assertThat(violations).hasSize(1);
    return violations.get(0);
  }

  @Test
  void a_target_of_two_kinds_and_a_summary_that_does_not_add_up_are_refused_where_they_are() {
    // given
    String twoKinds =
        flat(json.writeString(plan()))
            .replace("\"target\":{\"band\":4}", "\"target\":{\"band\":4,\"percent\":60}");
    String wrongSum =
        flat(json.writeString(review()))
            .replace("\"met\":1,\"partlyMet\"", "\"met\":2,\"partlyMet\"");
    String twice = flat(json.writeString(plan())).replace("\"id\":\"A2\"", "\"id\":\"A1\"");

    // when
    Violation target = refusal(() -> json.readActionPlan(twoKinds));
    Violation sum = refusal(() -> json.readPlanReview(wrongSum));
    Violation duplicate = refusal(() -> json.readActionPlan(twice));

    // then
    assertThat(target.rule()).isEqualTo("plan.one-target");
    assertThat(target.path()).isEqualTo("/actions/0/target");
    assertThat(SchemaTest.errors(DocumentFormat.ACTION_PLAN, twoKinds)).isNotEmpty();
    assertThat(sum.rule()).isEqualTo("review.summary");
    assertThat(sum.path()).isEqualTo("/summary");
    assertThat(duplicate.rule()).isEqualTo("value.consistent");
    assertThat(duplicate.message().en()).isEqualTo("plan plan-2564 has two actions with the id A1");
  }
}
