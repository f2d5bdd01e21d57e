package io.github.assessmentkit.cqa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.DuplicateRubricException;
import io.github.assessmentkit.scoring.RubricRegistry;
import io.github.assessmentkit.scoring.RubricRegistryBuilder;
import io.github.assessmentkit.scoring.UnknownRubricException;
import io.github.assessmentkit.spi.RubricProvider;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class CqaRubricProviderTest {

  @Test
  void is_found_by_the_service_loader() {
    // when
    List<String> providers =
        ServiceLoader.load(RubricProvider.class).stream().map(p -> p.type().getName()).toList();

    // then
    assertThat(providers).contains(CqaRubricProvider.class.getName());
  }

  @Test
  void lets_the_registry_load_each_set_by_id_and_by_id_at_version() {
    // given
    RubricRegistry rubrics = RubricRegistry.builder().discover().build();

    // then
    assertThat(rubrics.references())
        .contains("cqa@2025.1", "coop-governance@2025.1", "internal-control@2025.1");
    for (String id : new String[] {"cqa", "coop-governance", "internal-control"}) {
      Rubric newest = rubrics.get(id);
      Rubric pinned = rubrics.get(id + "@2025.1");
      assertThat(newest).isSameAs(pinned);
      assertThat(newest.id()).isEqualTo(id);
    }
    assertThat(rubrics.get(CqaSets.CQA)).isSameAs(CqaCriteria.rubric());
    assertThat(rubrics.get(CqaSets.GOVERNANCE)).isSameAs(GovernanceCriteria.rubric());
    assertThat(rubrics.get(CqaSets.INTERNAL_CONTROL)).isSameAs(InternalControlCriteria.rubric());
  }

  @Test
  void names_the_known_sets_when_a_version_is_missing() {
    // given
    RubricRegistry rubrics = RubricRegistry.builder().discover().build();

    // then
    assertThatThrownBy(() -> rubrics.get("cqa@1999.1"))
        .isInstanceOf(UnknownRubricException.class)
        .hasMessageContaining("cqa@1999.1")
        .hasMessageContaining("cqa@2025.1");
  }

  @Test
  void refuses_to_register_the_same_sets_twice() {
    // given
    RubricRegistryBuilder builder = RubricRegistry.builder().register(new CqaRubricProvider());

    // then
    assertThatThrownBy(() -> builder.register(new CqaRubricProvider()))
        .isInstanceOf(DuplicateRubricException.class)
        .hasMessageContaining("cqa@2025.1");
  }

  @Test
  void has_a_name_for_messages() {
    assertThat(new CqaRubricProvider().name()).isEqualTo("assessment-rubric-cqa");
  }
}
