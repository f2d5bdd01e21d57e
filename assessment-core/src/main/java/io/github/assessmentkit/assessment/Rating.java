package io.github.assessmentkit.assessment;

import io.github.assessmentkit.Extensions;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.scale.RatingValue;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One assessor's rating of one indicator, with its reasons and evidence.
 *
 * <pre>{@code
 * Rating r = Rating.of("1.1", RatingValue.of(55))
 *     .withRationale("Board reviews the plan every quarter")
 *     .withEvidence("ev-minutes-2566");
 * Rating na = Rating.notApplicable("G6.3", "The group runs no store");
 * Rating adli = Rating.of("1.1", 70)
 *     .withDimensions(DimensionRating.of("A", 70), DimensionRating.of("D", 45),
 *         DimensionRating.of("L", 60), DimensionRating.of("I", 65));
 * }</pre>
 *
 * @param indicatorId the indicator rated
 * @param state the value, not applicable, or unknown
 * @param rationale why, or {@code null}
 * @param evidenceIds the evidence cited
 * @param strengths strengths noted
 * @param improvements opportunities for improvement noted
 * @param assessorId who rated, or {@code null}
 * @param dimensions the ratings of the band scale's dimensions, each with its reason; empty unless
 *     the indicator is rated on a band scale and the assessor rated them
 * @param extensions fields from a newer format, kept as they came
 */
public record Rating(
    String indicatorId,
    RatingState state,
    @Nullable String rationale,
    List<String> evidenceIds,
    List<String> strengths,
    List<String> improvements,
    @Nullable String assessorId,
    List<DimensionRating> dimensions,
    Extensions extensions) {
  /**
   * Creates the value, checking its components.
   *
   * @param indicatorId the indicator rated
   * @param state the value, not applicable, or unknown
   * @param rationale why, or {@code null}
   * @param evidenceIds the evidence cited
   * @param strengths strengths noted
   * @param improvements opportunities for improvement noted
   * @param assessorId who rated, or {@code null}
   * @param dimensions the ratings of the band scale's dimensions
   * @param extensions fields from a newer format, kept as they came
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public Rating {
    Checks.notBlank(indicatorId, "indicatorId");
    Checks.notNull(state, "state");
    evidenceIds = Checks.copy(evidenceIds, "evidenceIds");
    strengths = Checks.copy(strengths, "strengths");
    improvements = Checks.copy(improvements, "improvements");
    dimensions = Checks.copy(dimensions, "dimensions");
    Checks.notNull(extensions, "extensions");
  }

  private static Rating bare(String indicatorId, RatingState state) {
    return new Rating(
        indicatorId,
        state,
        null,
        List.of(),
        List.of(),
        List.of(),
        null,
        List.of(),
        Extensions.NONE);
  }

  /**
   * A rating with a value.
   *
   * @param indicatorId the indicator
   * @param value the value
   * @return the rating
   */
  public static Rating of(String indicatorId, RatingValue value) {
    return bare(indicatorId, new RatingState.Rated(value));
  }

  /**
   * A numeric rating, such as a band percentage.
   *
   * @param indicatorId the indicator
   * @param number the number
   * @return the rating
   */
  public static Rating of(String indicatorId, long number) {
    return of(indicatorId, RatingValue.of(number));
  }

  /**
   * A choice rating, such as {@code "yes"} or a level's code.
   *
   * @param indicatorId the indicator
   * @param code the code
   * @return the rating
   */
  public static Rating choice(String indicatorId, String code) {
    return of(indicatorId, RatingValue.choice(code));
  }

  /**
   * A not-applicable rating.
   *
   * @param indicatorId the indicator
   * @param reason why it does not apply
   * @return the rating
   */
  public static Rating notApplicable(String indicatorId, String reason) {
    return bare(indicatorId, new RatingState.NotApplicable(reason));
  }

  /**
   * An unknown rating.
   *
   * @param indicatorId the indicator
   * @param note why it is unknown, or {@code null}
   * @return the rating
   */
  public static Rating unknown(String indicatorId, @Nullable String note) {
    return bare(indicatorId, new RatingState.Unknown(note));
  }

  /**
   * Returns a copy with a rationale.
   *
   * @param text the rationale
   * @return the copy
   */
  public Rating withRationale(@Nullable String text) {
    return new Rating(
        indicatorId,
        state,
        text,
        evidenceIds,
        strengths,
        improvements,
        assessorId,
        dimensions,
        extensions);
  }

  /**
   * Returns a copy citing evidence.
   *
   * @param ids the evidence ids
   * @return the copy
   */
  public Rating withEvidence(String... ids) {
    return new Rating(
        indicatorId,
        state,
        rationale,
        List.of(ids),
        strengths,
        improvements,
        assessorId,
        dimensions,
        extensions);
  }

  /**
   * Returns a copy with strengths and opportunities for improvement.
   *
   * @param newStrengths the strengths
   * @param newImprovements the opportunities for improvement
   * @return the copy
   */
  public Rating withFindings(List<String> newStrengths, List<String> newImprovements) {
    return new Rating(
        indicatorId,
        state,
        rationale,
        evidenceIds,
        newStrengths,
        newImprovements,
        assessorId,
        dimensions,
        extensions);
  }

  /**
   * Returns a copy naming the assessor.
   *
   * @param id the assessor's id
   * @return the copy
   */
  public Rating by(@Nullable String id) {
    return new Rating(
        indicatorId,
        state,
        rationale,
        evidenceIds,
        strengths,
        improvements,
        id,
        dimensions,
        extensions);
  }

  /**
   * Returns a copy with the ratings of the band scale's dimensions, in place of any it had.
   *
   * @param ratings one per dimension rated
   * @return the copy
   * @throws NullPointerException if a rating is null
   */
  public Rating withDimensions(DimensionRating... ratings) {
    return withDimensions(Arrays.asList(ratings));
  }

  /**
   * Returns a copy with the ratings of the band scale's dimensions, in place of any it had.
   *
   * @param ratings one per dimension rated
   * @return the copy
   * @throws NullPointerException if the list or one of its ratings is null
   */
  public Rating withDimensions(List<DimensionRating> ratings) {
    return new Rating(
        indicatorId,
        state,
        rationale,
        evidenceIds,
        strengths,
        improvements,
        assessorId,
        ratings,
        extensions);
  }

  /**
   * Finds the rating of one dimension.
   *
   * @param code the dimension's code, for example {@code "D"}
   * @return its first rating, or empty when it is not rated
   */
  public Optional<DimensionRating> dimension(String code) {
    for (DimensionRating d : dimensions) {
      if (d.dimension().equals(code)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
