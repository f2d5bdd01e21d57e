package io.github.assessmentkit.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every reading of a value (its fraction, exact fraction, label and whether it is the bottom)
 * refuses a value the scale does not allow, with the scale's own reason, rather than reading a
 * meaning into it.
 */
class ScaleReadersRefuseDisallowedValuesTest {
  private static final String BAND_ALLOWED =
      "0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95, 100";

  @Test
  void a_band_scale_reads_no_percentage_between_its_steps() {
    // given 37 lies inside band 3's range (30 to 45) but is not one of its steps
    BandScale bands = MiniRubrics.bands();
    RatingValue between = RatingValue.of(37);
    String reason = "37 is not an allowed percentage on this scale (allowed: " + BAND_ALLOWED + ")";

    // when / then
    assertThatThrownBy(() -> bands.exactFraction(between))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(reason);
    assertThatThrownBy(() -> bands.label(between))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(reason);
    assertThatThrownBy(() -> bands.isLowest(between))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(reason);
  }

  @Test
  void a_level_scale_reads_no_code_outside_its_levels() {
    // given levels 0 to 4; 9 is none of them
    LevelScale maturity = MiniRubrics.levels();
    RatingValue unknown = RatingValue.choice("9");
    String reason = "'9' is not a level of this scale (levels: 0, 1, 2, 3, 4)";

    // when / then
    assertThatThrownBy(() -> maturity.fraction(unknown))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(reason);
    assertThatThrownBy(() -> maturity.exactFraction(unknown))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(reason);
    assertThatThrownBy(() -> maturity.label(unknown))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(reason);
    assertThatThrownBy(() -> maturity.isLowest(unknown))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(reason);
  }

  @Test
  void a_measure_reads_no_choice() {
    // given a ratio measure, medium from 0.04
    MeasureScale reserves =
        new MeasureScale(
            "ratio",
            Direction.HIGHER_IS_BETTER,
            null,
            List.of(new Threshold(new BigDecimal("0.04"), BigDecimal.ONE, Text.en("medium"))),
            Text.en("low"));
    RatingValue choice = RatingValue.choice("high");
    String reason = "a measure takes a number, not 'high'";

    // when / then
    assertThatThrownBy(() -> reserves.fraction(choice))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(reason);
    assertThatThrownBy(() -> reserves.label(choice))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(reason);
    assertThatThrownBy(() -> reserves.isLowest(choice))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(reason);
  }

  @Test
  void a_numeric_scale_reads_no_value_beyond_its_maximum() {
    // given 0 to 5; 6 would read as 6 / 5 if it were not refused
    NumericScale zeroToFive = NumericScale.of(Text.en("score"), 0, 5);
    RatingValue beyond = RatingValue.of(6);
    String reason = "'6' is outside 0 to 5";

    // when / then
    assertThatThrownBy(() -> zeroToFive.exactFraction(beyond))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(reason);
    assertThatThrownBy(() -> zeroToFive.label(beyond))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(reason);
    assertThatThrownBy(() -> zeroToFive.isLowest(beyond))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(reason);
  }

  @Test
  void a_measure_refuses_thresholds_that_are_not_strictly_harder_and_richer() {
    // given
    Threshold fourHalf = new Threshold(new BigDecimal("0.04"), new BigDecimal("0.5"), Text.en("a"));
    Threshold fourWhole = new Threshold(new BigDecimal("0.04"), BigDecimal.ONE, Text.en("b"));
    Threshold tenHalf = new Threshold(new BigDecimal("0.10"), new BigDecimal("0.5"), Text.en("c"));
    Threshold tenQuarter =
        new Threshold(new BigDecimal("0.10"), new BigDecimal("0.25"), Text.en("d"));
    String reason = "threshold 2 must be harder to reach and earn more than threshold 1";

    // when / then the same bound is not harder, whichever way is better
    assertThatThrownBy(() -> measure(Direction.HIGHER_IS_BETTER, fourHalf, fourWhole))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(reason);
    assertThatThrownBy(() -> measure(Direction.LOWER_IS_BETTER, fourHalf, fourWhole))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(reason);
    // a harder bound (0.04 -> 0.10) for the same credit 0.5, or for less (0.5 -> 0.25), is refused
    assertThatThrownBy(() -> measure(Direction.HIGHER_IS_BETTER, fourHalf, tenHalf))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(reason);
    assertThatThrownBy(() -> measure(Direction.HIGHER_IS_BETTER, fourHalf, tenQuarter))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(reason);
  }

  @Test
  void a_likert_scale_reads_no_point_beyond_its_top() {
    // given 5 points; 6 would read as (6 - 1) / 4 = 1.25 if it were not refused
    LikertScale fivePoint = new LikertScale(5, Text.en("disagree"), Text.en("agree"));
    RatingValue beyond = RatingValue.of(6);
    String reason = fivePoint.reject(beyond).orElseThrow().get(Language.EN);

    // when / then
    assertThat(reason).contains("'6'");
    assertThatThrownBy(() -> fivePoint.fraction(beyond))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(reason);
    assertThatThrownBy(() -> fivePoint.exactFraction(beyond))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(reason);
    assertThatThrownBy(() -> fivePoint.label(beyond))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(reason);
    assertThatThrownBy(() -> fivePoint.isLowest(beyond))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(reason);
  }

  @Test
  void a_likert_scale_has_3_to_11_points() {
    // when / then the ends are allowed, one beyond each is refused
    assertThat(new LikertScale(3, Text.en("low"), Text.en("high")).points()).isEqualTo(3);
    assertThat(new LikertScale(11, Text.en("low"), Text.en("high")).points()).isEqualTo(11);
    assertThatThrownBy(() -> new LikertScale(2, Text.en("low"), Text.en("high")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("a Likert scale has 3 to 11 points, was 2");
    assertThatThrownBy(() -> new LikertScale(12, Text.en("low"), Text.en("high")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("a Likert scale has 3 to 11 points, was 12");
  }

  @Test
  void yes_no_scales_read_no_other_choice() {
    // given "maybe" is none of yes, partial, no
    RatingValue maybe = RatingValue.choice("maybe");
    YesNoScale yesNo = YesNoScale.STANDARD;
    YesPartialNoScale yesPartialNo = YesPartialNoScale.STANDARD;
    String yesNoReason = yesNo.reject(maybe).orElseThrow().get(Language.EN);
    String yesPartialNoReason = yesPartialNo.reject(maybe).orElseThrow().get(Language.EN);

    // when / then
    assertThat(yesNoReason).contains("'maybe'");
    assertThat(yesPartialNoReason).contains("'maybe'");
    assertThatThrownBy(() -> yesNo.label(maybe))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(yesNoReason);
    assertThatThrownBy(() -> yesNo.isLowest(maybe))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(yesNoReason);
    assertThatThrownBy(() -> yesPartialNo.fraction(maybe))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(yesPartialNoReason);
    assertThatThrownBy(() -> yesPartialNo.label(maybe))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(yesPartialNoReason);
    assertThatThrownBy(() -> yesPartialNo.isLowest(maybe))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(yesPartialNoReason);
  }

  private static MeasureScale measure(Direction direction, Threshold first, Threshold second) {
    return new MeasureScale("ratio", direction, null, List.of(first, second), Text.en("low"));
  }
}
