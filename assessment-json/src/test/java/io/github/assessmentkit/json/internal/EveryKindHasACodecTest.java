package io.github.assessmentkit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.assessmentkit.assessment.RatingState;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.scale.Scale;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every kind of every sealed family the JSON format reads or writes has its codec, so a kind added
 * to the model without one fails here rather than being written wrongly or not at all.
 */
class EveryKindHasACodecTest {
  private static final List<Family<?, ?>> FAMILIES =
      List.of(
          ScaleCodecs.FAMILY,
          MetricCodecs.FAMILY,
          ConditionCodecs.FAMILY,
          RatingCodecs.VALUES,
          RatingCodecs.STATES);

  /** The concrete classes under a sealed type: its permitted subclasses, recursively. */
  private static Set<Class<?>> concreteKinds(Class<?> sealed) {
    Set<Class<?>> out = new LinkedHashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>(List.of(sealed));
    while (!todo.isEmpty()) {
      Class<?> c = todo.pop();
      if (c.isSealed()) {
        todo.addAll(List.of(c.getPermittedSubclasses()));
      } else {
        out.add(c);
      }
    }
    return out;
  }

  @Test
  void every_permitted_subtype_of_every_family_has_a_codec() {
    // given the families: scales, metrics, conditions, rating values and rating states
    List<Class<?>> roots = FAMILIES.stream().<Class<?>>map(Family::root).toList();
    assertThat(roots)
        .containsExactly(
            Scale.class, Metric.class, Condition.class, RatingValue.class, RatingState.class);

    for (Family<?, ?> family : FAMILIES) {
      // when listing the family's kinds from the sealed hierarchy
      Set<Class<?>> kinds = concreteKinds(family.root());

      // then each has a codec, and there is no codec for anything else
      assertThat(kinds).as("kinds of %s", family.root().getSimpleName()).isNotEmpty();
      assertThat(family.kinds())
          .as("codecs of %s", family.root().getSimpleName())
          .containsExactlyInAnyOrderElementsOf(kinds);
    }
  }

  @Test
  void the_families_list_exactly_the_kinds_a_document_names() {
    // the names documents use, in the order messages list them
    assertThat(ScaleCodecs.FAMILY.types())
        .containsExactly(
            "band", "levels", "yes-partial-no", "yes-no", "likert", "measure", "numeric");
    assertThat(MetricCodecs.FAMILY.types())
        .containsExactly("total-points", "total-percent", "points", "percent", "indicator-percent");
    assertThat(ConditionCodecs.FAMILY.types())
        .containsExactly(
            "compare",
            "all-of",
            "any-of",
            "rung-reached",
            "coverage-at-least",
            "named",
            "rated-with");
  }

  @Test
  void a_value_of_a_kind_without_a_codec_fails_loudly_instead_of_being_written_as_something_else() {
    // given a metric family that lacks the percent metric's codec
    Family<Metric, MetricCodec<?>> partial =
        new Family<>(Metric.class, List.of(new TotalPointsMetricCodec()));

    // when asked for the codec of a percent metric
    Throwable thrown = catchThrowable(() -> partial.of(Metric.percent("1")));

    // then it refuses, naming the kind
    assertThat(thrown)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Metric")
        .hasMessageContaining("Percent");
    assertThat(partial.of(Metric.totalPoints())).isInstanceOf(TotalPointsMetricCodec.class);
  }
}
