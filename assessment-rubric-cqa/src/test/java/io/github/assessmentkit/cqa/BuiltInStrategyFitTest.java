package io.github.assessmentkit.cqa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.assessment.Subject;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.scoring.StrategyMisfitException;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The built-in strategies accept the shipped criteria sets as they are set up, and each set says up
 * front which other built-ins it can be scored with.
 */
class BuiltInStrategyFitTest {
  private static final Subject COOP =
      new Subject(
          "coop-1", Text.of("สหกรณ์ทดสอบ", "Test cooperative"), OrganisationType.SAVINGS, "Loei");

  /** An assessment of the rubric with nothing rated yet: the check looks at the rubric only. */
  private static Assessment unrated(Rubric rubric) {
    return Assessment.builder("a-1", COOP, rubric.ref(), FiscalYear.ofBuddhistEra(2566)).build();
  }

  @Test
  void every_shipped_set_scores_with_its_own_strategies() {
    for (Rubric rubric : new CqaRubricProvider().rubrics()) {
      // when / then
      assertThatNoException()
          .as(rubric.id())
          .isThrownBy(() -> Scorer.standard().score(rubric, unrated(rubric)));
    }
  }

  @Test
  void each_set_fits_the_built_ins_its_scales_allow() {
    // given: the CQA's items each hold one band-scale indicator, so every built-in but maturity
    // fits; governance mixes yes/partial/no with levels, so neither holistic-band nor maturity
    // fits; internal control has only level-scale indicators, several to a component, so every
    // built-in but holistic-band fits
    Map<Rubric, List<String>> expected =
        Map.of(
            CqaCriteria.rubric(),
            without(Strategies.MATURITY),
            GovernanceCriteria.rubric(),
            without(Strategies.HOLISTIC_BAND, Strategies.MATURITY),
            InternalControlCriteria.rubric(),
            without(Strategies.HOLISTIC_BAND));

    expected.forEach(
        (rubric, fitting) -> {
          // when
          List<String> fits = new ArrayList<>();
          for (String id : Strategies.ALL) {
            try {
              Scorer.standard().score(rubric, unrated(rubric), id);
              fits.add(id);
            } catch (StrategyMisfitException e) {
              assertThat(e.strategyId()).isEqualTo(id);
              assertThat(e.getMessage()).contains("'" + id + "'", "'" + e.criterionId() + "'");
            }
          }

          // then
          assertThat(fits).as(rubric.id()).containsExactlyElementsOf(fitting);
        });
  }

  private static List<String> without(String... ids) {
    List<String> all = new ArrayList<>(Strategies.ALL);
    all.removeAll(List.of(ids));
    return all;
  }
}
