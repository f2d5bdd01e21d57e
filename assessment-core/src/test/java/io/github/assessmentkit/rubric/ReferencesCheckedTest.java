package io.github.assessmentkit.rubric;

import static io.github.assessmentkit.testing.StandardRubrics.grades;
import static io.github.assessmentkit.testing.StandardRubrics.yesNo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.assessmentkit.testing.StandardRubrics;
import io.github.assessmentkit.text.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rubric is refused when a ladder's metric, a rung's condition or a gate names an indicator or
 * criterion it lacks, however deep in a group or a named condition the name sits. The rubric is the
 * small cooperative standard of {@link StandardRubrics}: criteria S1 and S3, indicators S1.1, S1.2,
 * S3.1 and S3.2.
 */
class ReferencesCheckedTest {
  private static Ladder readingTheGrades(Metric metric) {
    Ladder g = grades();
    return new Ladder(g.id(), g.title(), metric, g.rungs(), g.provenance());
  }

  private static Ladder gatedBy(Condition condition) {
    return grades().withGates(new Gate(Text.en("gate"), condition, "fail"));
  }

  private static void refused(Ladder ladder, String message) {
    assertThatExceptionOfType(InvalidRubricException.class)
        .isThrownBy(() -> StandardRubrics.standard(ladder, yesNo("S3.1")))
        .withMessageContaining(message);
  }

  @Test
  void a_ladder_reading_the_percent_of_an_indicator_the_rubric_lacks_is_refused() {
    refused(
        readingTheGrades(Metric.indicatorPercent("S9.9")),
        "'grade' refers to indicator 'S9.9', which the rubric lacks");
  }

  @Test
  void a_ladder_reading_the_percent_of_an_indicator_the_rubric_has_is_built() {
    Rubric rubric =
        StandardRubrics.standard(readingTheGrades(Metric.indicatorPercent("S1.1")), yesNo("S3.1"));

    assertThat(rubric.ladder("grade").orElseThrow().metric())
        .isEqualTo(Metric.indicatorPercent("S1.1"));
  }

  @Test
  void names_inside_groups_and_named_conditions_are_checked() {
    Condition ok = Condition.ratedWith("S1.1", "yes");
    List<Condition> hiding =
        List.of(
            Condition.allOf(ok, Condition.ratedWith("S9.9", "yes")),
            Condition.anyOf(ok, Condition.ratedWith("S9.9", "yes")),
            Condition.named(Text.en("theme"), Condition.ratedWith("S9.9", "yes")),
            Condition.allOf(
                ok,
                Condition.named(
                    Text.en("theme"), Condition.atLeast(Metric.indicatorPercent("S9.9"), 50))));

    for (Condition condition : hiding) {
      refused(
          gatedBy(condition), "'grade/fail' refers to indicator 'S9.9', which the rubric lacks");
    }
  }

  @Test
  void a_compared_metric_naming_a_missing_criterion_is_refused() {
    refused(
        gatedBy(Condition.atLeast(Metric.percent("S9"), 50)),
        "'grade/fail' refers to criterion 'S9'");
  }
}
