package io.github.assessmentkit.testing;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentBuilder;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.assessment.Subject;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.CriterionKind;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;

/** A small award rubric of four band-scale items for action plans and results, by hand. */
public final class PlanRubrics {
  private PlanRubrics() {}

  /** The organisation of every assessment here. */
  public static final Subject COOP =
      new Subject(
          "coop-1", Text.of("สหกรณ์ทดสอบ", "Test cooperative"), OrganisationType.SAVINGS, "Loei");

  /**
   * 100 points: category 1 (60: items 1.1 = 40, 1.2 = 20) and category 2, results (40: items 2.1 =
   * 20, 2.2 = 20), one indicator per item with the item's id on {@link MiniRubrics#bands()};
   * holistic band scoring, so an item earns its percent of its points.
   *
   * @return the rubric
   */
  public static Rubric fourItems() {
    return Rubric.builder("plan-award", "1")
        .title(Text.of("รางวัลทดสอบ", "Test award"))
        .provenance(Provenance.unverified(Text.en("test"), Text.en("made up for tests")))
        .defaultStrategy(Strategies.HOLISTIC_BAND)
        .criterion(
            Criterion.builder("1", Text.en("Leadership"))
                .kind(CriterionKind.PROCESS)
                .points(60)
                .child("1.1", Text.en("Senior leaders"), c -> c.points(40).indicator(band("1.1")))
                .child("1.2", Text.en("Governance"), c -> c.points(20).indicator(band("1.2")))
                .build())
        .criterion(
            Criterion.builder("2", Text.en("Results"))
                .kind(CriterionKind.RESULTS)
                .points(40)
                .child("2.1", Text.en("Member results"), c -> c.points(20).indicator(band("2.1")))
                .child("2.2", Text.en("Finance results"), c -> c.points(20).indicator(band("2.2")))
                .build())
        .build();
  }

  private static Indicator band(String id) {
    return Indicator.of(id, Text.en(id), MiniRubrics.bands());
  }

  /**
   * An empty assessment of the organisation in a Buddhist-era fiscal year.
   *
   * @param rubric the rubric
   * @param buddhistYear the year
   * @return a builder
   */
  public static AssessmentBuilder in(Rubric rubric, int buddhistYear) {
    return Assessment.builder(
        "coop-1-" + buddhistYear, COOP, rubric.ref(), FiscalYear.ofBuddhistEra(buddhistYear));
  }
}
