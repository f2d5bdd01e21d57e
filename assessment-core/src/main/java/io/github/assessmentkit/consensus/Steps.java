package io.github.assessmentkit.consensus;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.internal.ConsensusMessages;
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
import java.util.function.Function;

/**
 * The order of a scale's values, and the steps in which the distance between two of them is
 * counted. Values are ordered from the one earning least to the one earning most.
 *
 * <ul>
 *   <li>band scale: the allowed percentages in order; a step is a band, so 40 and 60 are two steps
 *       apart (band 3 to band 4 is one; 40 to 45 is none);
 *   <li>levels: in their order, one step per level;
 *   <li>yes/partial/no: no, partial, yes, one step each; yes/no: no, yes, one step;
 *   <li>Likert: points 1 to n, one step per point;
 *   <li>numeric with a step: the grid from the minimum, one step per grid step; without a step:
 *       every number, and the distance is counted in the scale's own units;
 *   <li>measure: the measured number, in the direction that is better; a step is a threshold, so
 *       the distance is the number of thresholds between the two values.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
abstract class Steps {
  /** The default tolerance: one step, or none on a yes/no scale. */
  abstract BigDecimal defaultTolerance();

  /** {@return where a value sits in the order, lowest earning first} */
  abstract BigDecimal order(RatingValue value);

  /** {@return the step a value is on, for the spread} */
  abstract BigDecimal step(RatingValue value);

  /** {@return the value halfway between two, the lower of the two middle ones when between} */
  abstract RatingValue midway(RatingValue low, RatingValue high);

  static Steps of(Scale scale) {
    return scale.accept(
        new Scale.Visitor<Steps>() {
          @Override
          public Steps visitBand(BandScale s) {
            List<RatingValue> values = new ArrayList<>();
            List<BigDecimal> bands = new ArrayList<>();
            for (Band b : s.bands()) {
              for (int p : b.percents()) {
                values.add(RatingValue.of(p));
                bands.add(BigDecimal.valueOf(b.number()));
              }
            }
            return new Ladder(values, bands, BigDecimal.ONE);
          }

          @Override
          public Steps visitLevel(LevelScale s) {
            List<RatingValue> values = new ArrayList<>();
            for (Level l : s.levels()) {
              values.add(RatingValue.choice(l.code()));
            }
            return Ladder.evenly(values, BigDecimal.ONE);
          }

          @Override
          public Steps visitYesPartialNo(YesPartialNoScale s) {
            return Ladder.evenly(
                List.of(
                    RatingValue.choice(YesPartialNoScale.NO),
                    RatingValue.choice(YesPartialNoScale.PARTIAL),
                    RatingValue.choice(YesPartialNoScale.YES)),
                BigDecimal.ONE);
          }

          @Override
          public Steps visitYesNo(YesNoScale s) {
            return Ladder.evenly(
                List.of(RatingValue.choice(YesNoScale.NO), RatingValue.choice(YesNoScale.YES)),
                BigDecimal.ZERO);
          }

          @Override
          public Steps visitLikert(LikertScale s) {
            List<RatingValue> values = new ArrayList<>();
            for (int v = 1; v <= s.points(); v++) {
              values.add(RatingValue.of(v));
            }
            return Ladder.evenly(values, BigDecimal.ONE);
          }

          @Override
          public Steps visitMeasure(MeasureScale s) {
            boolean higher = s.direction() == Direction.HIGHER_IS_BETTER;
            return new Line(
                higher,
                v -> {
                  int reached = 0;
                  for (Threshold t : s.thresholds()) {
                    int order = v.compareTo(t.bound());
                    if (higher ? order >= 0 : order <= 0) {
                      reached++;
                    }
                  }
                  return BigDecimal.valueOf(reached);
                });
          }

          @Override
          public Steps visitNumeric(NumericScale s) {
            BigDecimal step = s.step();
            if (step == null) {
              return new Line(true, v -> v);
            }
            List<RatingValue> values = new ArrayList<>();
            for (BigDecimal v = s.min(); v.compareTo(s.max()) <= 0; v = v.add(step)) {
              values.add(RatingValue.of(v));
            }
            return Ladder.evenly(values, BigDecimal.ONE);
          }
        });
  }

  /** A scale with a list of allowed values. */
  private static final class Ladder extends Steps {
    private final List<RatingValue> values;
    private final List<BigDecimal> steps;
    private final BigDecimal tolerance;

    Ladder(List<RatingValue> values, List<BigDecimal> steps, BigDecimal tolerance) {
      this.values = List.copyOf(values);
      this.steps = List.copyOf(steps);
      this.tolerance = tolerance;
    }

    static Ladder evenly(List<RatingValue> values, BigDecimal tolerance) {
      List<BigDecimal> steps = new ArrayList<>();
      for (int i = 0; i < values.size(); i++) {
        steps.add(BigDecimal.valueOf(i));
      }
      return new Ladder(values, steps, tolerance);
    }

    private int index(RatingValue value) {
      for (int i = 0; i < values.size(); i++) {
        if (same(values.get(i), value)) {
          return i;
        }
      }
      throw new InvalidValueException(ConsensusMessages.notOnScale(value.toString()));
    }

    private static boolean same(RatingValue a, RatingValue b) {
      if (a.asNumber().isPresent() && b.asNumber().isPresent()) {
        return a.asNumber().get().compareTo(b.asNumber().get()) == 0;
      }
      return a.asChoice().equals(b.asChoice());
    }

    @Override
    BigDecimal defaultTolerance() {
      return tolerance;
    }

    @Override
    BigDecimal order(RatingValue value) {
      return BigDecimal.valueOf(index(value));
    }

    @Override
    BigDecimal step(RatingValue value) {
      return steps.get(index(value));
    }

    @Override
    RatingValue midway(RatingValue low, RatingValue high) {
      return values.get((index(low) + index(high)) / 2);
    }
  }

  /** A scale of every number, in one direction or the other. */
  private static final class Line extends Steps {
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private final boolean ascending;
    private final Function<BigDecimal, BigDecimal> step;

    Line(boolean ascending, Function<BigDecimal, BigDecimal> step) {
      this.ascending = ascending;
      this.step = step;
    }

    private static BigDecimal number(RatingValue value) {
      return value.asNumber().orElseThrow();
    }

    @Override
    BigDecimal defaultTolerance() {
      return BigDecimal.ONE;
    }

    @Override
    BigDecimal order(RatingValue value) {
      BigDecimal n = number(value);
      return ascending ? n : n.negate();
    }

    @Override
    BigDecimal step(RatingValue value) {
      return step.apply(number(value));
    }

    @Override
    RatingValue midway(RatingValue low, RatingValue high) {
      // a sum of two decimals halved always ends: exact, never rounded
      return RatingValue.of(number(low).add(number(high)).divide(TWO));
    }
  }
}
