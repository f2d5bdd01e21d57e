package io.github.assessmentkit.results;

import io.github.assessmentkit.Extensions;
import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.RatingState;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.results.internal.ResultsMessages;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A LeTCI band suggested for one results indicator from the measures that back it, by {@link
 * LetciReading}: the band, the lowest percent of that band on the indicator's scale, the evidence
 * of each dimension and what the next band is missing. A suggestion only: the assessor's rating
 * stands unless the caller {@linkplain #apply(Assessment) applies} it.
 *
 * @param indicatorId the results indicator
 * @param measureIds the measures read, in the assessment's order
 * @param band the band suggested, from 1
 * @param percent the lowest percent of that band on the indicator's scale
 * @param dimensions the four dimensions' evidence, in the order of {@link LetciDimension}
 * @param missing what the next band is missing, or {@code null} at the scale's top band
 */
public record ResultSuggestion(
    String indicatorId,
    List<String> measureIds,
    int band,
    int percent,
    List<DimensionEvidence> dimensions,
    @Nullable Text missing) {
  /**
   * Creates the value, checking its components.
   *
   * @param indicatorId the results indicator
   * @param measureIds the measures read, in the assessment's order
   * @param band the band suggested, from 1
   * @param percent the lowest percent of that band on the indicator's scale
   * @param dimensions the four dimensions' evidence, in the order of {@link LetciDimension}
   * @param missing what the next band is missing, or {@code null} at the scale's top band
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if no measure was read, the band is below 1, the percent is
   *     outside 0 to 100 or the dimensions are not the four in order
   */
  public ResultSuggestion {
    Checks.notBlank(indicatorId, "indicatorId");
    measureIds = Checks.copy(measureIds, "measureIds");
    dimensions = Checks.copy(dimensions, "dimensions");
    boolean inOrder = dimensions.size() == LetciDimension.values().length;
    for (int i = 0; inOrder && i < dimensions.size(); i++) {
      inOrder = dimensions.get(i).dimension() == LetciDimension.values()[i];
    }
    if (measureIds.isEmpty() || band < 1 || percent < 0 || percent > 100 || !inOrder) {
      throw new InvalidValueException(
          ResultsMessages.suggestionDoesNotFit(indicatorId, band, percent));
    }
  }

  /**
   * Finds one dimension's evidence.
   *
   * @param dimension the dimension
   * @return its evidence
   */
  public DimensionEvidence dimension(LetciDimension dimension) {
    return dimensions.get(Checks.notNull(dimension, "dimension").ordinal());
  }

  /** {@return the band and each dimension's band, in Thai and English} */
  public Text summary() {
    return ResultsMessages.suggested(indicatorId, band, percent, dimensions);
  }

  /**
   * Returns the assessment with this suggestion as the indicator's rating: the rating's value set
   * to {@link #percent()} and its rationale to {@link #summary()} (Thai, then English), its other
   * fields (evidence, findings, assessor, dimension ratings) kept; a rating is added when the
   * indicator had none. The assessment given is not changed.
   *
   * @param assessment the assessment the suggestion was made from
   * @return a new assessment with the rating set
   */
  public Assessment apply(Assessment assessment) {
    Checks.notNull(assessment, "assessment");
    Text why = summary();
    String rationale = why.get(Language.TH) + " | " + why.get(Language.EN);
    RatingState state = new RatingState.Rated(RatingValue.of(percent));
    List<Rating> ratings = new ArrayList<>();
    boolean found = false;
    for (Rating r : assessment.ratings()) {
      if (!found && r.indicatorId().equals(indicatorId)) {
        found = true;
        ratings.add(
            new Rating(
                indicatorId,
                state,
                rationale,
                r.evidenceIds(),
                r.strengths(),
                r.improvements(),
                r.assessorId(),
                r.dimensions(),
                r.extensions()));
      } else {
        ratings.add(r);
      }
    }
    if (!found) {
      ratings.add(
          new Rating(
              indicatorId,
              state,
              rationale,
              List.of(),
              List.of(),
              List.of(),
              null,
              List.of(),
              Extensions.NONE));
    }
    return new Assessment(
        assessment.id(),
        assessment.subject(),
        assessment.rubric(),
        assessment.period(),
        assessment.kind(),
        assessment.status(),
        assessment.assessors(),
        ratings,
        assessment.evidence(),
        assessment.measures(),
        assessment.extensions());
  }

  /**
   * The rating this suggestion differs from, if the assessment holds one with another value.
   *
   * @param assessment the assessment
   * @return the assessor's rating, when its state is not this suggestion's percent
   */
  public Optional<Rating> differsFrom(Assessment assessment) {
    Checks.notNull(assessment, "assessment");
    RatingState suggested = new RatingState.Rated(RatingValue.of(percent));
    return assessment.rating(indicatorId).filter(r -> !r.state().equals(suggested));
  }
}
