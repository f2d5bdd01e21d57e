package io.github.assessmentkit.rubric;

import static io.github.assessmentkit.testing.MiniRubrics.band;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Text;
import org.junit.jupiter.api.Test;

/**
 * Deriving a rubric from another (add, replace, remove, reweight, rename, re-version) gives a new
 * rubric and leaves the original as it was.
 */
class RubricDerivationTest {
  private final Rubric base = MiniRubrics.award();
  private final Rubric untouched = MiniRubrics.award();

  @Test
  void adds_a_criterion_under_an_existing_one() {
    // given item 2.2 of 10 points, with 2.1 down from 40 to 30 so category 2 still adds up
    Criterion item22 =
        Criterion.builder("2.2", Text.en("Staff results"))
            .points(10)
            .indicator(band("2.2"))
            .build();

    // when
    Rubric derived = Rubric.from(base).version("2").reweight("2.1", 30).add("2", item22).build();

    // then 30 + 10 = 40
    assertThat(derived.criterion("2").orElseThrow().children())
        .extracting(Criterion::id)
        .containsExactly("2.1", "2.2");
    assertThat(derived.indicator("2.2")).isPresent();
    assertThat(derived.totalPoints()).isEqualByComparingTo("100");
    assertThat(base).isEqualTo(untouched);
    assertThat(base.criterion("2.2")).isEmpty();
    assertThat(base.criterion("2.1").orElseThrow().points()).isEqualByComparingTo("40");
  }

  @Test
  void replaces_a_criterion_wherever_it_stands() {
    // given a new 1.2 with a yes/partial/no indicator instead of a band
    Criterion new12 =
        Criterion.builder("1.2", Text.en("Governance and society"))
            .kind(CriterionKind.PROCESS)
            .points(20)
            .indicator(MiniRubrics.yesNo("1.2-g"))
            .build();

    // when
    Rubric derived = Rubric.from(base).replace(new12).build();

    // then
    assertThat(derived.criterion("1.2").orElseThrow()).isEqualTo(new12);
    assertThat(derived.indicator("1.2")).isEmpty();
    assertThat(derived.indicator("1.2-g")).isPresent();
    assertThat(base).isEqualTo(untouched);
    assertThat(base.indicator("1.2")).isPresent();
  }

  @Test
  void removes_a_criterion_and_everything_below_it() {
    // when 1.2 goes and 1.1 takes its 20 points: 40 + 20 = 60
    Rubric derived = Rubric.from(base).remove("1.2").reweight("1.1", 60).build();

    // then
    assertThat(derived.criterion("1.2")).isEmpty();
    assertThat(derived.indicator("1.2")).isEmpty();
    assertThat(derived.criterion("1").orElseThrow().children())
        .extracting(Criterion::id)
        .containsExactly("1.1");
    assertThat(base).isEqualTo(untouched);
  }

  @Test
  void removing_a_category_needs_the_declared_total_changed_too() {
    // when / then the derived builder keeps the total of 100; without category 2 the rest is 60
    assertThatExceptionOfType(InvalidRubricException.class)
        .isThrownBy(() -> Rubric.from(base).remove("2").build())
        .withMessage(
            "the points of the children of 'mini-award' add up to 60, not 100"
                + " (the total 100 from the base set mini-award@1;"
                + " changed by this derivation: remove('2'))");
    Rubric smaller = Rubric.from(base).remove("2").totalPoints(null).build();
    assertThat(smaller.totalPoints()).isEqualByComparingTo("60");
  }

  @Test
  void reweighting_one_sibling_alone_fails_naming_the_parent() {
    // when / then 1.1 at 30 and 1.2 at 20 make 50, not category 1's 60
    assertThatExceptionOfType(InvalidRubricException.class)
        .isThrownBy(() -> Rubric.from(base).reweight("1.1", 30).build())
        .withMessage(
            "the points of the children of '1' add up to 50, not 60"
                + " (the 60 of '1' from the base set mini-award@1;"
                + " changed by this derivation: reweight('1.1') gave it 30 fixed points)")
        .satisfies(e -> assertThat(e.nodeId()).isEqualTo("1"));
    // reweighting both keeps 30 + 30 = 60
    Rubric derived = Rubric.from(base).reweight("1.1", 30).reweight("1.2", 30).build();
    assertThat(derived.criterion("1.2").orElseThrow().points()).isEqualByComparingTo("30");
    assertThat(base).isEqualTo(untouched);
  }

  @Test
  void reweighting_takes_points_with_two_decimal_places() {
    // when 1.1 takes 39.50 and 1.2 takes 20.50: 39.50 + 20.50 = 60.00, category 1's points
    Rubric derived =
        Rubric.from(base)
            .reweight("1.1", new java.math.BigDecimal("39.50"))
            .reweight("1.2", new java.math.BigDecimal("20.50"))
            .build();

    // then
    assertThat(derived.criterion("1.1").orElseThrow().points()).isEqualByComparingTo("39.50");
    assertThat(derived.totalPoints()).isEqualByComparingTo("100");
    assertThat(base).isEqualTo(untouched);
  }

  @Test
  void renames_adds_areas_and_modifies_in_place() {
    // when
    Rubric derived =
        Rubric.from(base)
            .rename("1", Text.of("การนำองค์กร", "Leading the cooperative"))
            .addArea("1.1", new Area("1.1a", Text.en("How do leaders set direction?")))
            .modify("2.1", c -> c.strategy("weakest-link"))
            .build();

    // then
    assertThat(derived.criterion("1").orElseThrow().title())
        .isEqualTo(Text.of("การนำองค์กร", "Leading the cooperative"));
    assertThat(derived.criterion("1.1").orElseThrow().areas())
        .extracting(Area::id)
        .containsExactly("1.1a");
    assertThat(derived.criterion("2.1").orElseThrow().strategy()).isEqualTo("weakest-link");
    assertThat(base).isEqualTo(untouched);
    assertThat(base.criterion("1").orElseThrow().title()).isEqualTo(Text.en("Leadership"));
    assertThat(base.criterion("1.1").orElseThrow().areas()).isEmpty();
  }

  @Test
  void re_versions_and_renames_the_rubric_itself() {
    // when
    Rubric derived =
        Rubric.from(base).id("mini-award-savings").version("2").edition("2567-2570").build();

    // then
    assertThat(derived.ref()).hasToString("mini-award-savings@2");
    assertThat(derived.edition()).contains("2567-2570");
    assertThat(base.ref()).hasToString("mini-award@1");
    assertThat(base.edition()).isEmpty();
  }

  @Test
  void a_derivation_that_changes_nothing_gives_an_equal_rubric() {
    // when / then
    assertThat(Rubric.from(base).build()).isEqualTo(base);
  }

  @Test
  void naming_a_criterion_that_does_not_exist_fails_at_once() {
    // when / then
    assertThatExceptionOfType(InvalidRubricException.class)
        .isThrownBy(() -> Rubric.from(base).remove("9"))
        .withMessage("no criterion has the id '9'")
        .satisfies(e -> assertThat(e.nodeId()).isEqualTo("9"));
    assertThatExceptionOfType(InvalidRubricException.class)
        .isThrownBy(() -> Rubric.from(base).reweight("9.1", 5))
        .withMessage("no criterion has the id '9.1'");
    assertThatExceptionOfType(InvalidRubricException.class)
        .isThrownBy(() -> Rubric.from(base).add("9", base.criteria().get(0)))
        .withMessage("no criterion has the id '9'");
  }
}
