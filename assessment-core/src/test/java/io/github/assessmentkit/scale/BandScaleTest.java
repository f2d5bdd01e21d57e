package io.github.assessmentkit.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BandScaleTest {
  private static final String ALLOWED =
      "0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95, 100";

  private final BandScale bands = MiniRubrics.bands();

  @Test
  void allows_only_the_percentages_of_its_bands() {
    // when / then
    assertThat(bands.reject(RatingValue.of(35))).isEmpty();
    assertThat(bands.reject(RatingValue.of(new BigDecimal("35.0")))).isEmpty();
    assertThat(bands.reject(RatingValue.of(37)).orElseThrow().get(Language.EN))
        .isEqualTo("37 is not an allowed percentage on this scale (allowed: " + ALLOWED + ")");
    assertThat(bands.reject(RatingValue.of(new BigDecimal("35.5"))).orElseThrow().get(Language.EN))
        .isEqualTo("35.5 is not an allowed percentage on this scale (allowed: " + ALLOWED + ")");
    assertThat(bands.reject(RatingValue.choice("yes")).orElseThrow().get(Language.EN))
        .isEqualTo("a band scale takes a percentage, not the choice 'yes'");
  }

  @Test
  void earns_the_chosen_percentage_and_names_its_band() {
    // when / then 35 % -> 0.35, in band 3 (30, 35, 40, 45)
    assertThat(bands.fraction(RatingValue.of(35))).isEqualByComparingTo("0.35");
    assertThat(bands.label(RatingValue.of(35)).orElseThrow())
        .isEqualTo(Text.of("ช่วงคะแนนที่ 3", "Band 3"));
    assertThat(bands.fraction(RatingValue.of(100))).isEqualByComparingTo("1");
    assertThat(bands.type()).isEqualTo("band");
  }

  @Test
  void the_lowest_band_is_the_bottom_of_the_scale() {
    // when / then
    assertThat(bands.isLowest(RatingValue.of(0))).isTrue();
    assertThat(bands.isLowest(RatingValue.of(5))).isTrue();
    assertThat(bands.isLowest(RatingValue.of(10))).isFalse();
  }

  @Test
  void finds_the_band_of_a_step_and_the_band_holding_any_percentage() {
    // when / then
    assertThat(bands.bandOf(55).orElseThrow().number()).isEqualTo(4);
    assertThat(bands.bandOf(62)).isEmpty();
    // a computed share such as 47.5 % lies in band 3, which reaches up to band 4's 50
    assertThat(bands.bandContaining(new BigDecimal("47.5")).number()).isEqualTo(3);
    assertThat(bands.bandContaining(new BigDecimal("62.5")).number()).isEqualTo(4);
    assertThat(bands.bandContaining(BigDecimal.ZERO).number()).isEqualTo(1);
    assertThat(bands.bandContaining(new BigDecimal("100")).number()).isEqualTo(6);
  }

  @Test
  void caps_an_item_at_the_top_of_the_band_of_its_weakest_dimension() {
    // given item 70 % with A 70, D 45, L 60, I 65: D is the weakest, in band 3 (30, 35, 40, 45)
    List<RatingValue> adli =
        List.of(RatingValue.of(70), RatingValue.of(45), RatingValue.of(60), RatingValue.of(65));

    // when
    BigDecimal capped = bands.capped(RatingValue.of(70), adli);

    // then 70 is brought down to 45, the top of band 3
    assertThat(bands.weakestBand(adli).orElseThrow().number()).isEqualTo(3);
    assertThat(capped).isEqualByComparingTo("45");
  }

  @Test
  void leaves_an_item_its_percentage_when_the_weakest_dimension_supports_it() {
    // given A 70, D 70, L 75, I 80: the weakest, 70, lies in band 5, whose top is 85
    List<RatingValue> adli =
        List.of(RatingValue.of(70), RatingValue.of(70), RatingValue.of(75), RatingValue.of(80));

    // when / then 70 and 85 stay; 90 comes down to 85; no dimension, no cap
    assertThat(bands.capped(RatingValue.of(70), adli)).isEqualByComparingTo("70");
    assertThat(bands.capped(RatingValue.of(85), adli)).isEqualByComparingTo("85");
    assertThat(bands.capped(RatingValue.of(90), adli)).isEqualByComparingTo("85");
    assertThat(bands.capped(RatingValue.of(90), List.of())).isEqualByComparingTo("90");
    assertThat(bands.weakestBand(List.of())).isEmpty();
    // a dimension at 0 holds the item to the top of band 1, 5
    assertThat(bands.capped(RatingValue.of(55), List.of(RatingValue.of(0))))
        .isEqualByComparingTo("5");
  }

  @Test
  void refuses_to_cap_with_a_value_it_does_not_allow() {
    // when / then
    assertThatThrownBy(() -> bands.capped(RatingValue.of(37), List.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("37 is not an allowed percentage on this scale (allowed: " + ALLOWED + ")");
    assertThatThrownBy(() -> bands.capped(RatingValue.of(70), List.of(RatingValue.of(62))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("62 is not an allowed percentage on this scale (allowed: " + ALLOWED + ")");
  }

  @Test
  void refuses_to_turn_a_value_it_does_not_allow_into_a_fraction() {
    // when / then
    assertThatThrownBy(() -> bands.fraction(RatingValue.of(37)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("37 is not an allowed percentage on this scale (allowed: " + ALLOWED + ")");
  }

  @Test
  void refuses_it_with_the_reason_in_thai_as_well() {
    // when / then
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> bands.fraction(RatingValue.of(37)))
        .satisfies(
            e ->
                assertThat(e.getMessage(Language.TH))
                    .isEqualTo(
                        "37 ไม่ใช่ร้อยละที่มาตรวัดนี้อนุญาต (ค่าที่ใช้ได้: " + ALLOWED + ")"));
  }

  @Test
  void carries_adli_descriptors_as_data() {
    // given an ADLI scale with one described band
    List<Dimension> adli =
        List.of(
            new Dimension("A", Text.en("Approach")),
            new Dimension("D", Text.en("Deployment")),
            new Dimension("L", Text.en("Learning")),
            new Dimension("I", Text.en("Integration")));
    Band first =
        new Band(
            1,
            List.of(0, 5),
            Text.en("reacting to problems"),
            Map.of("A", Text.en("no systematic approach"), "D", Text.en("little deployment")));
    BandScale scale = new BandScale(Text.en("ADLI"), adli, List.of(first));

    // when / then
    assertThat(scale.dimensions()).extracting(Dimension::code).containsExactly("A", "D", "L", "I");
    assertThat(scale.bands().get(0).descriptors().get("A"))
        .isEqualTo(Text.en("no systematic approach"));
    assertThat(scale.bands().get(0).descriptors()).containsOnlyKeys("A", "D");
  }

  @Test
  void refuses_bands_out_of_order_overlapping_or_describing_unknown_dimensions() {
    // given
    Band one = new Band(1, List.of(0, 5), Text.en("one"), Map.of());
    Band two = new Band(2, List.of(5, 10), Text.en("two"), Map.of());
    Band described = new Band(1, List.of(0), Text.en("one"), Map.of("X", Text.en("x")));
    Dimension a = new Dimension("A", Text.en("Approach"));

    // when / then
    assertThatThrownBy(() -> new BandScale(Text.en("s"), List.of(), List.of(two)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("band at position 1 is numbered 2");
    assertThatThrownBy(() -> new BandScale(Text.en("s"), List.of(), List.of(one, two)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("band 2 overlaps band 1");
    assertThatThrownBy(() -> new BandScale(Text.en("s"), List.of(a), List.of(described)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("band 1 describes unknown dimension X");
    assertThatThrownBy(() -> new BandScale(Text.en("s"), List.of(a, a), List.of(one)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dimension A is listed twice");
    assertThatThrownBy(() -> new BandScale(Text.en("s"), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a band scale needs at least one band");
  }

  @Test
  void refuses_a_band_with_percentages_outside_0_to_100_or_not_ascending() {
    // when / then
    assertThatThrownBy(() -> new Band(6, List.of(90, 101), Text.en("b"), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("band 6 allows 101 %, outside 0 to 100");
    assertThatThrownBy(() -> new Band(2, List.of(15, 10), Text.en("b"), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("band 2 percentages must ascend, 10 follows 15");
    assertThatThrownBy(() -> new Band(2, List.of(), Text.en("b"), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("band 2 allows no percentage");
    assertThatThrownBy(() -> new Band(0, List.of(0), Text.en("b"), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("band number must be 1 or more, was 0");
  }
}
