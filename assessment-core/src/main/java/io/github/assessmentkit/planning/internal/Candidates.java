package io.github.assessmentkit.planning.internal;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.validation.InvalidAssessmentException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The indicators a plan may step, in rubric order, each with its chain of values (the value now
 * first, then one step up, two steps up … to the highest value validation accepts) and the cost of
 * one step; and the scoring of a combination of steps. A combination is an array of step counts,
 * one per indicator. Immutable once made.
 */
public final class Candidates {
  private final Rubric rubric;
  private final Assessment assessment;
  private final Scorer scorer;
  private final Scorecard base;
  private final List<String> ids;
  private final List<List<RatingValue>> chains;
  private final List<BigDecimal> costs;
  private final List<List<Scorecard>> alone;

  /**
   * Creates the candidates.
   *
   * @param rubric the rubric
   * @param assessment the assessment now
   * @param scorer the scorer
   * @param base the assessment's scorecard
   * @param ids the indicators, in rubric order
   * @param chains per indicator, its value now and the values above it, at least two
   * @param costs per indicator, the cost of one step
   * @param alone per indicator, the scorecards with only its steps taken: one step, two steps … to
   *     the end of its chain
   */
  public Candidates(
      Rubric rubric,
      Assessment assessment,
      Scorer scorer,
      Scorecard base,
      List<String> ids,
      List<List<RatingValue>> chains,
      List<BigDecimal> costs,
      List<List<Scorecard>> alone) {
    this.rubric = rubric;
    this.assessment = assessment;
    this.scorer = scorer;
    this.base = base;
    this.ids = List.copyOf(ids);
    this.chains = chains.stream().map(List::copyOf).toList();
    this.costs = List.copyOf(costs);
    this.alone = alone.stream().map(List::copyOf).toList();
  }

  /** {@return the rubric} */
  public Rubric rubric() {
    return rubric;
  }

  /** {@return the scorecard now} */
  public Scorecard base() {
    return base;
  }

  /** {@return how many indicators may be stepped} */
  public int size() {
    return ids.size();
  }

  /**
   * @param i an indicator's position
   * @return its id
   */
  public String id(int i) {
    return ids.get(i);
  }

  /**
   * @param i an indicator's position
   * @return its value now and the values above it
   */
  public List<RatingValue> chain(int i) {
    return chains.get(i);
  }

  /**
   * @param i an indicator's position
   * @return how many steps it can take
   */
  public int length(int i) {
    return chains.get(i).size() - 1;
  }

  /**
   * @param i an indicator's position
   * @return the cost of one of its steps
   */
  public BigDecimal cost(int i) {
    return costs.get(i);
  }

  /**
   * @param i an indicator's position
   * @param k a step count, from 0 to its {@link #length(int)}
   * @return the scorecard with only that indicator's first {@code k} steps taken
   */
  public Scorecard alone(int i, int k) {
    return k == 0 ? base : alone.get(i).get(k - 1);
  }

  /**
   * Gives the assessment with some steps taken.
   *
   * @param counts the steps taken on each indicator
   * @return the changed assessment
   */
  public Assessment changed(int[] counts) {
    Map<String, RatingValue> values = new LinkedHashMap<>();
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] > 0) {
        values.put(ids.get(i), chains.get(i).get(counts[i]));
      }
    }
    return values.isEmpty() ? assessment : Changes.rerated(assessment, values);
  }

  /**
   * Scores the assessment with some steps taken.
   *
   * @param counts the steps taken on each indicator
   * @return the scorecard, or {@code null} when validation refuses the changed assessment
   */
  public @Nullable Scorecard score(int[] counts) {
    try {
      return scorer.score(rubric, changed(counts));
    } catch (InvalidAssessmentException e) {
      return null;
    }
  }
}
