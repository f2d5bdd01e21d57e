package io.github.assessmentkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.testing.MiniRubrics;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MiniAwardScenarioTest {
  private final Rubric rubric = MiniRubrics.award();

  @Test
  void scores_a_complete_self_assessment_item_by_item() {
    // given 1.1 at 35 %, 1.2 at 55 %, 2.1 at 50 %
    Assessment a =
        MiniRubrics.assessmentOf(rubric)
            .rating(Rating.of("1.1", 35))
            .rating(Rating.of("1.2", 55))
            .rating(Rating.of("2.1", 50))
            .build();

    // when
    Scorecard card = Scorer.standard().score(rubric, a);

    // then 1.1 = 0.35 x 40 = 14.00; 1.2 = 0.55 x 20 = 11.00; category 1 = 25.00 of 60
    assertThat(card.node("1.1").orElseThrow().earned()).isEqualByComparingTo("14.00");
    assertThat(card.node("1.2").orElseThrow().earned()).isEqualByComparingTo("11.00");
    assertThat(card.node("1").orElseThrow().earned()).isEqualTo(new BigDecimal("25.00"));
    // category 1 percent = 25 / 60 = 41.666.. -> 41.67 (half-even, two places)
    assertThat(card.node("1").orElseThrow().percent()).isEqualTo(new BigDecimal("41.67"));
    // 2.1 = 0.50 x 40 = 20.00; total = 25.00 + 20.00 = 45.00 of 100
    assertThat(card.total()).isEqualTo(new BigDecimal("45.00"));
    assertThat(card.possible()).isEqualTo(new BigDecimal("100.00"));
    assertThat(card.root().explanation().calculation()).isEqualTo("1 25.00 + 2 20.00 = 45.00");
    assertThat(card.node("1.1").orElseThrow().explanation().calculation())
        .isEqualTo("35% × 40.00 = 14.00");
    assertThat(card.node("1.1").orElseThrow().label().en()).isEqualTo("Band 3");
    // ladder: 45.00 > 40 -> good
    assertThat(card.level("overall").orElseThrow().rungId()).isEqualTo("good");
    // award: gold needs > 50 (45 fails); silver needs > 40 (45 passes) and cat 1 >= 40 % (41.67)
    assertThat(card.award("mini").orElseThrow().tierId()).isEqualTo("silver");
    assertThat(card.award("mini").orElseThrow().checks()).hasSize(2);
    assertThat(card.warnings()).isEmpty();
    assertThat(card.isComplete()).isTrue();
  }
}
