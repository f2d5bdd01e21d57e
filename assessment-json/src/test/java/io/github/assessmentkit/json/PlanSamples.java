package io.github.assessmentkit.json;

import io.github.assessmentkit.actionplan.Action;
import io.github.assessmentkit.actionplan.ActionPlan;
import io.github.assessmentkit.actionplan.ActionTarget;
import io.github.assessmentkit.actionplan.PlanReview;
import io.github.assessmentkit.assessment.Assessment;
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
import java.math.BigDecimal;
import java.util.List;

/**
 * An action plan written after a year of the four-item plan rubric, its review a year later and the
 * result suggestions of that later year: one action with a measure and a note, targets by band and
 * by percent.
 */
final class PlanSamples {
  static final Rubric RUBRIC = PlanRubrics.fourItems();
  private static final Scorer SCORER = Scorer.standard();
  private static final FiscalQuarter Q3 = new FiscalQuarter(FiscalYear.ofBuddhistEra(2565), 3);

  private PlanSamples() {}

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
        .backing("2.1");
  }

  static Assessment yearTwo() {
    return PlanRubrics.in(RUBRIC, 2564)
        .rating(Rating.of("1.1", 30))
        .rating(Rating.of("1.2", 40))
        .rating(Rating.of("2.1", 50))
        .rating(Rating.of("2.2", 30))
        .measure(savings("3.0", "3.8"))
        .build();
  }

  static Assessment yearThree() {
    return PlanRubrics.in(RUBRIC, 2565)
        .rating(Rating.of("1.1", 55))
        .rating(Rating.of("1.2", 50))
        .rating(Rating.of("2.1", 45))
        .measure(savings("3.0", "3.8", "4.6"))
        .build();
  }

  /** Actions A1 (band 4, a measure, a note), A2 (60 %), A3 (band 5) and A4 (50 %). */
  static ActionPlan plan() {
    Assessment two = yearTwo();
    return ActionPlan.builder("plan-2564", RUBRIC, two, SCORER.score(RUBRIC, two))
        .add(
            Action.of("A1", "1.1", ActionTarget.band(4), "chair", Q3)
                .withMeasure("savings", new BigDecimal("4"))
                .withNote("ทบทวนแผนกลยุทธ์ทุกไตรมาส"))
        .add(Action.of("A2", "1.2", ActionTarget.percent(new BigDecimal("60")), "manager", Q3))
        .add(Action.of("A3", "2.1", ActionTarget.band(5), "manager", Q3))
        .add(Action.of("A4", "2.2", ActionTarget.percent(new BigDecimal("50")), "auditor", Q3))
        .build();
  }

  static PlanReview review() {
    Assessment three = yearThree();
    return plan().review(RUBRIC, three, SCORER.score(RUBRIC, three));
  }

  static SuggestionReport suggestions() {
    return ResultsSuggester.report(RUBRIC, yearThree());
  }
}
