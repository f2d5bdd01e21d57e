package io.github.assessmentkit.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.Extensions;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentBuilder;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.CriterionBuilder;
import io.github.assessmentkit.rubric.CriterionKind;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.YesPartialNoScale;
import io.github.assessmentkit.scoring.IndicatorScore;
import io.github.assessmentkit.scoring.NodeScore;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.scoring.StrategyRegistry;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cents a scorecard shows when a criterion's points do not split into whole cents: one
 * criterion C summing yes/partial/no indicators, scored in whole units (the scorer's way here) and
 * on ratios, which show the same cents.
 */
class ShownCentsTest {
  private final StrategyRegistry registry = StrategyRegistry.standard();

  /** A rubric of {@code total} points: criterion C with indicators C.1 … of the given weights. */
  private static Rubric rubric(long total, long... weights) {
    CriterionBuilder c = Criterion.builder("C", Text.en("C")).kind(CriterionKind.CHECKLIST);
    for (int k = 0; k < weights.length; k++) {
      c.indicator(
          new Indicator(
              "C." + (k + 1),
              Text.en("C." + (k + 1)),
              YesPartialNoScale.STANDARD,
              BigDecimal.valueOf(weights[k]),
              false,
              Extensions.NONE));
    }
    return Rubric.builder("cents", "1")
        .title(Text.en("cents"))
        .provenance(Provenance.unverified(Text.en("test"), Text.en("test")))
        .defaultStrategy(Strategies.POINTS_SUM)
        .totalPoints(total)
        .criterion(c.build())
        .build();
  }

  private static Assessment rated(Rubric rubric, String... codes) {
    AssessmentBuilder a = MiniRubrics.assessmentOf(rubric);
    for (int k = 0; k < codes.length; k++) {
      a.rating(Rating.choice("C." + (k + 1), codes[k]));
    }
    return a.build();
  }

  /** Both ways of scoring, checked to be equal. */
  private List<Scorecard> scored(Rubric rubric, Assessment a) {
    assertThat(ScoringEngine.hasUnits(rubric, Strategies.POINTS_SUM, registry)).isTrue();
    Scorecard units = Scorer.standard().score(rubric, a);
    Scorecard ratios = ScoringEngine.scoreOnRatios(rubric, a, Strategies.POINTS_SUM, registry);
    assertThat(units).isEqualTo(ratios);
    return List.of(units, ratios);
  }

  private static List<String> possible(NodeScore n) {
    return n.indicators().stream().map(i -> i.possible().toPlainString()).toList();
  }

  private static List<String> earned(NodeScore n) {
    return n.indicators().stream().map(i -> i.earned().toPlainString()).toList();
  }

  @Test
  void a_part_held_at_its_possible_takes_a_cent_of_possible_from_a_part_with_room() {
    // 1 point in thirds: 0.33 + 0.33 + 0.33 = 0.99, the cent left to the first: 0.34, 0.33, 0.33.
    // Rated no, yes, yes: 2/3 point shows 0.67, but C.2 and C.3 show at most 0.33 each. C.2 takes
    // a cent of possible from C.1, which earns nothing: possible 0.33, 0.34, 0.33; earned 0.00,
    // 0.34, 0.33.
    Rubric r = rubric(1, 1, 1, 1);
    for (Scorecard s : scored(r, rated(r, "no", "yes", "yes"))) {
      NodeScore c = s.node("C").orElseThrow();
      assertThat(c.possible()).isEqualByComparingTo("1.00");
      assertThat(c.earned()).isEqualByComparingTo("0.67");
      assertThat(s.total()).isEqualByComparingTo("0.67");
      assertThat(possible(c)).containsExactly("0.33", "0.34", "0.33");
      assertThat(earned(c)).containsExactly("0.00", "0.34", "0.33");
    }
  }

  @Test
  void a_part_that_earns_all_it_may_shows_all_it_may() {
    // 1 point in thirds: 0.34, 0.33, 0.33. Rated yes, partial, no: 1/3 + 1/6 = 1/2 point, 0.50.
    // Cut: 0.33 + 0.16 = 0.49, the cent left to the larger remainder (C.2, .67): 0.33, 0.17. C.1
    // earns all it may, so it shows its 0.34: the cent comes from C.2: 0.34, 0.16, 0.00.
    Rubric r = rubric(1, 1, 1, 1);
    for (Scorecard s : scored(r, rated(r, "yes", "partial", "no"))) {
      NodeScore c = s.node("C").orElseThrow();
      assertThat(c.earned()).isEqualByComparingTo("0.50");
      assertThat(possible(c)).containsExactly("0.34", "0.33", "0.33");
      assertThat(earned(c)).containsExactly("0.34", "0.16", "0.00");
    }
  }

  @Test
  void the_cent_of_possible_comes_from_a_part_that_was_rounded_up() {
    // 5 points by weights 3, 4, 4, 4 (of 15): 1, 4/3, 4/3, 4/3 points; cents 100 + 133 × 3 = 499,
    // the cent left to C.2 (first of the equal remainders): 1.00, 1.34, 1.33, 1.33.
    // Rated no, no, yes, yes: 8/3 points show 2.67; C.3 and C.4 held at 1.33 show 2.66. C.3 takes a
    // cent of possible from C.2, rounded up (1.34 for 1.333…), not from C.1 (1.00 exactly).
    Rubric r = rubric(5, 3, 4, 4, 4);
    for (Scorecard s : scored(r, rated(r, "no", "no", "yes", "yes"))) {
      NodeScore c = s.node("C").orElseThrow();
      assertThat(c.earned()).isEqualByComparingTo("2.67");
      assertThat(possible(c)).containsExactly("1.00", "1.33", "1.34", "1.33");
      assertThat(earned(c)).containsExactly("0.00", "0.00", "1.34", "1.33");
      IndicatorScore third = c.indicators().get(2);
      assertThat(third.fraction()).isEqualTo(io.github.assessmentkit.Ratio.ONE);
    }
  }
}
