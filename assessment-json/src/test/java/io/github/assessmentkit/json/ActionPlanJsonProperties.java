package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.assessmentkit.actionplan.Action;
import io.github.assessmentkit.actionplan.ActionPlan;
import io.github.assessmentkit.actionplan.ActionTarget;
import io.github.assessmentkit.actionplan.Baseline;
import io.github.assessmentkit.actionplan.PlanReview;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.testing.Draw;
import io.github.assessmentkit.testing.Examples;
import io.github.assessmentkit.testing.PlanRubrics;
import io.github.assessmentkit.time.FiscalQuarter;
import io.github.assessmentkit.time.FiscalYear;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Action plans of random actions (each kind of target, with and without a measure, a note and a
 * baseline), and their reviews at random next assessments, read back equal to what was written, and
 * what is written conforms to the schemas.
 */
class ActionPlanJsonProperties {
  private static final AssessmentJson JSON = AssessmentJson.standard();
  private static final Rubric RUBRIC = PlanRubrics.fourItems();
  private static final List<String> ITEMS = List.of("1.1", "1.2", "2.1", "2.2");
  private static final List<Integer> PERCENTS = List.of(0, 5, 20, 35, 45, 50, 65, 70, 85, 100);

  private static Assessment year(Draw d, int buddhistYear) {
    var b = PlanRubrics.in(RUBRIC, buddhistYear);
    for (String id : ITEMS) {
      if (d.chance(85)) {
        b.rating(Rating.of(id, d.oneOf(PERCENTS)));
      } else if (d.chance(50)) {
        b.rating(Rating.notApplicable(id, "ไม่มีหน่วยงาน " + id));
      }
    }
    return b.build();
  }

  private static Action action(Draw d, int k) {
    ActionTarget target =
        switch (d.between(0, 1)) {
          case 0 -> ActionTarget.percent(new BigDecimal(d.between(0, 10000)).movePointLeft(2));
          default -> ActionTarget.band(d.between(1, 6));
        };
    FiscalQuarter due = new FiscalQuarter(FiscalYear.ofBuddhistEra(2565), d.between(1, 4));
    Action a =
        Action.of("A" + k, d.oneOf(ITEMS), target, d.oneOf(List.of("chair", "ผู้จัดการ")), due);
    if (d.chance(40)) {
      a =
          a.withMeasure(
              "m" + d.between(1, 3), new BigDecimal(d.between(-500, 500)).movePointLeft(1));
    }
    if (d.chance(40)) {
      a = a.withNote(d.oneOf(List.of("note \"" + k + "\"", "บันทึก\n" + k, "x")));
    }
    if (d.chance(30)) {
      a =
          a.withBaseline(
              new Baseline(BigDecimal.valueOf(d.between(0, 6)), BigDecimal.TEN, BigDecimal.ONE));
    }
    return a;
  }

  private static Gen<PlanReview> reviews() {
    return in -> {
      Draw d = new Draw(in);
      Assessment from = year(d, 2564);
      var builder =
          ActionPlan.builder(
              "plan-" + d.between(1, 9), RUBRIC, from, Scorer.standard().score(RUBRIC, from));
      int n = d.between(0, 6);
      for (int k = 1; k <= n; k++) {
        builder.add(action(d, k));
      }
      ActionPlan plan = builder.build();
      Assessment next = year(d, 2565);
      return plan.review(RUBRIC, next, Scorer.standard().score(RUBRIC, next));
    };
  }

  @Test
  void a_plan_and_its_review_read_back_equal_and_conform_to_the_schemas() {
    qt().withExamples(Examples.or(200))
        .forAll(reviews())
        .checkAssert(
            review -> {
              List<Action> actions = new ArrayList<>();
              review.results().forEach(r -> actions.add(r.action()));
              ActionPlan plan =
                  new ActionPlan(
                      review.planId(),
                      review.subjectId(),
                      RUBRIC.ref(),
                      FiscalYear.ofBuddhistEra(2564),
                      null,
                      actions);
              String writtenPlan = JSON.writeString(plan);
              String writtenReview = JSON.writeString(review);
              assertThat(JSON.readActionPlan(writtenPlan)).isEqualTo(plan);
              assertThat(JSON.readPlanReview(writtenReview)).isEqualTo(review);
              assertThat(SchemaTest.errors(DocumentFormat.ACTION_PLAN, writtenPlan)).isEmpty();
              assertThat(SchemaTest.errors(DocumentFormat.PLAN_REVIEW, writtenReview)).isEmpty();
            });
  }
}
