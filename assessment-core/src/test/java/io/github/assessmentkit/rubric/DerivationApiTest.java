package io.github.assessmentkit.rubric;

import static io.github.assessmentkit.testing.MiniRubrics.band;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The derivation API beyond adding: indicators removed, replaced and moved anywhere in the tree;
 * ladders and award schemes replaced or removed; criteria reweighted by points or by weight; kinds
 * passed down by every form of {@code child(...)}; and build errors of a derived rubric naming what
 * came from the base rubric and what the derivation changed.
 */
class DerivationApiTest {
  private final Rubric award = MiniRubrics.award();
  private final Rubric checklist = MiniRubrics.checklist();
  private final Rubric untouched = MiniRubrics.award();

  @Test
  void an_indicator_is_replaced_in_its_place_wherever_it_stands() {
    // given 1.1 required to cite evidence, by replacing the indicator only
    Indicator strict = band("1.1").requiringEvidence();

    // when
    Rubric derived = Rubric.from(award).replaceIndicator(strict).build();

    // then
    assertThat(derived.indicator("1.1")).contains(strict);
    assertThat(derived.criterion("1.1").orElseThrow().indicators()).containsExactly(strict);
    assertThat(award).isEqualTo(untouched);
    assertThat(award.indicator("1.1").orElseThrow().evidenceRequired()).isFalse();
  }

  @Test
  void an_indicator_is_removed_from_a_leaf_that_keeps_others() {
    // given principle G2 with G2.1, G2.2 and G2.3
    // when
    Rubric derived = Rubric.from(checklist).removeIndicator("G2.2").build();

    // then
    assertThat(derived.criterion("G2").orElseThrow().indicators())
        .extracting(Indicator::id)
        .containsExactly("G2.1", "G2.3");
    assertThat(derived.indicator("G2.2")).isEmpty();
    assertThat(checklist.indicator("G2.2")).isPresent();
  }

  @Test
  void removing_the_last_indicator_of_a_leaf_fails_naming_the_leaf() {
    // when / then
    assertThatExceptionOfType(InvalidRubricException.class)
        .isThrownBy(() -> Rubric.from(award).removeIndicator("2.1").build())
        .withMessage(
            "criterion '2.1' is a scored leaf without indicators"
                + " (changed by this derivation: removeIndicator('2.1') from '2.1')")
        .satisfies(e -> assertThat(e.nodeId()).isEqualTo("2.1"));
  }

  @Test
  void an_indicator_moves_to_another_criterion_as_it_is() {
    // given G1.2 moved from G1 to G2
    // when
    Rubric derived = Rubric.from(checklist).moveIndicator("G1.2", "G2").build();

    // then it is the last indicator of G2, unchanged, and G1 keeps G1.1
    assertThat(derived.criterion("G1").orElseThrow().indicators())
        .extracting(Indicator::id)
        .containsExactly("G1.1");
    assertThat(derived.criterion("G2").orElseThrow().indicators())
        .extracting(Indicator::id)
        .containsExactly("G2.1", "G2.2", "G2.3", "G1.2");
    assertThat(derived.indicator("G1.2")).isEqualTo(checklist.indicator("G1.2"));
  }

  @Test
  void an_indicator_is_added_to_a_criterion_by_id() {
    // when
    Rubric derived = Rubric.from(checklist).addIndicator("G1", MiniRubrics.yesNo("G1.3")).build();

    // then
    assertThat(derived.criterion("G1").orElseThrow().indicators())
        .extracting(Indicator::id)
        .containsExactly("G1.1", "G1.2", "G1.3");
  }

  @Test
  void naming_an_indicator_that_does_not_exist_fails_at_once_in_both_languages() {
    // when / then
    assertThatExceptionOfType(InvalidRubricException.class)
        .isThrownBy(() -> Rubric.from(award).removeIndicator("9.9"))
        .withMessage("no indicator has the id '9.9'")
        .satisfies(
            e -> assertThat(e.text().get(Language.TH)).isEqualTo("ไม่พบตัวชี้วัดรหัส '9.9'"));
    assertThatExceptionOfType(InvalidRubricException.class)
        .isThrownBy(() -> Rubric.from(award).replaceIndicator(band("9.9")))
        .withMessage("no indicator has the id '9.9'");
    assertThatExceptionOfType(InvalidRubricException.class)
        .isThrownBy(() -> Rubric.from(award).moveIndicator("1.1", "9"))
        .withMessage("no criterion has the id '9'");
  }

  @Test
  void a_ladder_is_replaced_or_removed_where_adding_it_again_is_a_duplicate() {
    // given a stricter "overall" ladder: good above 60
    Ladder base = award.ladder("overall").orElseThrow();
    Ladder stricter =
        new Ladder(
            "overall",
            base.title(),
            Metric.totalPoints(),
            List.of(Rung.above("good", Text.en("good"), 60), Rung.bottom("fair", Text.en("fair"))),
            base.provenance());

    // when
    Rubric replaced = Rubric.from(award).replaceLadder(stricter).build();
    Rubric removed = Rubric.from(award).removeLadder("overall").build();

    // then: adding it again was the only way before, and it is still a duplicate
    assertThatExceptionOfType(InvalidRubricException.class)
        .isThrownBy(() -> Rubric.from(award).ladder(stricter).build())
        .withMessage("the id 'overall' is used more than once in the rubric");
    assertThat(replaced.ladders()).containsExactly(stricter);
    assertThat(removed.ladders()).isEmpty();
    assertThat(award).isEqualTo(untouched);
    assertThatExceptionOfType(InvalidRubricException.class)
        .isThrownBy(() -> Rubric.from(award).removeLadder("ranks"))
        .withMessage("no ladder has the id 'ranks'");
  }

  @Test
  void an_award_scheme_is_replaced_or_removed() {
    // given a scheme "mini" with one tier only
    AwardScheme base = award.awards().get(0);
    AwardScheme goldOnly =
        new AwardScheme("mini", base.title(), List.of(base.tiers().get(0)), base.provenance());

    // when
    Rubric replaced = Rubric.from(award).replaceAward(goldOnly).build();
    Rubric removed = Rubric.from(award).removeAward("mini").build();

    // then
    assertThatExceptionOfType(InvalidRubricException.class)
        .isThrownBy(() -> Rubric.from(award).award(goldOnly).build())
        .withMessage("the id 'mini' is used more than once in the rubric");
    assertThat(replaced.awards()).containsExactly(goldOnly);
    assertThat(removed.awards()).isEmpty();
    assertThatExceptionOfType(InvalidRubricException.class)
        .isThrownBy(() -> Rubric.from(award).removeAward("maxi"))
        .withMessage("no award scheme has the id 'maxi'");
  }

  @Test
  void a_weighted_set_is_reweighted_by_weight() {
    // given principles G1 weight 2 and G2 weight 1 of 100 points
    // when G2 weighs 2 as well
    Rubric derived = Rubric.from(checklist).reweightByWeight("G2", 2).build();

    // then both weigh 2 and keep no fixed points
    assertThat(derived.criterion("G2").orElseThrow().weight()).isEqualByComparingTo("2");
    assertThat(derived.criterion("G2").orElseThrow().points()).isNull();
    assertThat(checklist.criterion("G2").orElseThrow().weight()).isEqualByComparingTo("1");
  }

  @Test
  void reweighting_by_points_on_a_weighted_set_names_the_reweight_that_caused_the_mix() {
    // when / then: before, the message said only that the children mix points and weights
    assertThatExceptionOfType(InvalidRubricException.class)
        .isThrownBy(() -> Rubric.from(checklist).reweight("G2", 2).build())
        .withMessage(
            "the children of 'mini-checklist' mix fixed points and weights; use one or the other"
                + " (changed by this derivation: reweight('G2') gave it 2 fixed points)")
        .satisfies(
            e ->
                assertThat(e.text().get(Language.TH))
                    .endsWith("(เปลี่ยนในการดัดแปลงนี้: reweight('G2') ให้คะแนนเต็ม 2)"));
  }

  @Test
  void a_sum_that_does_not_add_up_names_the_points_that_came_from_the_base_set() {
    // given category 1 of 60 (1.1 = 40, 1.2 = 20) from the base; 1.2 reweighted to 15
    // when / then 40 + 15 = 55, not the 60 of '1' kept from mini-award@1
    assertThatExceptionOfType(InvalidRubricException.class)
        .isThrownBy(() -> Rubric.from(award).version("2").reweight("1.2", 15).build())
        .withMessage(
            "the points of the children of '1' add up to 55, not 60"
                + " (the 60 of '1' from the base set mini-award@1;"
                + " changed by this derivation: reweight('1.2') gave it 15 fixed points)")
        .satisfies(
            e ->
                assertThat(e.text().get(Language.TH))
                    .isEqualTo(
                        "คะแนนของเกณฑ์ย่อยภายใต้ '1' รวมได้ 55 แต่ต้องเท่ากับ 60"
                            + " (คะแนนเต็ม 60 ของ '1' มาจากเกณฑ์ชุดต้นแบบ mini-award@1;"
                            + " เปลี่ยนในการดัดแปลงนี้: reweight('1.2') ให้คะแนนเต็ม 15)"));
  }

  @Test
  void an_error_a_new_rubric_makes_on_its_own_names_no_base() {
    // given the same mismatch written from scratch
    RubricBuilder fresh =
        Rubric.builder("fresh", "1")
            .title(Text.en("fresh"))
            .provenance(award.provenance())
            .defaultStrategy("holistic-band")
            .criterion(
                Criterion.builder("1", Text.en("one"))
                    .points(60)
                    .child("1.1", Text.en("a"), c -> c.points(40).indicator(band("1.1")))
                    .build());

    // when / then
    assertThatExceptionOfType(InvalidRubricException.class)
        .isThrownBy(fresh::build)
        .withMessage("the points of the children of '1' add up to 40, not 60")
        .satisfies(e -> assertThat(e.getClass()).isEqualTo(InvalidRubricException.class));
  }

  @Test
  void every_form_of_child_passes_the_parents_kind_down() {
    // given a process category; children built apart with no kind of their own, or with one
    Criterion apart =
        Criterion.builder("1.1", Text.en("a")).points(30).indicator(band("1.1")).build();
    Criterion results =
        Criterion.builder("1.3", Text.en("c"))
            .kind(CriterionKind.RESULTS)
            .points(10)
            .indicator(band("1.3"))
            .build();

    // when
    Criterion category =
        Criterion.builder("1", Text.en("Leadership"))
            .kind(CriterionKind.PROCESS)
            .points(60)
            .child(apart)
            .child("1.2", Text.en("b"), c -> c.points(20).indicator(band("1.2")))
            .child(results)
            .build();

    // then: before, child(Criterion) kept OTHER
    assertThat(category.children())
        .extracting(Criterion::kind)
        .containsExactly(CriterionKind.PROCESS, CriterionKind.PROCESS, CriterionKind.RESULTS);
  }

  @Test
  void a_criterion_added_by_derivation_takes_its_parents_kind() {
    // given item 2.2 built apart, with no kind, under results category 2; 2.1 down to 30
    Criterion item22 =
        Criterion.builder("2.2", Text.en("Staff results"))
            .points(10)
            .indicator(band("2.2"))
            .build();

    // when
    Rubric derived = Rubric.from(award).reweight("2.1", 30).add("2", item22).build();

    // then
    assertThat(derived.criterion("2.2").orElseThrow().kind()).isEqualTo(CriterionKind.RESULTS);
  }

  @Test
  void a_child_is_replaced_or_removed_inside_a_criterion_builder() {
    // given category 1 of award
    Criterion one = award.criterion("1").orElseThrow();
    Criterion new12 =
        Criterion.builder("1.2", Text.en("Governance")).points(20).indicator(band("1.2g")).build();

    // when
    Criterion replaced = one.with(b -> b.replaceChild(new12));
    Criterion removed = one.with(b -> b.removeChild("1.2").points(40));

    // then
    assertThat(replaced.children().get(1).indicators())
        .extracting(Indicator::id)
        .containsExactly("1.2g");
    assertThat(replaced.children().get(1).kind()).isEqualTo(CriterionKind.PROCESS);
    assertThat(removed.children()).extracting(Criterion::id).containsExactly("1.1");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> one.with(b -> b.removeIndicator("1.1")))
        .withMessage("criterion '1' has no indicator with the id '1.1'");
  }

  @Test
  void reweighting_takes_a_decimal_weight() {
    // when
    Rubric derived = Rubric.from(checklist).reweightByWeight("G1", new BigDecimal("1.5")).build();

    // then
    assertThat(derived.criterion("G1").orElseThrow().weight()).isEqualByComparingTo("1.5");
  }
}
