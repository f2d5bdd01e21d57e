package io.github.assessmentkit.consensus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Rubric;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a panel and its consensus assessment list about the individual assessments: the values by
 * assessor id, and the ids as a JSON array, quotes and backslashes escaped.
 */
class ConsensusLinksTest {
  private final Rubric rubric = PanelTest.mixed();

  @Test
  void values_are_listed_by_assessor_id_whatever_the_order_of_the_assessments() {
    // given b's assessment before a's
    Panel p =
        Panel.of(
            rubric,
            List.of(
                PanelTest.by(rubric, "b", Rating.choice("Y", "yes")),
                PanelTest.by(rubric, "a", Rating.choice("Y", "no"))),
            ConsensusRule.MEDIAN_STEP,
            null);

    // then a comes first
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
