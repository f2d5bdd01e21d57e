package io.github.assessmentkit.json.internal;

import static io.github.assessmentkit.json.internal.CommonDocs.present;
import static io.github.assessmentkit.json.internal.CommonDocs.presentShared;

import io.github.assessmentkit.Extensions;
import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentKind;
import io.github.assessmentkit.assessment.AssessmentStatus;
import io.github.assessmentkit.assessment.Assessor;
import io.github.assessmentkit.assessment.Comparison;
import io.github.assessmentkit.assessment.DimensionRating;
import io.github.assessmentkit.assessment.Evidence;
import io.github.assessmentkit.assessment.EvidenceKind;
import io.github.assessmentkit.assessment.Measure;
import io.github.assessmentkit.assessment.Observation;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.RatingState;
import io.github.assessmentkit.assessment.Subject;
import io.github.assessmentkit.internal.StatusMessages;
import io.github.assessmentkit.json.internal.CommonDocs.TextDoc;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.scale.Direction;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.time.DateRange;
import io.github.assessmentkit.time.FiscalYear;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The records an assessment document is read into, with their Jakarta constraints, and how each
 * becomes the model. {@link AssessmentReader} fills them in.
 */
final class AssessmentDocs {
  private AssessmentDocs() {}

  record AssessmentDoc(
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String id,
      @NotNull(message = K.REQUIRED) @Valid @Nullable SubjectDoc subject,
      @NotNull(message = K.REQUIRED) @Nullable RubricRef rubric,
      @NotNull(message = K.REQUIRED) @Nullable FiscalYear period,
      @Nullable AssessmentKind kind,
      @Nullable AssessmentStatus status,
      @Identifier @Nullable String supersedes,
      @NotNull(message = K.REQUIRED) @Elements
          @Nullable List<@Valid @Nullable AssessorDoc> assessors,
      @NotNull(message = K.REQUIRED) @Elements @Nullable List<@Valid @Nullable RatingDoc> ratings,
      @NotNull(message = K.REQUIRED) @Elements
          @Nullable List<@Valid @Nullable EvidenceDoc> evidence,
      @NotNull(message = K.REQUIRED) @Elements @Nullable List<@Valid @Nullable MeasureDoc> measures,
      Extensions extensions) {

    Assessment toModel() {
      Subject who = Objects.requireNonNull(subject).toModel();
      List<Assessor> people = new ArrayList<>();
      for (AssessorDoc a : present(assessors)) {
        people.add(
            Located.at(
                a.at(),
                () ->
                    new Assessor(
                        Objects.requireNonNull(a.id()),
                        Objects.requireNonNull(a.name()),
                        a.role())));
      }
      List<Rating> rated = new ArrayList<>();
      for (RatingDoc r : present(ratings)) {
        rated.add(Located.at(r.at(), r::toModel));
      }
      List<Evidence> held = new ArrayList<>();
      for (EvidenceDoc e : present(evidence)) {
        held.add(Located.at(e.at(), e::toModel));
      }
      List<Measure> kpis = new ArrayList<>();
      for (MeasureDoc m : present(measures)) {
        kpis.add(Located.at(m.at(), m::toModel));
      }
      String replaced = supersedes;
      if (replaced != null && replaced.equals(id)) {
        Located.<Assessment>at(
            Where.ROOT.field("supersedes"),
            () -> {
              throw new InvalidValueException(StatusMessages.supersedesItself(replaced));
            });
      }
      return new Assessment(
          Objects.requireNonNull(id),
          who,
          Objects.requireNonNull(rubric),
          Objects.requireNonNull(period),
          kind == null ? AssessmentKind.SELF : kind,
          status == null ? AssessmentStatus.DRAFT : status,
          people,
          rated,
          held,
          kpis,
          extensions,
          supersedes);
    }
  }

  record SubjectDoc(
      Where at,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String id,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc name,
      @NotNull(message = K.REQUIRED) @Nullable OrganisationType type,
      @Nullable String province) {

    /** Builds the subject; a value the model refuses is reported at this object. */
    Subject toModel() {
      return Located.at(
          at,
          () ->
              new Subject(
                  Objects.requireNonNull(id),
                  Objects.requireNonNull(name).toModel(),
                  Objects.requireNonNull(type),
                  province));
    }
  }

  record AssessorDoc(
      Where at,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String id,
      @NotNull(message = K.REQUIRED) @Visible @Nullable String name,
      @Nullable String role) {}

  /**
   * A rating; exactly one of {@code value} (a number or a choice's code), {@code notApplicable}
   * (the reason) and {@code unknown} ({@code true} or a note) is set.
   *
   * @param at the path
   * @param indicator the indicator's id
   * @param value a {@link BigDecimal} or a code, or null
   * @param notApplicable the reason, or null
   * @param unknown {@link Boolean#TRUE} or a note, or null
   * @param rationale the rationale
   * @param evidence the evidence ids
   * @param strengths the strengths
   * @param improvements the opportunities for improvement
   * @param assessor the assessor's id
   * @param dimensions the ratings of the band scale's dimensions
   * @param extensions unknown fields
   */
  record RatingDoc(
      Where at,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String indicator,
      @Identifier @Nullable Object value,
      @Nullable String notApplicable,
      @Nullable Object unknown,
      @Nullable String rationale,
      @NotNull(message = K.REQUIRED) @Elements(identifiers = true)
          @Nullable List<@Nullable String> evidence,
      @NotNull(message = K.REQUIRED) @Elements @Nullable List<@Nullable String> strengths,
      @NotNull(message = K.REQUIRED) @Elements @Nullable List<@Nullable String> improvements,
      @Identifier @Nullable String assessor,
      @NotNull(message = K.REQUIRED) @Elements
          @Nullable List<@Valid @Nullable DimensionRatingDoc> dimensions,
      Extensions extensions) {

    Rating toModel() {
      RatingState state;
      if (value instanceof BigDecimal d) {
        state = new RatingState.Rated(RatingValue.of(d));
      } else if (value instanceof String code) {
        state = new RatingState.Rated(RatingValue.choice(code));
      } else if (notApplicable != null) {
        state = new RatingState.NotApplicable(notApplicable);
      } else {
        state = new RatingState.Unknown(unknown instanceof String note ? note : null);
      }
      // the rating keeps its own copies of the lists
      return new Rating(
          Objects.requireNonNull(indicator),
          state,
          rationale,
          presentShared(evidence),
          presentShared(strengths),
          presentShared(improvements),
          assessor,
          dimensionRatings(dimensions),
          extensions);
    }
  }

  /**
   * Builds the dimension ratings read, as a rating or a scorecard's indicator line holds them; a
   * value the model refuses is reported at its own object.
   *
   * @param dimensions the ratings read, or null
   * @return the model's ratings, in document order; empty when none
   */
  static List<DimensionRating> dimensionRatings(
      @Nullable List<@Nullable DimensionRatingDoc> dimensions) {
    if (dimensions == null || dimensions.isEmpty()) {
      return List.of();
    }
    List<DimensionRating> out = new ArrayList<>(dimensions.size());
    for (DimensionRatingDoc d : present(dimensions)) {
      out.add(Located.at(d.at(), d::toModel));
    }
    return out;
  }

  /**
   * {@code {"dimension": "D", "value": 45, "rationale": {"th": "...", "en": "..."}}}: the rating of
   * one dimension of a band scale.
   *
   * @param at the path
   * @param dimension the dimension's code
   * @param value the percentage
   * @param rationale why, or null
   */
  record DimensionRatingDoc(
      Where at,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String dimension,
      @NotNull(message = K.REQUIRED)
          @Min(value = 0, message = K.AT_LEAST)
          @Max(value = 100, message = K.AT_MOST)
          @Nullable BigDecimal value,
      @Nullable TextDoc rationale) {

    DimensionRating toModel() {
      return new DimensionRating(
          Objects.requireNonNull(dimension),
          RatingValue.of(Objects.requireNonNull(value)),
          rationale == null ? null : rationale.toModel());
    }
  }

  record EvidenceDoc(
      Where at,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String id,
      @NotNull(message = K.REQUIRED) @Nullable EvidenceKind kind,
      @NotNull(message = K.REQUIRED) @NotBlank(message = K.NOT_BLANK) @Nullable String title,
      @Nullable URI location,
      @Pattern(regexp = "[0-9a-f]{64}", message = K.SHA256) @Nullable String sha256,
      @Nullable LocalDate collectedOn,
      @Nullable LocalDate effectiveFrom,
      @Nullable LocalDate effectiveTo,
      @Nullable LocalDate expiresOn,
      @Nullable String owner,
      @Nullable String note,
      Extensions extensions) {

    Evidence toModel() {
      DateRange effective =
          effectiveFrom == null || effectiveTo == null
              ? null
              : new DateRange(effectiveFrom, effectiveTo);
      return new Evidence(
          Objects.requireNonNull(id),
          Objects.requireNonNull(kind),
          Objects.requireNonNull(title),
          location,
          sha256,
          collectedOn,
          effective,
          expiresOn,
          owner,
          note,
          extensions);
    }
  }

  record MeasureDoc(
      Where at,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String id,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc name,
      @NotNull(message = K.REQUIRED) @NotBlank(message = K.NOT_BLANK) @Nullable String unit,
      @NotNull(message = K.REQUIRED) @Nullable Direction direction,
      @Nullable BigDecimal target,
      @NotNull(message = K.REQUIRED) @Elements
          @Nullable List<@Valid @Nullable ObservationDoc> series,
      @NotNull(message = K.REQUIRED) @Elements
          @Nullable List<@Valid @Nullable ComparisonDoc> comparisons,
      @NotNull(message = K.REQUIRED) @Elements(identifiers = true)
          @Nullable List<@Nullable String> indicators,
      @NotNull(message = K.REQUIRED) @Elements(identifiers = true)
          @Nullable List<@Nullable String> requirements) {

    Measure toModel() {
      List<Observation> points = new ArrayList<>();
      for (ObservationDoc o : present(series)) {
        points.add(
            new Observation(Objects.requireNonNull(o.period()), Objects.requireNonNull(o.value())));
      }
      List<Comparison> against = new ArrayList<>();
      for (ComparisonDoc c : present(comparisons)) {
        against.add(
            new Comparison(
                Objects.requireNonNull(c.id()),
                Objects.requireNonNull(c.name()).toModel(),
                Objects.requireNonNull(c.value())));
      }
      return new Measure(
          Objects.requireNonNull(id),
          Objects.requireNonNull(name).toModel(),
          Objects.requireNonNull(unit),
          Objects.requireNonNull(direction),
          target,
          points,
          against,
          present(indicators),
          present(requirements));
    }
  }

  record ComparisonDoc(
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String id,
      @NotNull(message = K.REQUIRED) @Valid @Nullable TextDoc name,
      @NotNull(message = K.REQUIRED) @Nullable BigDecimal value) {}

  record ObservationDoc(
      @NotNull(message = K.REQUIRED) @Nullable FiscalYear period,
      @NotNull(message = K.REQUIRED) @Nullable BigDecimal value) {}
}
