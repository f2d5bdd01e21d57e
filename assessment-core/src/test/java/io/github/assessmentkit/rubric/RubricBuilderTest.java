package io.github.assessmentkit.rubric;

import static io.github.assessmentkit.testing.MiniRubrics.band;
import static io.github.assessmentkit.testing.MiniRubrics.yesNo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class RubricBuilderTest {
  private static final Provenance TEST = Provenance.unverified(Text.en("test"), Text.en("test"));

  private static RubricBuilder rubric() {
    return Rubric.builder("r", "1")
        .title(Text.en("Rubric"))
        .provenance(TEST)
        .defaultStrategy(Strategies.POINTS_SUM);
  }

  private static Criterion leaf(String id, long points, String indicatorId) {
    return Criterion.builder(id, Text.en("criterion " + id))
        .points(points)
        .indicator(yesNo(indicatorId))
        .build();
  }

  private static Ladder ladder(String id, Metric metric) {
    return new Ladder(
        id,
        Text.en("Ladder " + id),
        metric,
        List.of(Rung.above("good", Text.en("good"), 40), Rung.bottom("fair", Text.en("fair"))),
        TEST);
  }

  private static AwardScheme scheme(String id, Condition condition) {
    return new AwardScheme(
        id,
        Text.en("Scheme " + id),
        List.of(new AwardTier("gold", Text.en("Gold"), condition)),
        TEST);
  }

  private static void assertInvalid(ThrowingCallable build, String nodeId, String message) {
    assertThatExceptionOfType(InvalidRubricException.class)
        .isThrownBy(build)
        .withMessage(message)
        .satisfies(e -> assertThat(e.nodeId()).isEqualTo(nodeId));
  }

  @Test
  void builds_a_rubric_whose_total_is_the_sum_of_its_top_level_points() {
    // when
    Rubric r = MiniRubrics.award();

    // then 60 + 40 = 100
    assertThat(r.totalPoints()).isEqualByComparingTo("100");
    assertThat(r.ref()).hasToString("mini-award@1");
    assertThat(r.allCriteria())
        .extracting(Criterion::id)
        .containsExactly("1", "1.1", "1.2", "2", "2.1");
    assertThat(r.indicators()).extracting(Indicator::id).containsExactly("1.1", "1.2", "2.1");
    // an item may share its id with its one indicator
    assertThat(r.criterion("1.1").orElseThrow().indicators().get(0).id()).isEqualTo("1.1");
    assertThat(r.indicator("2.1").orElseThrow().scale()).isEqualTo(MiniRubrics.bands());
    assertThat(r.criterion("9")).isEmpty();
    assertThat(r.defaultStrategy()).isEqualTo(Strategies.HOLISTIC_BAND);
    assertThat(r.notApplicablePolicy()).isEqualTo(NotApplicablePolicy.EXCLUDE_AND_RENORMALISE);
  }

  @Test
  void a_declared_total_must_match_the_top_level_points() {
    // when / then 60 + 40 = 100, declared 120
    assertInvalid(
        () -> Rubric.from(MiniRubrics.award()).totalPoints(120).build(),
        "mini-award",
        "the points of the children of 'mini-award' add up to 100, not 120");
  }

  @Test
  void weighted_top_level_criteria_need_a_declared_total() {
    // when / then
    assertInvalid(
        () ->
            rubric()
                .criterion(
                    Criterion.builder("G1", Text.en("g")).weight(2).indicator(yesNo("x")).build())
                .build(),
        "r",
        "rubric 'r' weighs its top-level criteria, so it needs totalPoints");
  }

  @Test
  void a_title_a_provenance_and_a_default_strategy_are_required() {
    // given
    Criterion one = leaf("1", 10, "x");

    // when / then
    assertInvalid(
        () ->
            Rubric.builder("r", "1")
                .provenance(TEST)
                .defaultStrategy("points-sum")
                .criterion(one)
                .build(),
        "r",
        "rubric 'r' has no title");
    assertInvalid(
        () ->
            Rubric.builder("r", "1")
                .title(Text.en("R"))
                .defaultStrategy("points-sum")
                .criterion(one)
                .build(),
        "r",
        "rubric 'r' has no provenance");
    assertInvalid(
        () -> Rubric.builder("r", "1").title(Text.en("R")).provenance(TEST).criterion(one).build(),
        "r",
        "rubric 'r' has no defaultStrategy");
  }

  @Test
  void criterion_ids_are_unique_across_the_whole_tree() {
    // given 1.1 under category 1 and again under category 2
    Criterion one =
        Criterion.builder("1", Text.en("one")).points(10).child(leaf("1.1", 10, "a")).build();
    Criterion two =
        Criterion.builder("2", Text.en("two")).points(10).child(leaf("1.1", 10, "b")).build();

    // when / then
    assertThatExceptionOfType(InvalidRubricException.class)
        .isThrownBy(() -> rubric().criterion(one).criterion(two).build())
        .withMessage("the id '1.1' is used more than once in the rubric")
        .satisfies(e -> assertThat(e.nodeId()).isEqualTo("1.1"))
        .satisfies(
            e ->
                assertThat(e.getMessage(Language.TH))
                    .isEqualTo("รหัส '1.1' ถูกใช้ซ้ำในเกณฑ์ชุดเดียวกัน"));
  }

  @Test
  void indicator_ids_are_unique_across_the_whole_tree() {
    // when / then
    assertInvalid(
        () -> rubric().criterion(leaf("1", 10, "q")).criterion(leaf("2", 10, "q")).build(),
        "q",
        "the id 'q' is used more than once in the rubric");
  }

  @Test
  void a_scored_leaf_needs_indicators() {
    // given
    Criterion empty = Criterion.builder("2.1", Text.en("empty")).points(40).build();
    Criterion two = Criterion.builder("2", Text.en("two")).points(40).child(empty).build();

    // when / then
    assertInvalid(
        () -> rubric().criterion(two).build(),
        "2.1",
        "criterion '2.1' is a scored leaf without indicators");
  }

  @Test
  void the_points_of_children_must_add_up_to_their_parent() {
    // given 30 + 20 under a parent of 60
    Criterion one =
        Criterion.builder("1", Text.en("one"))
            .points(60)
            .child(leaf("1.1", 30, "a"))
            .child(leaf("1.2", 20, "b"))
            .build();

    // when / then 30 + 20 = 50
    assertInvalid(
        () -> rubric().criterion(one).build(),
        "1",
        "the points of the children of '1' add up to 50, not 60");
  }

  @Test
  void siblings_use_either_points_or_weights() {
    // given
    Criterion mixed =
        Criterion.builder("1", Text.en("one"))
            .points(60)
            .child(leaf("1.1", 60, "a"))
            .child(Criterion.builder("1.2", Text.en("w")).weight(1).indicator(yesNo("b")).build())
            .build();
    Criterion weighted =
        Criterion.builder("2", Text.en("two")).weight(1).indicator(yesNo("c")).build();

    // when / then
    assertInvalid(
        () -> rubric().criterion(mixed).build(),
        "1",
        "the children of '1' mix fixed points and weights; use one or the other");
    assertInvalid(
        () -> rubric().totalPoints(100).criterion(leaf("1", 10, "a")).criterion(weighted).build(),
        "r",
        "the children of 'r' mix fixed points and weights; use one or the other");
  }

  @Test
  void a_weighted_criterion_cannot_hold_children_with_fixed_points() {
    // given
    Criterion g1 =
        Criterion.builder("G1", Text.en("g")).weight(2).child(leaf("G1.1", 10, "a")).build();

    // when / then
    assertInvalid(
        () -> rubric().totalPoints(100).criterion(g1).build(),
        "G1",
        "'G1' has a weight, so its children must have weights too, not fixed points");
  }

  @Test
  void a_profile_is_unscored_and_a_rubric_needs_something_scored() {
    // given
    Criterion scoredProfile =
        Criterion.builder("P", Text.en("profile")).kind(CriterionKind.PROFILE).points(5).build();
    Criterion profile =
        Criterion.builder("P", Text.en("profile"))
            .kind(CriterionKind.PROFILE)
            .child("P.1", Text.en("description"), c -> {})
            .build();

    // when / then
    assertInvalid(
        () -> rubric().criterion(scoredProfile).criterion(leaf("1", 10, "a")).build(),
        "P",
        "profile criterion 'P' is unscored and cannot have points, a weight or indicators");
    assertInvalid(
        () -> rubric().criterion(profile).build(), "r", "rubric 'r' has no scored criterion");
    // a profile beside scored criteria adds nothing to the total
    assertThat(rubric().criterion(profile).criterion(leaf("1", 10, "a")).build().totalPoints())
        .isEqualByComparingTo("10");
  }

  @Test
  void ladders_and_awards_may_only_name_criteria_and_rungs_the_rubric_has() {
    // given
    Rubric base = MiniRubrics.award();

    // when / then
    assertInvalid(
        () -> Rubric.from(base).ladder(ladder("cat9", Metric.percent("9"))).build(),
        "cat9",
        "'cat9' refers to criterion '9', which the rubric lacks");
    assertInvalid(
        () ->
            Rubric.from(base)
                .award(scheme("extra", Condition.atLeast(Metric.points("1", "8"), 10)))
                .build(),
        "extra/gold",
        "'extra/gold' refers to criterion '8', which the rubric lacks");
    assertInvalid(
        () ->
            Rubric.from(base)
                .award(scheme("extra", new Condition.RungReached("overall", "great")))
                .build(),
        "extra/gold",
        "'extra/gold' refers to rung 'great' of ladder 'overall', which does not exist");
    assertInvalid(
        () ->
            Rubric.from(base)
                .award(
                    scheme(
                        "extra",
                        Condition.anyOf(
                            Condition.above(Metric.totalPoints(), 1),
                            new Condition.RungReached("bands", "good"))))
                .build(),
        "extra/gold",
        "'extra/gold' refers to rung 'good' of ladder 'bands', which does not exist");
  }

  @Test
  void ladder_ids_and_award_scheme_ids_are_unique() {
    // given
    Rubric base = MiniRubrics.award();

    // when / then
    assertInvalid(
        () -> Rubric.from(base).ladder(ladder("overall", Metric.totalPercent())).build(),
        "overall",
        "the id 'overall' is used more than once in the rubric");
    assertInvalid(
        () ->
            Rubric.from(base)
                .award(scheme("mini", Condition.above(Metric.totalPoints(), 1)))
                .build(),
        "mini",
        "the id 'mini' is used more than once in the rubric");
  }

  @Test
  void an_id_or_version_cannot_hold_the_at_sign_of_a_reference() {
    // when / then
    assertThatThrownBy(() -> Rubric.builder("cqa@2025", "1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id cannot contain '@', was 'cqa@2025'");
    assertThatThrownBy(() -> Rubric.from(MiniRubrics.award()).version("1@2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("version cannot contain '@', was '1@2'");
  }

  @Test
  void points_have_at_most_two_decimal_places() {
    // when / then a total of 99.995 could be shown as 100.00 but never reached to the cent
    assertThatThrownBy(() -> rubric().totalPoints(new BigDecimal("99.995")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("totalPoints must have at most two decimal places, was 99.995");
    assertThatThrownBy(
            () -> Criterion.builder("1", Text.en("one")).points(new BigDecimal("10.005")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("points of 1 must have at most two decimal places, was 10.005");
    // trailing zeros are fine
    assertThat(
            rubric()
                .criterion(
                    Criterion.builder("1", Text.en("one"))
                        .points(new BigDecimal("12.5000"))
                        .indicator(yesNo("a"))
                        .build())
                .build()
                .totalPoints())
        .isEqualByComparingTo("12.50");
  }

  @Test
  void a_criterion_is_checked_on_its_own_when_built() {
    // when / then (a criterion may hold indicators beside its children: see RubricPoliciesTest)
    assertThatThrownBy(() -> Criterion.builder("1", Text.en("one")).points(-5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("points of 1 must be zero or more, was -5");
    // a weight of 0 is allowed (assessed, not counted); a negative one is not
    assertThatThrownBy(() -> Criterion.builder("1", Text.en("one")).weight(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight of 1 must be zero or more, was -1");
    assertThatThrownBy(() -> Indicator.of("x", Text.en("x"), MiniRubrics.bands()).withWeight(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight must be zero or more, was -1");
  }

  @Test
  void a_built_rubric_is_immutable_and_does_not_follow_its_builder() {
    // given
    RubricBuilder builder = rubric().criterion(leaf("1", 10, "a"));
    Rubric built = builder.build();

    // when the builder goes on changing
    builder.criterion(leaf("2", 5, "b")).title(Text.en("Changed"));

    // then
    assertThat(built.criteria()).extracting(Criterion::id).containsExactly("1");
    assertThat(built.title()).isEqualTo(Text.en("Rubric"));
    assertThat(built.totalPoints()).isEqualByComparingTo("10");
    assertThatThrownBy(() -> built.criteria().add(leaf("3", 1, "c")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> built.indicators().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> built.ladders().add(ladder("x", Metric.totalPoints())))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> built.criteria().get(0).indicators().add(yesNo("d")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void a_criterion_copies_the_lists_it_is_given() {
    // given
    List<Indicator> indicators = new ArrayList<>(List.of(band("1.1")));
    Criterion c =
        new Criterion(
            "1.1",
            Text.en("item"),
            CriterionKind.PROCESS,
            BigDecimal.TEN,
            null,
            null,
            List.of(),
            List.of(),
            indicators,
            ScoringPolicies.INHERIT,
            io.github.assessmentkit.Extensions.NONE);

    // when
    indicators.add(band("1.2"));

    // then
    assertThat(c.indicators()).extracting(Indicator::id).containsExactly("1.1");
  }

  @Test
  void equal_specifications_build_equal_rubrics() {
    // when / then
    assertThat(MiniRubrics.award()).isEqualTo(MiniRubrics.award());
    assertThat(MiniRubrics.award()).hasSameHashCodeAs(MiniRubrics.award());
    assertThat(MiniRubrics.award()).isNotEqualTo(MiniRubrics.checklist());
  }
}
