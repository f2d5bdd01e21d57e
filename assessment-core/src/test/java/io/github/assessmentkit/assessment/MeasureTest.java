package io.github.assessmentkit.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.scale.Direction;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A measure's lists: comparisons, backed indicators and linked requirements are each listed once,
 * with no blank entry, and each {@code with} method replaces one list and keeps every other field.
 */
class MeasureTest {
  private static final Observation Y2555 =
      new Observation(FiscalYear.ofBuddhistEra(2555), new BigDecimal("0.06"));
  private static final Comparison PEERS =
      new Comparison("peers", Text.en("peer average"), new BigDecimal("0.05"));
  private static final Comparison BEST =
      new Comparison("best", Text.en("best in class"), new BigDecimal("0.12"));

  private final Measure reserves =
      new Measure(
          "reserves",
          Text.en("reserve to assets"),
          "ratio",
          Direction.HIGHER_IS_BETTER,
          new BigDecimal("0.10"),
          List.of(Y2555));

  private static InvalidValueException refusal(Runnable make) {
    InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class, make::run);
    assertThat(thrown).isNotNull();
    return thrown;
  }

  @Test
  void the_short_constructor_lists_no_comparison_indicator_or_requirement() {
    assertThat(reserves.comparisons()).isEmpty();
    assertThat(reserves.indicatorIds()).isEmpty();
    assertThat(reserves.requirements()).isEmpty();
  }

  @Test
  void a_measure_without_values_has_no_latest_value() {
    // given an empty series
    Measure empty =
        new Measure(
            "members", Text.en("members"), "people", Direction.HIGHER_IS_BETTER, null, List.of());

    // then
    assertThat(empty.latest()).isEmpty();
    assertThat(empty.target()).isNull();
  }

  @Test
  void with_comparisons_replaces_the_comparisons_and_keeps_every_other_field() {
    // given a measure backing one indicator and linked to one requirement
    Measure linked = reserves.backing("ind-1").linkedTo("req-1");

    // when the comparisons are set twice, the second call replaces the first
    Measure compared = linked.withComparisons(PEERS).withComparisons(BEST);

    // then
    assertThat(compared.comparisons()).containsExactly(BEST);
    assertThat(compared.indicatorIds()).containsExactly("ind-1");
    assertThat(compared.requirements()).containsExactly("req-1");
    assertThat(compared.id()).isEqualTo("reserves");
    assertThat(compared.name()).isEqualTo(Text.en("reserve to assets"));
    assertThat(compared.unit()).isEqualTo("ratio");
    assertThat(compared.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
    assertThat(compared.target()).isEqualByComparingTo("0.10");
    assertThat(compared.series()).containsExactly(Y2555);
  }

  @Test
  void backing_replaces_the_indicators_and_keeps_comparisons_and_requirements() {
    // given
    Measure linked = reserves.withComparisons(PEERS).linkedTo("req-1");

    // when
    Measure backed = linked.backing("ind-1", "ind-2").backing("ind-3");

    // then
    assertThat(backed.indicatorIds()).containsExactly("ind-3");
    assertThat(backed.comparisons()).containsExactly(PEERS);
    assertThat(backed.requirements()).containsExactly("req-1");
    assertThat(backed.series()).containsExactly(Y2555);
    assertThat(backed.target()).isEqualByComparingTo("0.10");
  }

  @Test
  void linked_to_replaces_the_requirements_and_keeps_comparisons_and_indicators() {
    // given
    Measure backed = reserves.withComparisons(PEERS, BEST).backing("ind-1");

    // when
    Measure linked = backed.linkedTo("req-1").linkedTo("req-2", "req-3");

    // then
    assertThat(linked.requirements()).containsExactly("req-2", "req-3");
    assertThat(linked.comparisons()).containsExactly(PEERS, BEST);
    assertThat(linked.indicatorIds()).containsExactly("ind-1");
    assertThat(linked.unit()).isEqualTo("ratio");
  }

  @Test
  void a_comparison_listed_twice_is_refused_in_both_languages() {
    // given a second comparison with the id of the first
    Comparison peersAgain = new Comparison("peers", Text.en("peers again"), BigDecimal.ONE);

    // when
    InvalidValueException e = refusal(() -> reserves.withComparisons(PEERS, BEST, peersAgain));

    // then
    assertThat(e.getMessage()).isEqualTo("measure reserves lists comparisons peers twice");
    assertThat(e.text().get(Language.TH))
        .isEqualTo("ตัวชี้วัดเชิงปริมาณ 'reserves' ระบุ comparisons 'peers' ซ้ำ");
  }

  @Test
  void an_indicator_backed_twice_is_refused_in_both_languages() {
    // when
    InvalidValueException e = refusal(() -> reserves.backing("ind-1", "ind-2", "ind-1"));

    // then
    assertThat(e.getMessage()).isEqualTo("measure reserves lists indicatorIds ind-1 twice");
    assertThat(e.text().get(Language.TH))
        .isEqualTo("ตัวชี้วัดเชิงปริมาณ 'reserves' ระบุ indicatorIds 'ind-1' ซ้ำ");
  }

  @Test
  void a_requirement_linked_twice_is_refused_in_both_languages() {
    // when
    InvalidValueException e = refusal(() -> reserves.linkedTo("req-1", "req-1"));

    // then
    assertThat(e.getMessage()).isEqualTo("measure reserves lists requirements req-1 twice");
    assertThat(e.text().get(Language.TH))
        .isEqualTo("ตัวชี้วัดเชิงปริมาณ 'reserves' ระบุ requirements 'req-1' ซ้ำ");
  }

  @Test
  void a_blank_indicator_or_requirement_is_refused_naming_its_place() {
    // when the third indicator (index 2) and the second requirement (index 1) are blank
    InvalidValueException indicator = refusal(() -> reserves.backing("ind-1", "ind-2", " "));
    InvalidValueException requirement = refusal(() -> reserves.linkedTo("req-1", ""));

    // then
    assertThat(indicator.getMessage()).isEqualTo("indicatorIds[2] cannot be blank");
    assertThat(indicator.text().get(Language.TH))
        .isEqualTo("indicatorIds[2] ต้องไม่เป็นข้อความว่าง");
    assertThat(requirement.getMessage()).isEqualTo("requirements[1] cannot be blank");
    assertThat(requirement.text().get(Language.TH))
        .isEqualTo("requirements[1] ต้องไม่เป็นข้อความว่าง");
  }

  @Test
  void two_values_for_one_year_are_refused_in_thai_too() {
    // given two observations of FY 2555 BE (Common Era 2012), whatever their values
    Observation other = new Observation(FiscalYear.ofBuddhistEra(2555), new BigDecimal("0.07"));

    // when
    InvalidValueException e =
        refusal(
            () ->
                new Measure(
                    "reserves",
                    Text.en("reserve to assets"),
                    "ratio",
                    Direction.HIGHER_IS_BETTER,
                    null,
                    List.of(Y2555, other)));

    // then
    assertThat(e.text().get(Language.TH))
        .isEqualTo("ตัวชี้วัดเชิงปริมาณ 'reserves' มีสองค่าสำหรับ FY2012");
  }

  @Test
  void a_blank_id_or_unit_is_refused() {
    // when
    InvalidValueException id =
        refusal(
            () ->
                new Measure(
                    " ", Text.en("x"), "ratio", Direction.HIGHER_IS_BETTER, null, List.of()));
    InvalidValueException unit =
        refusal(
            () ->
                new Measure(
                    "reserves", Text.en("x"), "", Direction.HIGHER_IS_BETTER, null, List.of()));

    // then
    assertThat(id.getMessage()).isEqualTo("id cannot be blank");
    assertThat(unit.getMessage()).isEqualTo("unit cannot be blank");
    assertThat(unit.text().get(Language.TH)).isEqualTo("unit ต้องไม่เป็นข้อความว่าง");
  }
}
