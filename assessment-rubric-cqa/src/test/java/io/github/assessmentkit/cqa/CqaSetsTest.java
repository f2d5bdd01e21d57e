package io.github.assessmentkit.cqa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CqaSetsTest {

  @Test
  void should_give_each_criteria_set_its_own_id() {
    // given
    List<String> ids = List.of(CqaSets.CQA, CqaSets.GOVERNANCE, CqaSets.INTERNAL_CONTROL);

    // then
    assertThat(ids).doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).matches("[a-z-]+"));
  }
}
