package io.github.assessmentkit.planning.internal;

import io.github.assessmentkit.scale.Band;
import io.github.assessmentkit.scale.BandScale;
import io.github.assessmentkit.scale.Direction;
import io.github.assessmentkit.scale.Level;
import io.github.assessmentkit.scale.LevelScale;
import io.github.assessmentkit.scale.LikertScale;
import io.github.assessmentkit.scale.MeasureScale;
import io.github.assessmentkit.scale.NumericScale;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.scale.Scale;
import io.github.assessmentkit.scale.Threshold;
import io.github.assessmentkit.scale.YesNoScale;
import io.github.assessmentkit.scale.YesPartialNoScale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The values above a rating, one step at a time, as each kind of scale defines its steps: the
 * allowed percentages of a band scale, the levels, no → partial → yes, no → yes, the Likert points,
 * the bounds of a measure's thresholds still to reach, and the grid of a numeric scale.
 */
public final class StepChains {
  private StepChains() {}

  /**
   * Lists the values above a value, nearest first.
   *
   * @param scale the indicator's scale
   * @param value a value allowed on it
   * @return the values one step up, two steps up and so on to the top; empty at the top; {@code
   *     null} when the scale defines no steps (a numeric scale without a grid)
   */
  public static @Nullable List<RatingValue> above(Scale scale, RatingValue value) {
    return scale.accept(
        new Scale.Visitor<@Nullable List<RatingValue>>() {
          @Override
          public List<RatingValue> visitBand(BandScale s) {
            int now = value.asNumber().orElseThrow().intValueExact();
            List<RatingValue> out = new ArrayList<>();
            for (Band band : s.bands()) {
              for (int p : band.percents()) {
                if (p > now) {
                  out.add(RatingValue.of(p));
                }
              }
            }
            return out;
          }

          @Override
          public List<RatingValue> visitLevel(LevelScale s) {
            int now = s.rank(value.asChoice().orElseThrow());
            List<RatingValue> out = new ArrayList<>();
            List<Level> levels = s.levels();
            for (int i = now + 1; i < levels.size(); i++) {
              out.add(RatingValue.choice(levels.get(i).code()));
            }
            return out;
          }

          @Override
          public List<RatingValue> visitYesPartialNo(YesPartialNoScale s) {
            return switch (value.asChoice().orElseThrow()) {
              case YesPartialNoScale.NO ->
                  List.of(
                      RatingValue.choice(YesPartialNoScale.PARTIAL),
                      RatingValue.choice(YesPartialNoScale.YES));
              case YesPartialNoScale.PARTIAL -> List.of(RatingValue.choice(YesPartialNoScale.YES));
              default -> List.of();
            };
          }

          @Override
          public List<RatingValue> visitYesNo(YesNoScale s) {
            return YesNoScale.NO.equals(value.asChoice().orElseThrow())
                ? List.of(RatingValue.choice(YesNoScale.YES))
                : List.of();
          }

          @Override
          public List<RatingValue> visitLikert(LikertScale s) {
            int now = value.asNumber().orElseThrow().intValueExact();
            List<RatingValue> out = new ArrayList<>();
            for (int v = now + 1; v <= s.points(); v++) {
              out.add(RatingValue.of(v));
            }
            return out;
          }

          @Override
          public List<RatingValue> visitMeasure(MeasureScale s) {
            BigDecimal now = value.asNumber().orElseThrow();
            boolean higher = s.direction() == Direction.HIGHER_IS_BETTER;
            List<RatingValue> out = new ArrayList<>();
            for (Threshold t : s.thresholds()) {
              int order = now.compareTo(t.bound());
              boolean reached = higher ? order >= 0 : order <= 0;
              if (!reached) {
                out.add(RatingValue.of(t.bound()));
              }
            }
            return out;
          }

          @Override
          public @Nullable List<RatingValue> visitNumeric(NumericScale s) {
            BigDecimal step = s.step();
            if (step == null) {
              return null;
            }
            List<RatingValue> out = new ArrayList<>();
            for (BigDecimal v = value.asNumber().orElseThrow().add(step);
                v.compareTo(s.max()) <= 0;
                v = v.add(step)) {
              out.add(RatingValue.of(v));
            }
            return out;
          }
        });
  }
}
