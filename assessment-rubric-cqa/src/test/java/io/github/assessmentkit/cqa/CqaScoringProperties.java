package io.github.assessmentkit.cqa;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentBuilder;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.Subject;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Any choice of allowed percentages on the seventeen CQA items scores as docs/sources.md says: the
 * total is the sum of percentage x points, the overall band and the TQA award follow from it.
 */
class CqaScoringProperties {
  private static final List<String> ITEMS =
      List.of(
          "1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2", "5.1", "5.2", "6.1", "6.2", "7.1",
          "7.2", "7.3", "7.4", "7.5");
  private static final List<Integer> POINTS =
      List.of(65, 50, 45, 45, 40, 45, 45, 45, 40, 45, 40, 45, 120, 80, 80, 80, 90);
  private static final List<Integer> BAND_MAXIMA = List.of(275, 375, 475, 575, 675, 775, 875);

  private final Rubric cqa = CqaCriteria.rubric();

  @Test
  void the_total_is_the_sum_of_percentage_times_points_and_places_the_band() {
    // every multiple of 5 from 0 to 100 is an allowed step of some band
    qt().forAll(lists().of(integers().between(0, 20)).ofSize(ITEMS.size()))
        .check(
            steps -> {
              Scorecard card = Scorer.standard().score(cqa, assessment(steps));
              BigDecimal expected = expectedTotal(steps);
              int band = 1;
              for (int max : BAND_MAXIMA) {
                if (expected.compareTo(BigDecimal.valueOf(max)) > 0) {
                  band++;
                }
              }
              return card.total().equals(expected)
                  && card.level(CqaCriteria.OVERALL_BANDS)
                      .orElseThrow()
                      .rungId()
                      .equals("band-" + band);
            });
  }

  @Test
  void the_award_follows_the_tqa_ladder() {
    qt().forAll(lists().of(integers().between(0, 20)).ofSize(ITEMS.size()))
        .check(
            steps -> {
              Scorecard card = Scorer.standard().score(cqa, assessment(steps));
              String tier = card.award(CqaCriteria.AWARD_SCHEME).orElseThrow().tierId();
              return Objects.equals(tier, expectedTier(steps));
            });
  }

  /** The TQA ladder of docs/sources.md, CQA, written out once more as a plain oracle. */
  private static String expectedTier(List<Integer> steps) {
    BigDecimal total = expectedTotal(steps);
    if (total.compareTo(BigDecimal.valueOf(750)) > 0) {
      return CqaCriteria.TIER_GLOBAL_EXCELLENCE;
    }
    if (total.compareTo(BigDecimal.valueOf(650)) > 0) {
      return CqaCriteria.TIER_TQA;
    }
    boolean customer = half(steps, "3") && half(steps, "7.2");
    boolean people = half(steps, "5") && half(steps, "7.3");
    boolean operation = half(steps, "6") && half(steps, "7.1");
    boolean innovation = half(steps, "6.1") && half(steps, "2") && half(steps, "7.1");
    if (total.compareTo(BigDecimal.valueOf(450)) > 0
        && half(steps, "1")
        && (customer || people || operation || innovation)) {
      return CqaCriteria.TIER_TQC_PLUS;
    }
    if (total.compareTo(BigDecimal.valueOf(350)) > 0) {
      return CqaCriteria.TIER_TQC;
    }
    return null;
  }

  /** Whether an item, or a category (the items whose id starts with it), earned 50 % or more. */
  private static boolean half(List<Integer> steps, String id) {
    int earnedTimes20 = 0;
    int possible = 0;
    for (int i = 0; i < ITEMS.size(); i++) {
      String item = ITEMS.get(i);
      if (item.equals(id) || item.startsWith(id + ".")) {
        earnedTimes20 += steps.get(i) * POINTS.get(i);
        possible += POINTS.get(i);
      }
    }
    // earned = sum(5 k x points / 100) = sum(k x points) / 20; earned >= possible / 2
    return earnedTimes20 * 2 >= possible * 20;
  }

  private static BigDecimal expectedTotal(List<Integer> steps) {
    BigDecimal total = BigDecimal.ZERO.setScale(2);
    for (int i = 0; i < ITEMS.size(); i++) {
      total =
          total.add(
              BigDecimal.valueOf(5L * steps.get(i) * POINTS.get(i)).movePointLeft(2).setScale(2));
    }
    return total;
  }

  private Assessment assessment(List<Integer> steps) {
    AssessmentBuilder b =
        Assessment.builder(
            "any",
            new Subject("any", Text.en("Any cooperative"), OrganisationType.SERVICE, null),
            cqa.ref(),
            FiscalYear.ofBuddhistEra(2566));
    for (int i = 0; i < ITEMS.size(); i++) {
      b.rating(Rating.of(ITEMS.get(i), 5L * steps.get(i)));
    }
    return b.build();
  }
}
