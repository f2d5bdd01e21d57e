package io.github.assessmentkit.benchmarks;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentBuilder;
import io.github.assessmentkit.assessment.AssessmentStatus;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.Subject;
import io.github.assessmentkit.cohort.OrganisationSummary;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.YesPartialNoScale;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A province-sized round, many times over: summaries of organisations scored against the CQA-sized
 * rubric of {@link Fixtures}, each with its own ratings drawn from a seeded generator (bands around
 * the middle of the scale, practices yes / partial / no, maturity 0 to 4), in three provinces and
 * the seven cooperative types and farmer groups. Equal on every call with the same arguments.
 *
 * <pre>{@code
 * Rubric rubric = Fixtures.cqaSizedRubric();
 * List<OrganisationSummary> round = CohortFixture.summaries(rubric, 100_000, 7);
 * }</pre>
 */
public final class CohortFixture {
  /** The fiscal year of the round. */
  public static final FiscalYear YEAR = FiscalYear.ofBuddhistEra(2567);

  private static final String[] PROVINCES = {"Loei", "Nong Khai", "Udon Thani"};
  private static final OrganisationType[] TYPES = {
    OrganisationType.AGRICULTURAL,
    OrganisationType.FISHERIES,
    OrganisationType.LAND_SETTLEMENT,
    OrganisationType.STORE,
    OrganisationType.SERVICE,
    OrganisationType.SAVINGS,
    OrganisationType.CREDIT_UNION,
    OrganisationType.FARMER_GROUP
  };
  private static final int[] BAND_STEPS = {
    0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95, 100
  };
  private static final String[] PRACTICES = {
    YesPartialNoScale.YES, YesPartialNoScale.PARTIAL, YesPartialNoScale.NO
  };

  private CohortFixture() {}

  /**
   * Scores {@code count} organisations and keeps their summaries, dropping each scorecard.
   *
   * @param rubric the rubric of {@link Fixtures#cqaSizedRubric()}
   * @param count how many organisations
   * @param seed the generator's seed
   * @return the summaries, in the order made
   */
  public static List<OrganisationSummary> summaries(Rubric rubric, int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Scorer scorer = Scorer.standard();
    List<String> items = new ArrayList<>();
    rubric
        .indicators()
        .forEach(
            i -> {
              if (!i.id().contains(".p")) {
                items.add(i.id());
              }
            });
    List<OrganisationSummary> out = new ArrayList<>(count);
    for (int n = 0; n < count; n++) {
      out.add(OrganisationSummary.of(scorer.score(rubric, assessment(rubric, items, n, random))));
    }
    return out;
  }

  private static Assessment assessment(
      Rubric rubric, List<String> items, int n, SplittableRandom random) {
    String id = String.format("org-%06d", n);
    AssessmentBuilder a =
        Assessment.builder(
            "a-" + id,
            new Subject(
                id,
                Text.en(id),
                TYPES[random.nextInt(TYPES.length)],
                PROVINCES[random.nextInt(PROVINCES.length)]),
            rubric.ref(),
            YEAR);
    // a round ranks final assessments: the cohort takes these
    a.status(AssessmentStatus.FINAL);
    // an organisation's level, and each item around it
    int level = 4 + random.nextInt(10);
    for (String item : items) {
      int step = Math.max(0, Math.min(BAND_STEPS.length - 1, level + random.nextInt(7) - 3));
      a.rating(Rating.of(item, BAND_STEPS[step]));
      for (int p = 1; p <= 4; p++) {
        a.rating(Rating.choice(item + ".p" + p, PRACTICES[random.nextInt(PRACTICES.length)]));
      }
      a.rating(Rating.choice(item + ".p5", String.valueOf(random.nextInt(5))));
    }
    return a.build();
  }
}
