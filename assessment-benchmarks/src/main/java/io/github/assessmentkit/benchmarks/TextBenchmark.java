package io.github.assessmentkit.benchmarks;

import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
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

/** Looks up bilingual text, with and without falling back to the other language. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TextBenchmark {

  private final Text bilingual = Text.of("การนำองค์กร", "Leadership");
  private final Text englishOnly = Text.en("Leadership");

  /** {@return the Thai text of a bilingual value} */
  @Benchmark
  public String direct() {
    return bilingual.get(Language.TH);
  }

  /** {@return the English text asked for in Thai, through the fallback} */
  @Benchmark
  public String fallback() {
    return englishOnly.get(Language.TH);
  }
}
