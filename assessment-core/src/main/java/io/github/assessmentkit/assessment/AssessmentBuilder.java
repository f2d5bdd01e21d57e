package io.github.assessmentkit.assessment;

import io.github.assessmentkit.Extensions;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.time.FiscalYear;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds an {@link Assessment}. Not thread-safe; {@link #build()} copies into an immutable value.
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

  AssessmentBuilder(String id, Subject subject, RubricRef rubric, FiscalYear period) {
    this.id = Checks.notBlank(id, "id");
    this.subject = Checks.notNull(subject, "subject");
    this.rubric = Checks.notNull(rubric, "rubric");
    this.period = Checks.notNull(period, "period");
  }

  static AssessmentBuilder from(Assessment a) {
    AssessmentBuilder b = new AssessmentBuilder(a.id(), a.subject(), a.rubric(), a.period());
    b.kind = a.kind();
    b.status = a.status();
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

  /** {@return the immutable assessment} */
  public Assessment build() {
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
        extensions);
  }
}
