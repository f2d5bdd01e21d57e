package io.github.assessmentkit.benchmarks;

import io.github.assessmentkit.cohort.OrganisationSummary;
import io.github.assessmentkit.rubric.Rubric;
import java.util.List;

/**
 * Measures the heap a summary keeps: builds {@code count} summaries of the CQA-sized rubric of
 * {@link Fixtures} (100,000 by default), holds them, and prints the heap in use after a full
 * collection, before and after, divided by the count. Meant to run in a small heap, so that the run
 * itself shows that they fit.
 *
 * <p>Run: {@code java -Xmx256m -cp assessment-benchmarks/target/benchmarks.jar
 * io.github.assessmentkit.benchmarks.SummaryFootprint 100000}.
 */
public final class SummaryFootprint {
  private SummaryFootprint() {}

  /**
   * Prints the heap kept per summary.
   *
   * @param args the count, optional
   */
  public static void main(String[] args) {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Rubric rubric = Fixtures.cqaSizedRubric();
    // warm the scorer and load its classes, so that they are not counted as the summaries' heap
    CohortFixture.summaries(rubric, 100, 1);
    long before = used();
    List<OrganisationSummary> kept = CohortFixture.summaries(rubric, count, 7);
    long after = used();
    long perSummary = (after - before) / count;
    System.out.printf(
        "%d summaries of %s (%d nodes each): %d bytes of heap kept, %d bytes per summary;"
            + " max heap %d MiB%n",
        kept.size(),
        rubric.ref(),
        kept.get(0).nodeIds().size(),
        after - before,
        perSummary,
        Runtime.getRuntime().maxMemory() >> 20);
  }

  private static long used() {
    Runtime r = Runtime.getRuntime();
    for (int i = 0; i < 4; i++) {
      System.gc();
    }
    return r.totalMemory() - r.freeMemory();
  }
}
