package io.github.assessmentkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.testing.TestRubricProvider;
import org.junit.jupiter.api.Test;

class RubricRegistryTest {
  private final Rubric v1 = MiniRubrics.award();
  private final Rubric v2025_9 = Rubric.from(v1).version("2025.9").build();
  private final Rubric v2025_10 = Rubric.from(v1).version("2025.10").build();

  @Test
  void a_built_registry_does_not_change_when_its_builder_goes_on() {
    // given
    RubricRegistryBuilder builder = RubricRegistry.builder().register(v1);
    RubricRegistry first = builder.build();

    // when
    RubricRegistry second = builder.register(v2025_9).build();

    // then
    assertThat(first.references()).containsExactly("mini-award@1");
    assertThat(second.references()).containsExactly("mini-award@1", "mini-award@2025.9");
  }

  @Test
  void looks_up_by_id_at_version_and_by_id_for_the_newest_version() {
    // given
    RubricRegistry registry =
        RubricRegistry.builder().register(v2025_10).register(v1).register(v2025_9).build();

    // when / then versions compare number by number: 2025.10 is newer than 2025.9 and 1
    assertThat(registry.get("mini-award")).isSameAs(v2025_10);
    assertThat(registry.get("mini-award@2025.9")).isSameAs(v2025_9);
    assertThat(registry.get(RubricRef.parse("mini-award@1"))).isSameAs(v1);
    assertThat(registry.references())
        .containsExactly("mini-award@2025.10", "mini-award@1", "mini-award@2025.9");
    assertThat(registry.all()).containsExactly(v2025_10, v1, v2025_9);
  }

  @Test
  void a_rubric_registered_twice_is_an_error() {
    // when / then
    assertThatExceptionOfType(DuplicateRubricException.class)
        .isThrownBy(() -> RubricRegistry.builder().register(v1).register(MiniRubrics.award()))
        .withMessage("rubric 'mini-award@1' is registered twice");
  }

  @Test
  void an_unknown_rubric_is_an_error_that_lists_the_known_ones() {
    // given
    RubricRegistry registry = RubricRegistry.builder().register(v1).register(v2025_9).build();

    // when / then
    assertThatExceptionOfType(UnknownRubricException.class)
        .isThrownBy(() -> registry.get("cqa"))
        .withMessage("no rubric 'cqa' is registered (known: mini-award@1, mini-award@2025.9)");
    assertThatExceptionOfType(UnknownRubricException.class)
        .isThrownBy(() -> registry.get("mini-award@3"))
        .withMessage(
            "no rubric 'mini-award@3' is registered (known: mini-award@1, mini-award@2025.9)");
    assertThatThrownBy(() -> registry.get("mini-award@"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rubric reference must read id@version, was 'mini-award@'");
  }

  @Test
  void registers_every_rubric_of_a_provider() {
    // when
    RubricRegistry registry = RubricRegistry.builder().register(new TestRubricProvider()).build();

    // then
    assertThat(registry.references())
        .containsExactly("mini-award@1", "mini-award@2025.9", "mini-checklist@1");
  }

  @Test
  void discovers_providers_through_the_service_loader() {
    // given META-INF/services/io.github.assessmentkit.spi.RubricProvider in the test resources
    // names TestRubricProvider (tests run on the class path)

    // when
    RubricRegistry registry = RubricRegistry.builder().discover().build();

    // then
    assertThat(registry.references())
        .containsExactly("mini-award@1", "mini-award@2025.9", "mini-checklist@1");
    assertThat(registry.get("mini-award").version()).isEqualTo("2025.9");
    assertThat(registry.get("mini-checklist")).isEqualTo(MiniRubrics.checklist());
    // a rubric registered by hand and discovered again is a duplicate
    assertThatExceptionOfType(DuplicateRubricException.class)
        .isThrownBy(() -> RubricRegistry.builder().register(MiniRubrics.checklist()).discover())
        .withMessage("rubric 'mini-checklist@1' is registered twice");
  }

  @Test
  void the_registry_cannot_be_changed_once_built() {
    // given
    RubricRegistry registry = RubricRegistry.builder().register(v1).build();

    // when / then
    assertThatThrownBy(() -> registry.references().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> registry.all().add(v2025_9))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
