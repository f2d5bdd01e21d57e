package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentBuilder;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.CriterionBuilder;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.RubricBuilder;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.scale.YesPartialNoScale;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.scoring.StrategyRegistry;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.validation.ValidationReport;
import io.github.assessmentkit.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hostile documents within the byte limit, read and validated on a small heap: the build runs this
 * class alone in its own JVM with {@code -Xmx256m} (see this module's pom), where building every
 * element of these documents would exhaust the heap; each is refused with one {@code json.limit}
 * violation instead.
 */
class HostileMemoryTest {
  private static final Rubric RUBRIC =
      AssessmentJson.standard().readRubric(Resources.open("examples/rubric-mini.json"));

  /** An assessment whose ratings are {@code count} copies of {@code rating}. */
  private static byte[] ratings(String rating, int count) {
    String head =
        "{\"format\": \"assessmentkit/assessment\", \"formatVersion\": 1, \"id\": \"a\","
            + " \"subject\": {\"id\": \"s\", \"name\": {\"en\": \"S\"}, \"type\": \"savings\"},"
            + " \"rubric\": \"mini-json@1\", \"period\": {\"era\": \"BE\", \"fiscalYear\": 2566},"
            + " \"ratings\": [";
    byte[] one = (rating + ",").getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream(head.length() + one.length * count);
    out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < count; i++) {
      out.write(one, 0, i == count - 1 ? one.length - 1 : one.length);
    }
    out.writeBytes("]}".getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static void assertRefusedAtTheLimit(List<Violation> violations) {
    // the 100,001st element, index 100,000, passes the default of 100,000 elements in one array
    assertThat(violations).hasSize(1);
    Violation v = violations.get(0);
    assertThat(v.rule()).isEqualTo("json.limit");
    assertThat(v.path()).isEqualTo("/ratings/100000");
    assertThat(v.message().en())
        .isEqualTo("an array in the document has more elements than the limit of 100000");
  }

  private static List<Violation> readRefusal(byte[] doc) {
    Throwable thrown =
        catchThrowable(
            () -> AssessmentJson.standard().readAssessment(new ByteArrayInputStream(doc)));
    assertThat(thrown).isInstanceOf(JsonFormatException.class);
    return ((JsonFormatException) thrown).report().violations();
  }

  @Test
  void a_million_empty_ratings_are_refused_when_read_and_when_validated() {
    // given 1,000,000 ratings written "{}," (3 bytes each, the last without its comma): about
    // 3,000,000 bytes, well within the 16 MiB (16,777,216 bytes) document limit
    byte[] doc = ratings("{}", 1_000_000);
    assertThat(doc.length).isBetween(3_000_000, 3_001_000);

    // when / then
    assertRefusedAtTheLimit(readRefusal(doc));
    assertRefusedAtTheLimit(AssessmentJson.standard().validateAssessment(RUBRIC, doc).violations());
  }

  @Test
  void half_a_million_ratings_of_one_indicator_are_refused_when_read_and_when_validated() {
    // given 500,000 ratings written {"indicator":"1.1","value":1}, (30 bytes each): about
    // 15,000,000 bytes, within the 16 MiB (16,777,216 bytes) document limit
    byte[] doc = ratings("{\"indicator\":\"1.1\",\"value\":1}", 500_000);
    assertThat(doc.length).isBetween(15_000_000, 15_001_000);

    // when / then
    assertRefusedAtTheLimit(readRefusal(doc));
    ValidationReport report = AssessmentJson.standard().validateAssessment(RUBRIC, doc);
    assertRefusedAtTheLimit(report.violations());
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void with_the_counts_raised_half_a_million_ratings_of_one_indicator_give_a_short_report() {
    // given the same 500,000 ratings and limits that let them through
    byte[] doc = ratings("{\"indicator\":\"1.1\",\"value\":1}", 500_000);
    AssessmentJson raised =
        AssessmentJson.builder()
            .limits(JsonLimits.DEFAULTS.withMaxArrayLength(1_000_000).withMaxRatings(1_000_000))
            .build();

    // when
    ValidationReport report = raised.validateAssessment(RUBRIC, doc);

    // then at most the default 1,000 violations are kept, and one last entry counts the rest
    List<Violation> violations = report.violations();
    assertThat(violations).hasSize(1_001);
    Violation more = violations.get(1_000);
    assertThat(more.rule()).isEqualTo("report.truncated");
    assertThat(Long.parseLong(more.value())).isPositive();
    assertThat(more.message().en()).isEqualTo("and " + more.value() + " more violations not shown");
    assertThat(report.isValid()).isFalse();
  }

  /** A writer that keeps nothing: it counts the characters and each line end it is given. */
  private static final class Counting extends Writer {
    long characters;
    long lines;

    @Override
    public void write(char[] chars, int off, int len) {
      characters += len;
      for (int i = off; i < off + len; i++) {
        if (chars[i] == '\n') {
          lines++;
        }
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  /**
   * The scorecard of a rubric of 100,000 criteria, the default count limit: 1,000 categories of 99
   * items each (1,000 + 99,000), every item with one yes/partial/no indicator rated "yes".
   */
  private static Scorecard largeScorecard() {
    Text title = Text.en("c");
    RubricBuilder rubric =
        Rubric.builder("large", "1")
            .title(Text.en("large"))
            .provenance(Provenance.unverified(Text.en("test"), Text.en("made up")))
            .defaultStrategy(Strategies.POINTS_SUM);
    for (int c = 0; c < 1_000; c++) {
      CriterionBuilder category = Criterion.builder("c" + c, title).points(99);
      for (int i = 0; i < 99; i++) {
        String id = c + "." + i;
        category.child(
            id,
            title,
            item -> item.points(1).indicator(Indicator.of(id, title, YesPartialNoScale.STANDARD)));
      }
      rubric.criterion(category.build());
    }
    Rubric built = rubric.build();
    AssessmentBuilder assessment = MiniRubrics.assessmentOf(built);
    RatingValue yes = RatingValue.choice("yes");
    for (Indicator i : built.indicators()) {
      assessment.rating(Rating.of(i.id(), yes));
    }
    Assessment a = assessment.build();
    // a scorer of its own: the shared one keeps the plans of the last rubrics it scored, and this
    // rubric's would stay on the small heap after the test
    return Scorer.of(StrategyRegistry.standard()).score(built, a);
  }

  @Test
  void the_scorecard_of_a_rubric_of_a_hundred_thousand_criteria_is_written_to_a_writer() {
    // given the scorecard of 100,000 criteria, and a codec whose byte limit takes it
    Scorecard card = largeScorecard();
    assertThat(card.root().children()).hasSize(1_000);
    AssessmentJson raised =
        AssessmentJson.of(JsonLimits.DEFAULTS.withMaxDocumentBytes(Integer.MAX_VALUE - 8));

    // when written to a writer that keeps nothing
    Counting out = new Counting();
    raised.write(card, out);

    // then every node was written, each with more than 20 lines: well over 100,000 x 20 lines
    // and 16 MiB (16,777,216) characters, none of them held in memory
    assertThat(out.lines).isGreaterThan(2_000_000L);
    assertThat(out.characters).isGreaterThan(16L * 1024 * 1024);
  }

  @Test
  void with_the_defaults_the_same_scorecard_is_refused_once_it_passes_sixteen_mebibytes() {
    // given
    Scorecard card = largeScorecard();
    Counting out = new Counting();

    // when
    Throwable thrown = catchThrowable(() -> AssessmentJson.standard().write(card, out));

    // then writing stops at the limit of 16 MiB that the same codec reads
    assertThat(thrown)
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith(
            "the document to be written is larger than the limit of 16777216 bytes");
    assertThat(out.characters).isLessThanOrEqualTo(16L * 1024 * 1024);
  }
}
