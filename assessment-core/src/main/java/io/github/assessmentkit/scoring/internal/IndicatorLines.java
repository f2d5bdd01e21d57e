package io.github.assessmentkit.scoring.internal;

import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.RatingState;
import io.github.assessmentkit.internal.Decimals;
import io.github.assessmentkit.internal.Messages;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.scoring.IndicatorScore;
import io.github.assessmentkit.scoring.IndicatorStatus;
import io.github.assessmentkit.scoring.ScoreWarning;
import io.github.assessmentkit.spi.Coverage;
import io.github.assessmentkit.spi.Part;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Scores the indicators of a leaf for {@link ScoringEngine}: each rating, with the share of points
 * it was allotted, becomes a line of the scorecard and a part for the leaf's strategy; a missing or
 * unknown rating is reported. One instance per scoring run; not thread-safe.
 */
final class IndicatorLines {
  /** The value a rating gives, or {@code null} when it is not applicable or unknown. */
  private static final RatingState.Visitor<@Nullable RatingValue> RATED_VALUE =
      new RatingState.Visitor<>() {
        @Override
        public RatingValue visitRated(RatingState.Rated state) {
          return state.value();
        }

        @Override
        public @Nullable RatingValue visitNotApplicable(RatingState.NotApplicable state) {
          return null;
        }

        @Override
        public @Nullable RatingValue visitUnknown(RatingState.Unknown state) {
          return null;
        }
      };

  private static final Text COUNTED_AS_MET =
      Text.of("ไม่เกี่ยวข้อง (นับว่าผ่าน)", "not applicable (counted as met)");

  /** The coverage of one indicator: not rated; rated; rated and fully met. */
  private static final Coverage UNRATED = new Coverage(1, 0, 0);

  private static final Coverage RATED = new Coverage(1, 1, 0);
  private static final Coverage RATED_AND_MET = new Coverage(1, 1, 1);

  private final List<ScoreWarning> warnings;
  private final Credits credits = new Credits();

  /**
   * Creates the scorer of one run's indicators.
   *
   * @param warnings the run's warnings, added to
   */
  IndicatorLines(List<ScoreWarning> warnings) {
    this.warnings = warnings;
  }

  /**
   * Scores one indicator, adding its line and its part.
   *
   * @param i the indicator
   * @param r its rating, or {@code null} when it has none
   * @param share its points
   * @param parts where its part goes
   * @param lines where its line goes
   */
  void add(
      Indicator i,
      @Nullable Rating r,
      BigDecimal share,
      List<Part> parts,
      List<IndicatorScore> lines) {
    if (r == null) {
      warnings.add(new ScoreWarning("not-rated", i.id(), Messages.notRated(i.id())));
      unrated(i, IndicatorStatus.MISSING, share, parts, lines);
      return;
    }
    RatingValue value = r.state().accept(RATED_VALUE);
    if (value != null) {
      rated(i, value, share, parts, lines);
    } else if (r.state().accept(ScoringEngine.IS_NOT_APPLICABLE)) {
      countedAsMet(i, share, parts, lines);
    } else {
      warnings.add(new ScoreWarning("unknown", i.id(), Messages.ratedUnknown(i.id())));
      unrated(i, IndicatorStatus.UNKNOWN, share, parts, lines);
    }
  }

  private static void unrated(
      Indicator i,
      IndicatorStatus status,
      BigDecimal share,
      List<Part> parts,
      List<IndicatorScore> lines) {
    lines.add(new IndicatorScore(i.id(), i.text(), status, share, null, null, null, null));
    parts.add(new Part(i.id(), share, null, null, UNRATED, i.scale(), null));
  }

  private static void countedAsMet(
      Indicator i, BigDecimal share, List<Part> parts, List<IndicatorScore> lines) {
    Text label = COUNTED_AS_MET;
    lines.add(
        new IndicatorScore(
            i.id(),
            i.text(),
            IndicatorStatus.NOT_APPLICABLE,
            share,
            share,
            BigDecimal.ONE,
            null,
            label));
    parts.add(new Part(i.id(), share, share, BigDecimal.ONE, RATED_AND_MET, i.scale(), label));
  }

  private void rated(
      Indicator i,
      RatingValue value,
      BigDecimal share,
      List<Part> parts,
      List<IndicatorScore> lines) {
    Credits.Credit credit = credits.of(i.scale(), value);
    BigDecimal fraction = credit.fraction();
    BigDecimal earned = Decimals.earned(fraction, share);
    Text label = credit.label();
    Coverage coverage = credit.met() == 1 ? RATED_AND_MET : RATED;
    lines.add(
        new IndicatorScore(
            i.id(), i.text(), IndicatorStatus.RATED, share, earned, fraction, value, label));
    parts.add(new Part(i.id(), share, earned, fraction, coverage, i.scale(), label));
  }
}
