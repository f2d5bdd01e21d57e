package io.github.assessmentkit.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.migration.MergeRule;
import io.github.assessmentkit.migration.MigrationMapping;
import io.github.assessmentkit.rubric.RubricRef;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which nodes compare across two versions: written by hand or made from a migration mapping, and
 * refused when it cannot be one.
 */
class CorrespondenceTest {
  private static final RubricRef V1 = RubricRef.parse("mini-award@1");
  private static final RubricRef V2 = RubricRef.parse("mini-award@2");

  @Test
  void looks_up_both_ways() {
    Correspondence c = Correspondence.of(V1, V2, Map.of("1.2", "1.3", "1", "1"));

    assertThat(c.newer("1.2")).contains("1.3");
    assertThat(c.older("1.3")).contains("1.2");
    assertThat(c.older("1.2")).isEmpty();
    assertThat(c.nodes().keySet()).containsExactly("1", "1.2");
  }

  @Test
  void a_newer_node_compared_with_two_older_ones_is_refused() {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Correspondence.of(V1, V2, Map.of("1.1", "1.x", "1.2", "1.x")))
        .withMessage("newer node '1.x' is compared with two older nodes");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Correspondence.of(V1, V1, Map.of()))
        .withMessage("a correspondence needs two versions; both are mini-award@1");
  }

  @Test
  void merged_nodes_do_not_compare_and_a_mapping_of_other_versions_is_refused() {
    // version 2 of the years' rubric renames 1.2 to 1.3 and splits 2.1; a mapping that merges
    // 1.1 and 1.2 into 1.3 leaves neither older item comparing, and category 1 and 2 still do
    MigrationMapping merge =
        MigrationMapping.between(Years.V1.ref(), Years.V2.ref())
            .merge("1.3", MergeRule.LOWEST, "1.1", "1.2")
            .split("2.1", "2.1a", "2.1b")
            .build();

    assertThat(merge.correspondence(Years.V1, Years.V2).nodes())
        .containsOnlyKeys("mini-award", "1", "2");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> merge.correspondence(Years.V2, Years.V1))
        .withMessage("rubrics do not match: expected mini-award@1, got mini-award@2");
  }
}
