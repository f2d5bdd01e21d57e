package io.github.assessmentkit.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.AssessmentStatus;
import io.github.assessmentkit.scoring.Scorer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A bounded load on one running service: {@value #REQUESTS} score requests from {@value #THREADS}
 * client threads over loopback, every answer compared byte for byte with the scorecard the library
 * computes here. Prints the throughput, the median and 99th-percentile latency and the number of
 * wrong answers; the figures are measured, not asserted (only the answers are). Tagged {@code
 * load}: it runs in {@code ./mvnw verify}, and {@code -DexcludedGroups=load} leaves it out.
 */
@Tag("load")
class ScoreLoadTest extends HttpTestBase {
  static final int REQUESTS = 10_000;
  static final int THREADS = 8;

  /** A safety bound, never a figure to meet: the loop stops after this long whatever it did. */
  static final Duration BOUND = Duration.ofMinutes(5);

  @Test
  void scoresTenThousandDocumentsFromEightThreads() throws Exception {
    // Four documents, each item rated 35, 50, 65 and 80 % (totals 350.00 ... 800.00).
    int[] percents = {35, 50, 65, 80};
    String[] documents = new String[percents.length];
    String[] expected = new String[percents.length];
    for (int i = 0; i < percents.length; i++) {
      var a =
          TestDocuments.cqa(
              "load-" + i, "load-coop-" + i, "Loei", 2567, AssessmentStatus.DRAFT, percents[i]);
      documents[i] = TestDocuments.document(a);
      expected[i] = TestDocuments.JSON.writeString(Scorer.standard().score(TestDocuments.CQA, a));
    }
    // Warm-up, not counted: each document once.
    for (String d : documents) {
      assertThat(postJson("/assessments/scorecard", d).statusCode()).isEqualTo(200);
    }

    AtomicInteger next = new AtomicInteger();
    AtomicInteger wrong = new AtomicInteger();
    ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
    long[] latencies = new long[REQUESTS];
    long deadline = System.nanoTime() + BOUND.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    long start = System.nanoTime();
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        workers.add(
            pool.submit(
                () -> {
                  for (int n = next.getAndIncrement();
                      n < REQUESTS && System.nanoTime() < deadline;
                      n = next.getAndIncrement()) {
                    int which = n % documents.length;
                    HttpRequest request =
                        HttpRequest.newBuilder(uri("/assessments/scorecard"))
                            .header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(30))
                            .POST(
                                HttpRequest.BodyPublishers.ofString(
                                    documents[which], StandardCharsets.UTF_8))
                            .build();
                    long sent = System.nanoTime();
                    try {
                      HttpResponse<String> r =
                          CLIENT.send(
                              request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                      latencies[n] = System.nanoTime() - sent;
                      if (r.statusCode() != 200 || !r.body().equals(expected[which])) {
                        wrong.incrementAndGet();
                        if (firstErrors.size() < 5) {
                          firstErrors.add(n + ": " + r.statusCode());
                        }
                      }
                    } catch (Exception e) {
                      latencies[n] = System.nanoTime() - sent;
                      wrong.incrementAndGet();
                      if (firstErrors.size() < 5) {
                        firstErrors.add(n + ": " + e);
                      }
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> w : workers) {
        w.get();
      }
    } finally {
      pool.shutdownNow();
    }
    long elapsed = System.nanoTime() - start;
    int done = Math.min(next.get(), REQUESTS);

    long[] sorted = Arrays.copyOf(latencies, done);
    Arrays.sort(sorted);
    BigDecimal seconds = BigDecimal.valueOf(elapsed).movePointLeft(9);
    BigDecimal throughput = BigDecimal.valueOf(done).divide(seconds, 0, RoundingMode.HALF_EVEN);
    System.out.printf(
        "score load: %d requests from %d threads in %s s: %s requests/s, latency p50 %s ms, p99"
            + " %s ms, max %s ms; errors %d%n",
        done,
        THREADS,
        seconds.setScale(2, RoundingMode.HALF_EVEN).toPlainString(),
        throughput.toPlainString(),
        millis(percentile(sorted, 50)),
        millis(percentile(sorted, 99)),
        millis(sorted[sorted.length - 1]),
        wrong.get());

    assertThat(done).as("requests sent before the safety bound").isEqualTo(REQUESTS);
    assertThat(wrong.get()).as("wrong answers, the first: %s", firstErrors).isZero();
  }

  /** The nearest-rank percentile of sorted values. */
  private static long percentile(long[] sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  private static String millis(long nanos) {
    return BigDecimal.valueOf(nanos)
        .movePointLeft(6)
        .setScale(2, RoundingMode.HALF_EVEN)
        .toPlainString();
  }
}
