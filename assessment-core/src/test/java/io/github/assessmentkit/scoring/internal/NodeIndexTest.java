package io.github.assessmentkit.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.NodeScore;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.scoring.StrategyRegistry;
import io.github.assessmentkit.testing.MiniRubrics;
import org.junit.jupiter.api.Test;

/**
 * An index of a scored tree ({@link NodeIndex}) finds what {@link NodeScore#find} finds: the root
 * by the rubric's id, each criterion by its id, nothing for an unknown id; whether it walks the
 * tree or looks up the plan's positions.
 *
 * <p>The tree: the mini award rubric (categories 1 and 2, items 1.1, 1.2 and 2.1), every item rated
 * 50.
 */
class NodeIndexTest {
  private static final Rubric RUBRIC = MiniRubrics.award();
  private static final NodeScore ROOT =
      Scorer.standard()
          .score(
              RUBRIC,
              Assessment.quick(
                  RUBRIC, Rating.of("1.1", 50), Rating.of("1.2", 50), Rating.of("2.1", 50)))
          .root();

  private static final ScoringPlan PLAN =
      ScoringPlan.of(RUBRIC, Strategies.HOLISTIC_BAND, StrategyRegistry.standard());

  @Test
  void walking_the_tree_finds_the_root_each_criterion_and_nothing_else() {
    NodeIndex index = new NodeIndex(ROOT);

    assertFindsWhatTheTreeFinds(index);
  }

  @Test
  void looking_up_the_plan_s_positions_finds_the_root_each_criterion_and_nothing_else() {
    // the node at a plan position is the tree's node of that criterion
    NodeIndex index =
        new NodeIndex(
            ROOT, PLAN.positions, k -> ROOT.find(PLAN.nodes.get(k).criterion.id()).orElse(null));

    assertFindsWhatTheTreeFinds(index);
  }

  private static void assertFindsWhatTheTreeFinds(NodeIndex index) {
    assertThat(index.root()).isSameAs(ROOT);
    assertThat(index.find("mini-award")).containsSame(ROOT);
    for (String id : new String[] {"1", "1.1", "1.2", "2", "2.1"}) {
      assertThat(index.find(id)).as(id).containsSame(ROOT.find(id).orElseThrow());
      assertThat(index.find(id).orElseThrow().id()).isEqualTo(id);
    }
    assertThat(index.find("3")).isEmpty();
    // asked twice, the same answers
    assertThat(index.find("1.2")).containsSame(ROOT.find("1.2").orElseThrow());
    assertThat(index.find("mini-award")).containsSame(ROOT);
  }

  @Test
  void finds_an_indicator_s_line() {
    NodeIndex index = new NodeIndex(ROOT);

    assertThat(index.indicator("2.1")).isSameAs(ROOT.find("2.1").orElseThrow().indicators().get(0));
    assertThat(index.indicator("nowhere")).isNull();
  }
}
