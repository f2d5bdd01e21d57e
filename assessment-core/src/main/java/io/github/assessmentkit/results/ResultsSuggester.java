package io.github.assessmentkit.results;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Measure;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.results.internal.ResultsMessages;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.BandScale;
import io.github.assessmentkit.scale.LevelScale;
import io.github.assessmentkit.scale.LikertScale;
import io.github.assessmentkit.scale.MeasureScale;
import io.github.assessmentkit.scale.NumericScale;
import io.github.assessmentkit.scale.Scale;
import io.github.assessmentkit.scale.YesNoScale;
import io.github.assessmentkit.scale.YesPartialNoScale;
import io.github.assessmentkit.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Suggests LeTCI bands for results indicators from the measures that back them, by {@link
 * LetciReading}. Reads the assessment's measures only; never changes a rating. Pure and
 * thread-safe.
 *
 * <pre>{@code
 * Optional<ResultSuggestion> s = ResultsSuggester.suggest(rubric, assessment, "7.1a");
 * Assessment rated = s.orElseThrow().apply(assessment); // only when the caller chooses to
 * }</pre>
 */
public final class ResultsSuggester {
  private ResultsSuggester() {}

  /**
   * Suggests a band for every indicator on a band scale that a measure with data backs, in the
   * rubric's order.
   *
   * @param rubric the rubric the assessment answers
   * @param assessment the assessment, with its measures
   * @return the suggestions
   */
  public static List<ResultSuggestion> suggest(Rubric rubric, Assessment assessment) {
    Checks.notNull(rubric, "rubric");
    Checks.notNull(assessment, "assessment");
    List<ResultSuggestion> out = new ArrayList<>();
    for (Indicator i : rubric.indicators()) {
      BandScale scale = i.scale().accept(new BandOf());
      if (scale != null) {
        suggest(i.id(), scale, assessment).ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * Suggests a band for every results indicator, as {@link #suggest(Rubric, Assessment)} does, with
   * the assessment they were read from.
   *
   * @param rubric the rubric the assessment answers
   * @param assessment the assessment, with its measures
   * @return the report
   */
  public static SuggestionReport report(Rubric rubric, Assessment assessment) {
    List<ResultSuggestion> all = suggest(rubric, assessment);
    return new SuggestionReport(
        assessment.id(), assessment.subject().id(), assessment.rubric(), assessment.period(), all);
  }

  /**
   * Suggests a band for one indicator.
   *
   * @param rubric the rubric the assessment answers
   * @param assessment the assessment, with its measures
   * @param indicatorId the results indicator
   * @return the suggestion, or empty when no measure with data backs the indicator
   * @throws io.github.assessmentkit.InvalidValueException if the rubric has no such indicator or it
   *     is not on a band scale
   */
  public static Optional<ResultSuggestion> suggest(
      Rubric rubric, Assessment assessment, String indicatorId) {
    Checks.notNull(rubric, "rubric");
    Checks.notNull(assessment, "assessment");
    Checks.notBlank(indicatorId, "indicatorId");
    Indicator indicator =
        rubric
            .indicator(indicatorId)
            .orElseThrow(
                () -> new InvalidValueException(ResultsMessages.noSuchIndicator(indicatorId)));
    BandScale scale = indicator.scale().accept(new BandOf());
    if (scale == null) {
      throw new InvalidValueException(ResultsMessages.notOnABandScale(indicatorId));
    }
    return suggest(indicatorId, scale, assessment);
  }

  private static Optional<ResultSuggestion> suggest(
      String indicatorId, BandScale scale, Assessment assessment) {
    List<Measure> measures = new ArrayList<>();
    for (Measure m : assessment.measures()) {
      if (m.indicatorIds().contains(indicatorId) && !m.series().isEmpty()) {
        measures.add(m);
      }
    }
    if (measures.isEmpty()) {
      return Optional.empty();
    }
    int n = measures.size();
    List<DimensionEvidence> dimensions = new ArrayList<>();
    List<Integer> bands = new ArrayList<>();
    for (LetciDimension d : LetciDimension.values()) {
      int good = 0;
      int strong = 0;
      for (Measure m : measures) {
        good += LetciReading.good(d, m) ? 1 : 0;
        strong += LetciReading.strong(d, m) ? 1 : 0;
      }
      int band = LetciReading.band(good, strong, n);
      Text toNext =
          band >= LetciReading.TOP_BAND
              ? null
              : ResultsMessages.dimensionToNext(
                  d, band + 1, LetciReading.shortOfNext(band, good, strong, n), band >= 4);
      dimensions.add(
          new DimensionEvidence(
              d,
              band,
              good,
              strong,
              n,
              ResultsMessages.evidence(d, good, strong, measures),
              toNext));
      bands.add(band);
    }
    int band = Math.min(LetciReading.bestFit(bands), scale.bands().size());
    int percent = scale.bands().get(band - 1).min();
    Text missing = null;
    if (band < scale.bands().size() && band < LetciReading.TOP_BAND) {
      List<DimensionEvidence> below = new ArrayList<>();
      int supporting = 0;
      for (DimensionEvidence e : dimensions) {
        if (e.band() > band) {
          supporting++;
        } else {
          below.add(e);
        }
      }
      missing = ResultsMessages.missing(band + 1, supporting, below);
    }
    return Optional.of(
        new ResultSuggestion(
            indicatorId,
            measures.stream().map(Measure::id).toList(),
            band,
            percent,
            dimensions,
            missing));
  }

  /** Keeps a band scale; every other scale is visited to nothing, none by a cast. */
  private static final class BandOf implements Scale.Visitor<@Nullable BandScale> {
    @Override
    public BandScale visitBand(BandScale scale) {
      return scale;
    }

    @Override
    public @Nullable BandScale visitLevel(LevelScale scale) {
      return null;
    }

    @Override
    public @Nullable BandScale visitYesPartialNo(YesPartialNoScale scale) {
      return null;
    }

    @Override
    public @Nullable BandScale visitYesNo(YesNoScale scale) {
      return null;
    }

    @Override
    public @Nullable BandScale visitLikert(LikertScale scale) {
      return null;
    }

    @Override
    public @Nullable BandScale visitMeasure(MeasureScale scale) {
      return null;
    }

    @Override
    public @Nullable BandScale visitNumeric(NumericScale scale) {
      return null;
    }
  }
}
