package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.StrategyRegistry;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * Validating an assessment against a rubric the codec's strategies cannot score (a strategy found
 * by the service loader, given to a codec that knows only the standard ones) says so first, at
 * {@code /rubric}, then reports what the document itself holds.
 */
class UnscorableRubricValidationTest {
  private final AssessmentJson json =
      AssessmentJson.builder().strategies(StrategyRegistry.standard()).build();
  private final Rubric unscorable =
      Rubric.from(MiniRubrics.award())
          .strategies(AssessmentJson.standard().strategies())
          .defaultStrategy(DiscoveredSumStrategy.ID)
          .build();

  @Test
  void the_rubric_is_named_first_then_the_documents_own_problems() {
    // given an assessment rating an indicator the rubric lacks
    String doc =
        json.writeString(MiniRubrics.assessmentOf(unscorable).rating(Rating.of("9.9", 70)).build());

    // when
    var found = json.validateAssessment(unscorable, doc).violations();

    // then
    assertThat(found)
        .extracting(Violation::path, Violation::rule)
        .containsExactly(
            tuple("/rubric", "rubric.strategy-known"),
            tuple("/ratings/0/indicator", "rating.indicator-exists"));
    assertThat(found.get(0).message().en()).contains(DiscoveredSumStrategy.ID);
  }

  @Test
  void a_well_formed_assessment_is_still_invalid_for_such_a_rubric() {
    String doc =
        json.writeString(MiniRubrics.assessmentOf(unscorable).rating(Rating.of("1.1", 70)).build());

    var report = json.validateAssessment(unscorable, doc);

    assertThat(report.isValid()).isFalse();
    assertThat(report.violations())
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/rubric", "rubric.strategy-known"));
  }
}
