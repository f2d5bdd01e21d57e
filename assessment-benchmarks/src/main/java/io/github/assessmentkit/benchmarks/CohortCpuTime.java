package io.github.assessmentkit.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * The same comparison as {@link CohortBenchmark}, in the CPU time of the thread rather than the
 * time on the wall: a round's whole analysis and the sort of its exact totals, taken in turn in one
 * process, so that a machine busy with other work slows both alike. Prints the median of each and
 * their ratios; the analysis is taken both alone and with every result read ({@link
 * CohortBenchmark#analyseAndRead}). The time the collector's own threads spend is not counted;
 * {@link CohortBenchmark} counts it.
 *
 * <p>Run: {@code java -Xmx2g -cp assessment-benchmarks/target/benchmarks.jar
 * io.github.assessmentkit.benchmarks.CohortCpuTime 100000 15}.
 */
public final class CohortCpuTime {
  private CohortCpuTime() {}

  /**
   * Prints the medians.
   *
   * @param args the number of organisations and of rounds, optional
   */
  public static void main(String[] args) {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    CohortBenchmark bench = new CohortBenchmark();
    bench.size = size;
    bench.setUp();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long[] analyse = new long[rounds];
    long[] read = new long[rounds];
    long[] sort = new long[rounds];
    int[] count = new int[1];
    for (int r = 0; r < rounds; r++) {
      long t0 = cpu.getCurrentThreadCpuTime();
      bench.analyse();
      long t1 = cpu.getCurrentThreadCpuTime();
      // each result read is kept for a while, so that it is really made; the array is new each
      // round, as a blackhole's would be, so that keeping costs no more than a store
      Object[] kept = new Object[1024];
      CohortBenchmark.read(
          bench.analyse(),
          result -> {
            kept[count[0]++ & (kept.length - 1)] = result;
          });
      long t2 = cpu.getCurrentThreadCpuTime();
      bench.sortTotals();
      long t3 = cpu.getCurrentThreadCpuTime();
      analyse[r] = t1 - t0;
      read[r] = t2 - t1;
      sort[r] = t3 - t2;
    }
    Arrays.sort(analyse);
    Arrays.sort(read);
    Arrays.sort(sort);
    long a = analyse[rounds / 2];
    long ar = read[rounds / 2];
    long s = sort[rounds / 2];
    System.out.printf(
        "%d organisations, median of %d rounds in thread CPU time: analysis %.1f ms,"
            + " analysis with every result read %.1f ms, sorting the exact totals %.1f ms,"
            + " ratios %.1f and %.1f (%d results read per round)%n",
        size,
        rounds,
        a / 1e6,
        ar / 1e6,
        s / 1e6,
        (double) a / s,
        (double) ar / s,
        count[0] / rounds);
  }
}
