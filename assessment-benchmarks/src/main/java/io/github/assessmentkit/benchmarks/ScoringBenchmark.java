package io.github.assessmentkit.benchmarks;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.IndicatorScore;
import io.github.assessmentkit.scoring.NodeScore;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.validation.AssessmentValidator;
import io.github.assessmentkit.validation.ValidationReport;
import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scores a CQA-sized assessment: 1000 points, 7 categories, 17 items, 102 indicators, every one
 * rated, with a ladder and an award scheme to decide (see {@link Fixtures}). One operation is a
 * whole {@code Scorer.standard().score(rubric, assessment)}: validation, allotment, the strategies,
 * the ladder and the award.
 *
 * <p>Run: {@code java -jar assessment-benchmarks/target/benchmarks.jar ScoringBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScoringBenchmark {
  // built once per run, when JMH creates the state
  private final Scorer scorer = Scorer.standard();
  private final Rubric rubric = Fixtures.cqaSizedRubric();
  private final Assessment assessment = Fixtures.cqaSizedAssessment(rubric);

  /** {@return the scorecard of the CQA-sized assessment} */
  @Benchmark
  public Scorecard score() {
    return scorer.score(rubric, assessment);
  }

  /**
   * {@return the scorecard of the CQA-sized assessment with every node and indicator line of its
   * tree read: {@link #score()} works every number out, and the tree's objects are made when first
   * read; this is what a caller that reads them all pays in all}
   */
  @Benchmark
  public long scoreAndReadTree() {
    return read(scorer.score(rubric, assessment).root());
  }

  /**
   * Reads every node and line of a tree; returns a sum of their shown cents, so none is skipped.
   */
  private static long read(NodeScore node) {
    long sum = node.earned().unscaledValue().longValue();
    for (IndicatorScore line : node.indicators()) {
      sum += line.possible().unscaledValue().longValue();
    }
    for (NodeScore child : node.children()) {
      sum += read(child);
    }
    return sum;
  }

  /**
   * What the hand-written baseline needs, worked out once from the rubric: each rating's share of
   * the 1000 points (an item's band indicator has 3/4 of its points, each of its five practices
   * 1/20), and how its value becomes a fraction.
   */
  private final Baseline baseline = Baseline.of(rubric, assessment);

  /**
   * {@return the same total as {@link #score()}, computed by a hand-written loop over the ratings
   * with BigDecimal: share × fraction, summed, rounded once; no validation, no explanation, no
   * ladder or award: the floor any scorer of these numbers has to stand on}
   */
  @Benchmark
  public BigDecimal baseline() {
    return baseline.total(assessment);
  }

  /** {@return the rubric's rules checked on the CQA-sized assessment: the scorer's first step} */
  @Benchmark
  public ValidationReport validate() {
    return AssessmentValidator.validate(rubric, assessment);
  }
}
