package io.github.assessmentkit.benchmarks;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.cohort.Cohort;
import io.github.assessmentkit.cohort.Distribution;
import io.github.assessmentkit.cohort.ExchangeRule;
import io.github.assessmentkit.cohort.LearningExchange;
import io.github.assessmentkit.cohort.OrganisationSummary;
import io.github.assessmentkit.cohort.Plaques;
import io.github.assessmentkit.cohort.Qualification;
import io.github.assessmentkit.cohort.Ranking;
import io.github.assessmentkit.cohort.RankingKey;
import io.github.assessmentkit.cohort.RankingOrder;
import io.github.assessmentkit.cohort.Rankings;
import io.github.assessmentkit.cohort.TieAtCap;
import io.github.assessmentkit.rubric.Rubric;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A whole annual round of {@code size} organisations (100,000 by default) scored against the
 * CQA-sized rubric of {@link Fixtures}: the cohort gathered, ranked overall, by province and by
 * type with two tie-breaks, its distribution, five plaques and the leaders, learners and pairs of
 * each of the seven categories ({@link #analyse()}), and the same with every result read out
 * ({@link #analyseAndRead}), as some results are made when read; against sorting the same
 * organisations' exact totals once ({@link #sortTotals()}) and, as a floor, their totals in cents
 * as longs ({@link #sortTotalCents()}), in the same run.
 *
 * <p>Run: {@code java -jar assessment-benchmarks/target/benchmarks.jar CohortBenchmark -prof gc};
 * with {@code -p size=1000,10000,100000} to see how it grows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
public class CohortBenchmark {
  /** How many organisations. */
  @Param({"100000"})
  public int size;

  private static final RankingOrder ORDER =
      RankingOrder.byTotal(RankingKey.percent("1"), RankingKey.points("7"));
  private static final List<ExchangeRule> CATEGORIES = categories();

  private Rubric rubric;
  private List<OrganisationSummary> summaries;
  private Ratio[] totals;
  private long[] cents;

  private static List<ExchangeRule> categories() {
    List<ExchangeRule> rules = new ArrayList<>();
    for (int c = 1; c <= 7; c++) {
      rules.add(ExchangeRule.of(String.valueOf(c), 70, 50, 3));
    }
    return List.copyOf(rules);
  }

  /** Scores the round once: summaries, and the totals to sort. */
  @Setup(Level.Trial)
  public void setUp() {
    rubric = Fixtures.cqaSizedRubric();
    summaries = CohortFixture.summaries(rubric, size, 7);
    totals = new Ratio[size];
    cents = new long[size];
    for (int i = 0; i < size; i++) {
      totals[i] = summaries.get(i).total();
      cents[i] = totals[i].round(2).unscaledValue().longValueExact();
    }
  }

  /** What one analysis gives. */
  public record Round(
      Rankings ranks, Distribution distribution, Plaques plaques, List<LearningExchange> pairs) {}

  /** {@return the whole analysis of the round, from the summaries} */
  @Benchmark
  public Round analyse() {
    Cohort cohort = Cohort.of(rubric, CohortFixture.YEAR, summaries);
    Rankings ranks = cohort.rank(ORDER);
    Distribution distribution = cohort.distribution();
    Plaques plaques =
        cohort.plaques(ranks, Qualification.award("tqa", "tqc-plus"), 5, TieAtCap.TAKE_ALL_TIED);
    List<LearningExchange> pairs = new ArrayList<>(CATEGORIES.size());
    for (ExchangeRule rule : CATEGORIES) {
      pairs.add(cohort.exchange(ranks, rule));
    }
    return new Round(ranks, distribution, plaques, pairs);
  }

  /**
   * The whole analysis, and every result it gives read out, one by one: each standing of every
   * ranking, the distribution, the plaques, and each leader, learner, pair and learner without a
   * leader of the seven categories. Results made when read are made here, so that their cost is
   * counted.
   *
   * @param sink takes every result read
   */
  @Benchmark
  public void analyseAndRead(Blackhole sink) {
    read(analyse(), sink::consume);
  }

  /**
   * Reads every result of an analysis.
   *
   * @param round the analysis
   * @param sink takes every result read
   */
  static void read(Round round, Consumer<Object> sink) {
    readAll(round.ranks().overall().standings(), sink);
    for (Ranking r : round.ranks().byProvince().values()) {
      readAll(r.standings(), sink);
    }
    for (Ranking r : round.ranks().byType().values()) {
      readAll(r.standings(), sink);
    }
    sink.accept(round.distribution());
    readAll(round.plaques().eligible(), sink);
    readAll(round.plaques().recipients(), sink);
    readAll(round.plaques().leftOutByCap(), sink);
    for (LearningExchange e : round.pairs()) {
      readAll(e.leaders(), sink);
      readAll(e.learners(), sink);
      readAll(e.pairs(), sink);
      readAll(e.unpaired(), sink);
    }
  }

  private static void readAll(List<?> results, Consumer<Object> sink) {
    for (int k = 0; k < results.size(); k++) {
      sink.accept(results.get(k));
    }
  }

  /** {@return the round's exact totals, sorted once (a copy, so each call sorts them afresh)} */
  @Benchmark
  public Ratio[] sortTotals() {
    Ratio[] copy = totals.clone();
    Arrays.sort(copy);
    return copy;
  }

  /** {@return the round's totals in cents, sorted once: the floor of any sort of these totals} */
  @Benchmark
  public long[] sortTotalCents() {
    long[] copy = cents.clone();
    Arrays.sort(copy);
    return copy;
  }
}
