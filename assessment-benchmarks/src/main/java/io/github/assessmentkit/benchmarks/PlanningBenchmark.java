package io.github.assessmentkit.benchmarks;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentBuilder;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.cqa.CqaCriteria;
import io.github.assessmentkit.planning.Plan;
import io.github.assessmentkit.planning.Target;
import io.github.assessmentkit.planning.WhatIf;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Rubric;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What-if planning on the CQA set (17 items of 21 band steps each, the TQA ladder with its TQC Plus
 * themes): one organisation rated at the same percentage on every item, {@code percent} of 20, 30
 * or 45. {@link #whatIf()} scores the assessment and every step of every item alone; {@link
 * #planTqcPlus()} adds the cheapest plan to TQC Plus (60, 35 and 5 steps).
 *
 * <p>Run: {@code java -jar assessment-benchmarks/target/benchmarks.jar PlanningBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PlanningBenchmark {
  /** The percentage every item is rated at. */
  @Param({"20", "30", "45"})
  public int percent;

  private final Rubric cqa = CqaCriteria.rubric();
  private final Target tqcPlus =
      Target.awardTier(CqaCriteria.AWARD_SCHEME, CqaCriteria.TIER_TQC_PLUS);
  private Assessment assessment = Assessment.quick(cqa);

  /** Rates every item at {@link #percent}. */
  @Setup
  public void rate() {
    AssessmentBuilder b = Assessment.quick(cqa).toBuilder();
    for (Indicator item : cqa.indicators()) {
      b.rating(Rating.of(item.id(), percent));
    }
    assessment = b.build();
  }

  /** {@return the what-if of the assessment: every single step scored} */
  @Benchmark
  public WhatIf whatIf() {
    return WhatIf.of(cqa, assessment);
  }

  /** {@return the cheapest plan to TQC Plus, with the what-if it starts from} */
  @Benchmark
  public Plan planTqcPlus() {
    return WhatIf.of(cqa, assessment).plan(tqcPlus);
  }
}
