package io.github.assessmentkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.rubric.CriterionKind;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.spi.Coverage;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Score values built by hand: a line without both its points and fraction, a node over-earning. */
class ScoreValuesTest {
  private static IndicatorScore line(BigDecimal earned, Ratio fraction) {
    return new IndicatorScore(
        "1.1",
        Text.en("In place?"),
        IndicatorStatus.RATED,
        new BigDecimal("10.00"),
        earned,
        fraction,
        RatingValue.of(1),
        null,
        Ratio.of(10),
        List.of(),
        null);
  }

  @Test
  void a_line_without_its_earned_points_or_without_its_fraction_is_shown_unrated() {
    // either missing: nothing to multiply out, so "—"
    assertThat(line(null, Ratio.ONE).explanation()).isEqualTo("—");
    assertThat(line(new BigDecimal("10.00"), null).explanation()).isEqualTo("—");
    // both given: 1 → 1 × 10 = 10
    assertThat(line(new BigDecimal("10.00"), Ratio.ONE).explanation()).isEqualTo("1 → 1 × 10 = 10");
  }

  @Test
  void a_node_cannot_earn_more_than_it_may() {
    // 10.00 earned of 5.00 possible
    assertThatThrownBy(
            () ->
                new NodeScore(
                    "1",
                    Text.en("Item"),
                    CriterionKind.CHECKLIST,
                    true,
                    new BigDecimal("10.00"),
                    new BigDecimal("5.00"),
                    new BigDecimal("200.00"),
                    Coverage.of(1, 1, 1),
                    null,
                    Explanation.of("points-sum", Text.en("sum"), "1.1 10.00 = 10.00"),
                    List.of(),
                    List.of(),
                    Ratio.of(5),
                    Ratio.of(2)))
        .isInstanceOf(InvalidValueException.class);
  }
}
