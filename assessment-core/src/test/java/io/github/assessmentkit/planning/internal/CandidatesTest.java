package io.github.assessmentkit.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.RatingState;
import io.github.assessmentkit.scale.RatingValue;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The indicators a plan may step, with their chains and costs, and scoring combinations. */
class CandidatesTest {

  @Test
  void each_candidate_has_its_chain_its_cost_and_its_steps_alone() {
    // 1.1, 1.2, 2.1 at 80 %: chains 80, 85, 90, 95, 100; 1.2 costs 2
    Assessment a = Fixtures.allAt80();
    Candidates c = Fixtures.candidates(Fixtures.MINI, a, Map.of("1.2", BigDecimal.valueOf(2)));

    assertThat(c.rubric()).isSameAs(Fixtures.MINI);
    assertThat(c.size()).isEqualTo(3);
    assertThat(c.id(1)).isEqualTo("1.2");
    assertThat(c.chain(1)).hasSize(5).startsWith(RatingValue.of(80)).endsWith(RatingValue.of(100));
    assertThat(c.length(1)).isEqualTo(4);
    assertThat(c.cost(1)).isEqualByComparingTo("2");
    assertThat(c.cost(0)).isEqualByComparingTo("1");
    // no step is the scorecard now (80.00); two steps of 2.1 alone: 84.00
    assertThat(c.alone(2, 0)).isSameAs(c.base());
    assertThat(c.base().total()).isEqualByComparingTo("80.00");
    assertThat(c.alone(2, 2).total()).isEqualByComparingTo("84.00");
    assertThat(c.alone(1, 4).total()).isEqualByComparingTo("84.00");
  }

  @Test
  void a_combination_changes_the_stepped_ratings_and_is_scored() {
    Assessment a = Fixtures.allAt80();
    Candidates c = Fixtures.candidates(a);

    assertThat(c.changed(new int[3])).isSameAs(a);
    Assessment changed = c.changed(new int[] {1, 0, 4});
    assertThat(changed.rating("1.1").orElseThrow().state())
        .isEqualTo(new RatingState.Rated(RatingValue.of(85)));
    assertThat(changed.rating("1.2")).isEqualTo(a.rating("1.2"));
    assertThat(changed.rating("2.1").orElseThrow().state())
        .isEqualTo(new RatingState.Rated(RatingValue.of(100)));
    // 34 + 16 + 40 = 90
    assertThat(c.score(new int[] {1, 0, 4}).total()).isEqualByComparingTo("90.00");
    assertThat(c.score(new int[3]).total()).isEqualByComparingTo("80.00");
  }
}
