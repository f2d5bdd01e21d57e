package io.github.assessmentkit.rubric.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.scale.Band;
import io.github.assessmentkit.scale.BandScale;
import io.github.assessmentkit.scale.Dimension;
import io.github.assessmentkit.scale.Direction;
import io.github.assessmentkit.scale.Level;
import io.github.assessmentkit.scale.LevelScale;
import io.github.assessmentkit.scale.LikertScale;
import io.github.assessmentkit.scale.MeasureScale;
import io.github.assessmentkit.scale.NumericScale;
import io.github.assessmentkit.scale.Scale;
import io.github.assessmentkit.scale.Threshold;
import io.github.assessmentkit.scale.YesNoScale;
import io.github.assessmentkit.scale.YesPartialNoScale;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How a scale changed, as a scale change says it: its type; else the values and settings it allows
 * that were added or removed; else that only its definition changed.
 */
class ScaleChangeTest {
  private static String how(Scale a, Scale b) {
    return Differ.how(a, b).get(Language.EN);
  }

  private static LevelScale levels(String... codes) {
    return new LevelScale(
        Text.en("maturity"),
        java.util.Arrays.stream(codes)
            .map(c -> new Level(c, Text.en("level " + c), null))
            .toList());
  }

  private static MeasureScale measure(String target, String... boundCredit) {
    List<Threshold> thresholds = new java.util.ArrayList<>();
    for (int i = 0; i < boundCredit.length; i += 2) {
      thresholds.add(
          new Threshold(
              new BigDecimal(boundCredit[i]),
              new BigDecimal(boundCredit[i + 1]),
              Text.en("t" + i)));
    }
    return new MeasureScale(
        "%",
        Direction.HIGHER_IS_BETTER,
        target == null ? null : new BigDecimal(target),
        thresholds,
        Text.en("below"));
  }

  @Test
  void a_scale_of_another_type_says_both_types() {
    assertThat(how(MiniRubrics.levels(), YesNoScale.STANDARD)).isEqualTo("type levels → yes-no");
    assertThat(Differ.how(MiniRubrics.levels(), YesNoScale.STANDARD).get(Language.TH))
        .isEqualTo("ชนิด levels → yes-no");
  }

  @Test
  void levels_added_and_removed_are_listed_by_code() {
    // 0..4 → 1..5: 5 is new, 0 is gone
    assertThat(how(levels("0", "1", "2", "3", "4"), levels("1", "2", "3", "4", "5")))
        .isEqualTo("values added: 5; values removed: 0");
    assertThat(how(levels("0", "1"), levels("0", "1", "2"))).isEqualTo("values added: 2");
    assertThat(how(levels("0", "1", "2"), levels("0", "2"))).isEqualTo("values removed: 1");
    // the same codes with other labels: only the definition changed
    assertThat(how(MiniRubrics.levels(), levels("0", "1", "2", "3", "4")))
        .isEqualTo("its definition changed");
    assertThat(Differ.how(MiniRubrics.levels(), levels("0", "1", "2", "3", "4")).get(Language.TH))
        .isEqualTo("นิยามของมาตรวัดเปลี่ยน");
  }

  @Test
  void bands_list_their_percents_and_dimensions() {
    // the top band 90, 95, 100 becomes 90, 100; dimension A becomes R
    BandScale coarser =
        new BandScale(
            Text.en("coarser"),
            List.of(new Dimension("R", Text.en("Results"))),
            List.of(
                new Band(1, List.of(0, 5), Text.en("none"), Map.of()),
                new Band(2, List.of(10, 15, 20, 25), Text.en("early"), Map.of()),
                new Band(3, List.of(30, 35, 40, 45), Text.en("systematic"), Map.of()),
                new Band(4, List.of(50, 55, 60, 65), Text.en("aligned"), Map.of()),
                new Band(5, List.of(70, 75, 80, 85), Text.en("integrated"), Map.of()),
                new Band(6, List.of(90, 100), Text.en("role model"), Map.of())));

    assertThat(how(MiniRubrics.bands(), coarser))
        .isEqualTo("values added: dimension R; values removed: 95%, dimension A");
  }

  @Test
  void a_partial_credit_is_compared_as_a_number() {
    // 0.5 and 0.50 allow the same: only the definition differs
    assertThat(how(YesPartialNoScale.STANDARD, new YesPartialNoScale(new BigDecimal("0.50"))))
        .isEqualTo("its definition changed");
    assertThat(how(YesPartialNoScale.STANDARD, new YesPartialNoScale(new BigDecimal("0.25"))))
        .isEqualTo("values added: partial=0.25; values removed: partial=0.5");
  }

  @Test
  void likert_points_numeric_bounds_and_steps_are_compared() {
    assertThat(
            how(
                new LikertScale(5, Text.en("low"), Text.en("high")),
                new LikertScale(7, Text.en("low"), Text.en("high"))))
        .isEqualTo("values added: points=7; values removed: points=5");
    // 0..10 → 0..20 in steps of 2.50: max changes, a step of 2.5 appears
    assertThat(
            how(
                new NumericScale(Text.en("n"), BigDecimal.ZERO, BigDecimal.TEN, null),
                new NumericScale(
                    Text.en("n"), BigDecimal.ZERO, new BigDecimal("20"), new BigDecimal("2.50"))))
        .isEqualTo("values added: max=20, step=2.5; values removed: max=10");
    // 100 written as 1E+2 still reads as 100
    assertThat(
            how(
                new NumericScale(Text.en("n"), BigDecimal.ZERO, new BigDecimal("1E+2"), null),
                new NumericScale(Text.en("n"), BigDecimal.ONE, new BigDecimal("100"), null)))
        .isEqualTo("values added: min=1; values removed: min=0");
  }

  @Test
  void a_measure_scale_lists_its_unit_direction_target_and_thresholds() {
    assertThat(how(measure("5", "3", "0.5", "5", "1"), measure(null, "3", "0.5", "6", "1")))
        .isEqualTo("values added: threshold 6→1; values removed: target=5, threshold 5→1");
    assertThat(how(measure(null, "3", "0.5"), measure("4.0", "3", "0.5")))
        .isEqualTo("values added: target=4");
    MeasureScale lower =
        new MeasureScale(
            "days",
            Direction.LOWER_IS_BETTER,
            null,
            List.of(new Threshold(new BigDecimal("3"), new BigDecimal("0.5"), Text.en("t0"))),
            Text.en("below"));
    assertThat(how(measure(null, "3", "0.5"), lower))
        .isEqualTo(
            "values added: unit=days, direction=LOWER_IS_BETTER;"
                + " values removed: unit=%, direction=HIGHER_IS_BETTER");
  }
}
