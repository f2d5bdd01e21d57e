package io.github.assessmentkit.benchmarks;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.json.AssessmentJson;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.validation.AssessmentValidator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cost of the JSON layer on a CQA-sized assessment document ({@link Fixtures}: 7 categories,
 * 1000 points, 102 indicators, rated with rationales, findings and evidence as in {@link
 * JsonFixture}, about 90 KB): Jackson alone parsing the bytes into a tree ({@link #jacksonTree}),
 * against the library reading the same bytes into a checked assessment ({@link #read}), and
 * reading, validating and scoring them ({@link #readValidateScore}); {@link #score} is the scorer's
 * share alone. The two to compare are {@code jacksonTree} and {@code readValidateScore}, from one
 * run:
 *
 * <pre>{@code
 * java -jar assessment-benchmarks/target/benchmarks.jar JsonBenchmark -f 1 -wi 5 -i 5
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JsonBenchmark {
  private final JsonMapper jackson =
      JsonMapper.builder()
          .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();
  private final AssessmentJson json = AssessmentJson.standard();
  private Rubric rubric;
  private byte[] document;
  private Assessment assessment;

  /** Builds the rubric and the document once. */
  @Setup
  public void setUp() {
    rubric = Fixtures.cqaSizedRubric();
    document = JsonFixture.document(rubric);
    assessment = json.readAssessment(document);
    if (!AssessmentValidator.validate(rubric, assessment).isValid()) {
      throw new IllegalStateException("the benchmark document is not valid");
    }
  }

  /** {@return the document as a Jackson tree, exact decimals, nothing checked} */
  @Benchmark
  public JsonNode jacksonTree() {
    return jackson.readTree(document);
  }

  /** {@return the document read into an assessment: limits, format, structure, model} */
  @Benchmark
  public Assessment read() {
    return json.readAssessment(document);
  }

  /**
   * {@return the scorecard of the assessment read once in the setup: the scorer's share of {@link
   * #readValidateScore}}
   */
  @Benchmark
  public Scorecard score() {
    return Scorer.standard().score(rubric, assessment);
  }

  /**
   * {@return the scorecard: read, checked and scored, as an application would} The scorer validates
   * the assessment against the rubric before scoring it.
   */
  @Benchmark
  public Scorecard readValidateScore() {
    return Scorer.standard().score(rubric, json.readAssessment(document));
  }
}
