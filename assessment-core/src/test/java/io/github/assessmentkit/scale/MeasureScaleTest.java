package io.github.assessmentkit.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasureScaleTest {
  /** A savings cooperative's reserve-to-assets ratio: medium from 0.04, high from 0.10. */
  private final MeasureScale reserves =
      new MeasureScale(
          "ratio",
          Direction.HIGHER_IS_BETTER,
          new BigDecimal("0.10"),
          List.of(
              new Threshold(
                  new BigDecimal("0.04"), new BigDecimal("0.5"), Text.of("ปานกลาง", "medium")),
              new Threshold(new BigDecimal("0.10"), BigDecimal.ONE, Text.of("สูง", "high"))),
          Text.of("ต่ำ", "low"));

  /** A cost-to-income percentage: fair up to 20, good up to 10. */
  private final MeasureScale costs =
      new MeasureScale(
          "%",
          Direction.LOWER_IS_BETTER,
          null,
          List.of(
              new Threshold(new BigDecimal("20"), new BigDecimal("0.4"), Text.en("fair")),
              new Threshold(new BigDecimal("10"), BigDecimal.ONE, Text.en("good"))),
          Text.en("poor"));

  private static RatingValue value(String number) {
    return RatingValue.of(new BigDecimal(number));
  }

  @Test
  void earns_the_credit_of_the_best_threshold_reached_when_higher_is_better() {
    // when / then
    assertThat(reserves.fraction(value("0.12"))).isEqualByComparingTo("1");
    assertThat(reserves.fraction(value("0.10"))).isEqualByComparingTo("1");
    assertThat(reserves.fraction(value("0.07"))).isEqualByComparingTo("0.5");
    assertThat(reserves.fraction(value("0.03"))).isEqualByComparingTo("0");
    assertThat(reserves.label(value("0.07")).orElseThrow().get(Language.EN)).isEqualTo("medium");
    assertThat(reserves.label(value("0.03")).orElseThrow().get(Language.TH)).isEqualTo("ต่ำ");
    assertThat(reserves.isLowest(value("0.03"))).isTrue();
    assertThat(reserves.isLowest(value("0.04"))).isFalse();
  }

  @Test
  void earns_the_credit_of_the_best_threshold_reached_when_lower_is_better() {
    // when / then
    assertThat(costs.fraction(value("8"))).isEqualByComparingTo("1");
    assertThat(costs.fraction(value("20"))).isEqualByComparingTo("0.4");
    assertThat(costs.fraction(value("25"))).isEqualByComparingTo("0");
    assertThat(costs.label(value("25")).orElseThrow().get(Language.EN)).isEqualTo("poor");
  }

  @Test
  void takes_any_number_but_no_choice() {
    // when / then
    assertThat(reserves.reject(value("-3.5"))).isEmpty();
    assertThat(reserves.reject(RatingValue.choice("high")).orElseThrow().get(Language.EN))
        .isEqualTo("a measure takes a number, not 'high'");
    assertThat(reserves.type()).isEqualTo("measure");
  }

  @Test
  void refuses_thresholds_that_do_not_get_harder_and_richer() {
    // given
    Threshold easy = new Threshold(new BigDecimal("0.10"), new BigDecimal("0.5"), Text.en("a"));
    Threshold easier = new Threshold(new BigDecimal("0.04"), BigDecimal.ONE, Text.en("b"));

    // when / then
    assertThatThrownBy(
            () ->
                new MeasureScale(
                    "ratio", Direction.HIGHER_IS_BETTER, null, List.of(easy, easier), Text.en("c")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threshold 2 must be harder to reach and earn more than threshold 1");
    assertThatThrownBy(
            () ->
                new MeasureScale(
                    "ratio", Direction.HIGHER_IS_BETTER, null, List.of(), Text.en("c")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a measure scale needs at least one threshold");
    assertThatThrownBy(() -> new Threshold(BigDecimal.ONE, new BigDecimal("1.5"), Text.en("x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("credit must be 1 or less, was 1.5");
  }
}
