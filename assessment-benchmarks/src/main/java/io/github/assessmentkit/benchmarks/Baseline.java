package io.github.assessmentkit.benchmarks;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.RatingState;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.scale.YesPartialNoScale;
import io.github.assessmentkit.scoring.Scorer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A hand-written scorer of the CQA-sized rubric ({@link Fixtures}) with BigDecimal, for {@link
 * ScoringBenchmark#baseline()}. Like a scorer's plan, it works out once, per rubric, each
 * indicator's share of the points (it knows the rubric's shape: items of a band indicator weighing
 * 3 and a practice checklist weighing 1 of five indicators). Per scorecard it does the least any
 * scorer of these numbers must: find each rating's indicator, turn the value into a fraction,
 * multiply by the share and add, then round once.
 */
final class Baseline {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal HALF = new BigDecimal("0.5");
  private static final BigDecimal FOUR = BigDecimal.valueOf(4);

  /** Each indicator's share of the points, by its id. */
  private final Map<String, BigDecimal> shares;

  private Baseline(Map<String, BigDecimal> shares) {
    this.shares = shares;
  }

  /**
   * Works out each rating's share from the rubric's points: an item's band indicator gets 3/4 of
   * the item's points, each of its five practice indicators 1/4 × 1/5 of them.
   *
   * @param rubric the CQA-sized rubric
   * @param assessment an assessment rating every indicator once
   * @return the baseline
   * @throws IllegalStateException if it does not compute the scorer's total for the assessment
   */
  static Baseline of(Rubric rubric, Assessment assessment) {
    Map<String, BigDecimal> share = new HashMap<>();
    for (Criterion category : rubric.criteria()) {
      for (Criterion item : category.children()) {
        BigDecimal points = item.points();
        Criterion band = item.children().get(0);
        Criterion practice = item.children().get(1);
        share.put(band.indicators().get(0).id(), points.multiply(new BigDecimal("0.75")));
        for (Indicator i : practice.indicators()) {
          share.put(i.id(), points.multiply(new BigDecimal("0.05")));
        }
      }
    }
    Baseline baseline = new Baseline(Map.copyOf(share));
    BigDecimal scored = Scorer.standard().score(rubric, assessment).total();
    BigDecimal computed = baseline.total(assessment);
    if (computed.compareTo(scored) != 0) {
      throw new IllegalStateException(
          "the baseline computes " + computed + " where the scorer gives " + scored);
    }
    return baseline;
  }

  /**
   * Computes the total.
   *
   * @param assessment the assessment {@link #of} was given
   * @return the total points, rounded half-even to two places
   */
  BigDecimal total(Assessment assessment) {
    List<Rating> ratings = assessment.ratings();
    BigDecimal total = BigDecimal.ZERO;
    for (int k = 0; k < ratings.size(); k++) {
      Rating r = ratings.get(k);
      BigDecimal share = shares.get(r.indicatorId());
      RatingValue value = ((RatingState.Rated) r.state()).value();
      BigDecimal fraction;
      if (value instanceof RatingValue.Numeric n) {
        fraction = n.number().divide(HUNDRED);
      } else {
        String code = ((RatingValue.Choice) value).code();
        if (code.equals(YesPartialNoScale.YES)) {
          fraction = BigDecimal.ONE;
        } else if (code.equals(YesPartialNoScale.PARTIAL)) {
          fraction = HALF;
        } else if (code.equals(YesPartialNoScale.NO)) {
          fraction = BigDecimal.ZERO;
        } else {
          fraction = new BigDecimal(code).divide(FOUR);
        }
      }
      total = total.add(share.multiply(fraction));
    }
    return total.setScale(2, RoundingMode.HALF_EVEN);
  }
}
