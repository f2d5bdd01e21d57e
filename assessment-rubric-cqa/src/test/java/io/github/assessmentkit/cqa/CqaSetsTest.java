package io.github.assessmentkit.cqa;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.rubric.Rubric;
import java.util.List;
import org.junit.jupiter.api.Test;

class CqaSetsTest {

  @Test
  void gives_each_criteria_set_its_own_id() {
    // given
    List<String> ids =
        List.of(
            CqaSets.CQA,
            CqaSets.GOVERNANCE,
            CqaSets.INTERNAL_CONTROL,
            CqaSets.COOP_STANDARD,
            CqaSets.COOP_STANDARD_FARMER_GROUPS);

    // then
    assertThat(ids).doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).matches("[a-z-]+"));
  }

  @Test
  void lists_the_sets_at_the_module_version() {
    // when
    List<Rubric> all = CqaSets.all();

    // then
    assertThat(all)
        .extracting(r -> r.ref().toString())
        .containsExactly(
            "cqa@2025.1",
            "coop-governance@2025.1",
            "internal-control@2025.1",
            "coop-standard@2025.1",
            "coop-standard-farmer-group@2025.1");
  }
}
