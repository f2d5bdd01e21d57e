package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.testing.Draw;
import io.github.assessmentkit.testing.Examples;
import io.github.assessmentkit.testing.ScoringCases;
import io.github.assessmentkit.testing.ScoringCases.Case;
import io.github.assessmentkit.testing.Tally;
import io.github.assessmentkit.validation.Violation;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Rubrics and assessments survive the JSON format: random ones (see {@link ScoringCases}) read back
 * equal and write the same bytes again; a written document with one part broken either reads or is
 * refused with a bilingual report, never with another exception.
 */
class DocumentJsonProperties {
  private static final int EXAMPLES = Examples.or(300);
  private static final AssessmentJson JSON = AssessmentJson.standard();

  @Test
  void any_rubric_and_assessment_read_back_equal_and_write_the_same_bytes_again() {
    Tally tally = new Tally();
    qt().withExamples(EXAMPLES)
        .forAll(ScoringCases.cases())
        .checkAssert(
            c -> {
              // given
              tally.saw(c);

              // when
              String rubricJson = JSON.writeString(c.rubric());
              String assessmentJson = JSON.writeString(c.assessment());
              Rubric rubric = JSON.readRubric(rubricJson);
              Assessment assessment = JSON.readAssessment(assessmentJson);

              // then
              assertThat(rubric).isEqualTo(c.rubric());
              assertThat(rubric.criteria()).isEqualTo(c.rubric().criteria());
              assertThat(assessment).isEqualTo(c.assessment());
              assertThat(JSON.writeString(rubric)).isEqualTo(rubricJson);
              assertThat(JSON.writeString(assessment)).isEqualTo(assessmentJson);
            });
    tally.assertVaried(EXAMPLES);
  }

  /** A document and one change to one of its objects, drawn at random. */
  record Broken(Case base, String document, String change) {}

  private static Gen<Broken> broken(Function<Case, String> write) {
    return in -> {
      Case c = ScoringCases.cases().generate(in);
      OneBreak one = OneBreak.of(write.apply(c), new Draw(in));
      return new Broken(c, one.document(), one.change());
    };
  }

  private static void readsOrIsRefusedWithAReport(
      Gen<Broken> documents, Function<String, Object> read) {
    Tally tally = new Tally();
    qt().withExamples(EXAMPLES)
        .forAll(documents)
        .checkAssert(
            b -> {
              // given
              tally.saw(b.base());

              // when
              Throwable thrown = catchThrowable(() -> read.apply(b.document()));

              // then
              if (thrown == null) {
                tally.bump("read");
                return;
              }
              tally.bump("refused");
              assertThat(thrown).as(b.change()).isInstanceOf(JsonFormatException.class);
              List<Violation> found = ((JsonFormatException) thrown).report().violations();
              assertThat(found).as(b.change()).isNotEmpty();
              for (Violation v : found) {
                assertThat(v.message().isBilingual()).as("%s: %s", b.change(), v).isTrue();
                assertThat(v.path()).as("%s: %s", b.change(), v).matches("(/[^/]*)*");
              }
            });
    tally.assertVaried(EXAMPLES);
    // most changes break the document; some (a rationale removed, say) do not
    assertThat(tally.count("refused")).as("%s", tally).isGreaterThan(EXAMPLES / 2);
  }

  @Test
  void a_rubric_with_one_part_broken_reads_or_is_refused_with_a_report_and_nothing_else() {
    readsOrIsRefusedWithAReport(broken(c -> JSON.writeString(c.rubric())), JSON::readRubric);
  }

  @Test
  void an_assessment_with_one_part_broken_reads_or_is_refused_with_a_report_and_nothing_else() {
    readsOrIsRefusedWithAReport(
        broken(c -> JSON.writeString(c.assessment())), JSON::readAssessment);
  }
}
