package io.github.assessmentkit.consensus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentKind;
import io.github.assessmentkit.assessment.Assessor;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.Subject;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a panel and its consensus assessment list about the individual assessments: the values by
 * assessor id, and the ids as a JSON array, quotes and backslashes escaped.
 */
class ConsensusLinksTest {
  private static final Subject COOP =
      new Subject("coop-1", Text.en("Test cooperative"), OrganisationType.SAVINGS, null);
  private final Rubric rubric = PanelTest.mixed();

  /** An external assessment of the test cooperative by one assessor, with its own id. */
  private Assessment by(String id, String assessor, Rating rating) {
    return Assessment.builder(id, COOP, rubric.ref(), FiscalYear.ofBuddhistEra(2566))
        .kind(AssessmentKind.EXTERNAL)
        .assessor(new Assessor(assessor, assessor, null))
        .rating(rating.by(assessor))
        .build();
  }

  @Test
  void values_are_listed_by_assessor_id_whatever_the_order_of_the_assessments() {
    // given b's assessment, ext-1, comes before a's, ext-2, by assessment id
    Panel p =
        Panel.of(
            rubric,
            List.of(
                by("ext-1", "b", Rating.choice("Y", "yes")),
                by("ext-2", "a", Rating.choice("Y", "no"))),
            ConsensusRule.MEDIAN_STEP,
            null);

    // then the values come by assessor id: a first
    assertThat(p.indicator("Y").values())
        .extracting(AssessorValue::assessorId)
        .containsExactly("a", "b");
  }

  @Test
  void assessment_ids_are_written_as_json_strings() {
    // given assessors p"q and r\s: their assessments are a-p"q and a-r\s
    Assessment first = PanelTest.by(rubric, "p\"q");
    Assessment second = PanelTest.by(rubric, "r\\s");
    Panel p = Panel.of(rubric, List.of(first, second), ConsensusRule.MEDIAN_STEP, null);

    // when nothing was rated, nothing is pending
    Assessment consensus = p.reconcile().consensus("consensus-1");

    // then " is written \" and \ is written \\
    assertThat(consensus.extensions().fields())
        .containsEntry(Reconciliation.CONSENSUS_OF, "[\"a-p\\\"q\",\"a-r\\\\s\"]");
  }
}
