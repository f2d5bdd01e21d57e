package io.github.assessmentkit.assessment;

import io.github.assessmentkit.ConflictingStateException;
import io.github.assessmentkit.Extensions;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.StatusMessages;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.time.FiscalYear;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Builds an {@link Assessment}. Not thread-safe; {@link #build()} copies into an immutable value.
 *
 * <p>A builder started by {@link Assessment#builder} makes a record in any status, as it stands (an
 * assessment read from a document or another system may already be final). One started by {@link
 * Assessment#toBuilder()} or {@link Assessment#supersede(String)} derives from an assessment and
 * keeps to the moves: its status stays what it starts as (the assessment's, or draft for a
 * successor), or takes one {@linkplain AssessmentStatus#canMoveTo allowed} move.
 */
public final class AssessmentBuilder {
  private final String id;
  private final Subject subject;
  private final RubricRef rubric;
  private final FiscalYear period;
  private AssessmentKind kind = AssessmentKind.SELF;
  private AssessmentStatus status = AssessmentStatus.DRAFT;
  private final List<Assessor> assessors = new ArrayList<>();
  private final List<Rating> ratings = new ArrayList<>();
  private final List<Evidence> evidence = new ArrayList<>();
  private final List<Measure> measures = new ArrayList<>();
  private Extensions extensions = Extensions.NONE;
  private @Nullable String supersedes;

  /** The status this builder started with when it derives from an assessment, else null. */
  private @Nullable AssessmentStatus origin;

  AssessmentBuilder(String id, Subject subject, RubricRef rubric, FiscalYear period) {
    this.id = Checks.notBlank(id, "id");
    this.subject = Checks.notNull(subject, "subject");
    this.rubric = Checks.notNull(rubric, "rubric");
    this.period = Checks.notNull(period, "period");
  }

  /**
   * Starts a builder holding an assessment's content.
   *
   * @param a the assessment
   * @param id the id of what is built
   * @param status its status
   * @param supersedes what it supersedes
   * @return a builder that keeps to the moves from {@code status}
   */
  static AssessmentBuilder from(
      Assessment a, String id, AssessmentStatus status, @Nullable String supersedes) {
    AssessmentBuilder b = new AssessmentBuilder(id, a.subject(), a.rubric(), a.period());
    b.kind = a.kind();
    b.status = status;
    b.supersedes = supersedes;
    b.origin = status;
    b.assessors.addAll(a.assessors());
    b.ratings.addAll(a.ratings());
    b.evidence.addAll(a.evidence());
    b.measures.addAll(a.measures());
    b.extensions = a.extensions();
    return b;
  }

  /**
   * Sets who made the assessment (default {@link AssessmentKind#SELF}).
   *
   * @param value the kind
   * @return this builder
   */
  public AssessmentBuilder kind(AssessmentKind value) {
    this.kind = Checks.notNull(value, "kind");
    return this;
  }

  /**
   * Sets the status (default {@link AssessmentStatus#DRAFT}).
   *
   * @param value the status
   * @return this builder
   */
  public AssessmentBuilder status(AssessmentStatus value) {
    this.status = Checks.notNull(value, "status");
    return this;
  }

  /**
   * Names the final assessment this one replaces (default none). {@link
   * Assessment#supersede(String)} sets it.
   *
   * @param id the replaced assessment's id, or {@code null} for none
   * @return this builder
   */
  public AssessmentBuilder supersedes(@Nullable String id) {
    if (id != null) {
      Checks.notBlank(id, "supersedes");
    }
    this.supersedes = id;
    return this;
  }

  /**
   * Adds an assessor.
   *
   * @param assessor the assessor
   * @return this builder
   */
  public AssessmentBuilder assessor(Assessor assessor) {
    assessors.add(Checks.notNull(assessor, "assessor"));
    return this;
  }

  /**
   * Adds a rating.
   *
   * @param rating the rating
   * @return this builder
   */
  public AssessmentBuilder rating(Rating rating) {
    ratings.add(Checks.notNull(rating, "rating"));
    return this;
  }

  /**
   * Replaces the rating of an indicator, or adds it when there is none.
   *
   * @param rating the rating
   * @return this builder
   */
  public AssessmentBuilder rerate(Rating rating) {
    Checks.notNull(rating, "rating");
    ratings.removeIf(r -> r.indicatorId().equals(rating.indicatorId()));
    ratings.add(rating);
    return this;
  }

  /**
   * Adds evidence.
   *
   * @param item the evidence
   * @return this builder
   */
  public AssessmentBuilder evidence(Evidence item) {
    evidence.add(Checks.notNull(item, "evidence"));
    return this;
  }

  /**
   * Adds a measure.
   *
   * @param measure the measure
   * @return this builder
   */
  public AssessmentBuilder measure(Measure measure) {
    measures.add(Checks.notNull(measure, "measure"));
    return this;
  }

  /**
   * Replaces the unknown fields kept from JSON.
   *
   * @param value the extensions
   * @return this builder
   */
  public AssessmentBuilder extensions(Extensions value) {
    this.extensions = Checks.notNull(value, "extensions");
    return this;
  }

  /**
   * Builds the assessment.
   *
   * @return the immutable assessment
   * @throws ConflictingStateException if this builder derives from an assessment and its status is
   *     neither the one it started with nor one allowed move from it
   * @throws IllegalArgumentException if the assessment names itself in {@code supersedes}
   */
  public Assessment build() {
    if (origin != null && status != origin && !origin.canMoveTo(status)) {
      throw new ConflictingStateException(
          StatusMessages.cannotMove(id, origin.label(), status.label()));
    }
    return new Assessment(
        id,
        subject,
        rubric,
        period,
        kind,
        status,
        assessors,
        ratings,
        evidence,
        measures,
        extensions,
        supersedes);
  }
}
