package io.github.assessmentkit.assessment;

import io.github.assessmentkit.Extensions;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One assessment of one organisation against one rubric version in one fiscal year: its ratings,
 * the evidence they cite and the measures behind results.
 *
 * <pre>{@code
 * Assessment a = Assessment.builder("loei-savings-2566", subject, RubricRef.parse("cqa@2025.1"),
 *         FiscalYear.ofBuddhistEra(2566))
 *     .kind(AssessmentKind.SELF)
 *     .rating(Rating.of("1.1", 55))
 *     .rating(Rating.of("1.2", 40))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe. Whether the ratings fit the rubric is checked by the validator (and
 * by the scorer before it scores), not here.
 *
 * @param id the assessment's id
 * @param subject the organisation assessed
 * @param rubric the rubric version it answers
 * @param period the fiscal year assessed
 * @param kind who made it
 * @param status how far it has gone
 * @param assessors who rated
 * @param ratings the ratings; their order does not matter
 * @param evidence the evidence; its order does not matter
 * @param measures measured series behind results
 * @param extensions fields from a newer format, kept as they came
 */
public record Assessment(
    String id,
    Subject subject,
    RubricRef rubric,
    FiscalYear period,
    AssessmentKind kind,
    AssessmentStatus status,
    List<Assessor> assessors,
    List<Rating> ratings,
    List<Evidence> evidence,
    List<Measure> measures,
    Extensions extensions) {
  /**
   * Creates the value, checking its components.
   *
   * @param id the assessment's id
   * @param subject the organisation assessed
   * @param rubric the rubric version it answers
   * @param period the fiscal year assessed
   * @param kind who made it
   * @param status how far it has gone
   * @param assessors who rated
   * @param ratings the ratings; their order does not matter
   * @param evidence the evidence; its order does not matter
   * @param measures measured series behind results
   * @param extensions fields from a newer format, kept as they came
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public Assessment {
    Checks.notBlank(id, "id");
    Checks.notNull(subject, "subject");
    Checks.notNull(rubric, "rubric");
    Checks.notNull(period, "period");
    Checks.notNull(kind, "kind");
    Checks.notNull(status, "status");
    assessors = Checks.copy(assessors, "assessors");
    ratings = Checks.copy(ratings, "ratings");
    evidence = Checks.copy(evidence, "evidence");
    measures = Checks.copy(measures, "measures");
    Checks.notNull(extensions, "extensions");
  }

  /** The id of every {@linkplain #quick(Rubric, Rating...) quick} assessment, {@value}. */
  public static final String PLACEHOLDER_ID = "quick";

  /**
   * The organisation of every {@linkplain #quick(Rubric, Rating...) quick} assessment: id {@code
   * placeholder}, named สหกรณ์สมมุติ / placeholder cooperative, of type {@link
   * OrganisationType#OTHER}, without a province.
   */
  public static final Subject PLACEHOLDER_SUBJECT =
      new Subject(
          "placeholder",
          Text.of("สหกรณ์สมมุติ", "placeholder cooperative"),
          OrganisationType.OTHER,
          null);

  /**
   * The fiscal year of every {@linkplain #quick(Rubric, Rating...) quick} assessment: FY 2567 BE
   * (2024 CE, 1 October 2023 to 30 September 2024). Fixed, never the current year, so a result
   * computed from it is the same on every day it is run.
   */
  public static final FiscalYear PLACEHOLDER_PERIOD = FiscalYear.ofBuddhistEra(2567);

  /**
   * Makes an assessment of a handful of ratings, for tests and examples, without inventing an
   * organisation or a year: id {@link #PLACEHOLDER_ID}, subject {@link #PLACEHOLDER_SUBJECT},
   * fiscal year {@link #PLACEHOLDER_PERIOD}, the rubric's reference, and the builder's defaults for
   * everything else (a self-assessment, no assessors, evidence or measures). Use {@link
   * #builder(String, Subject, RubricRef, FiscalYear)} for a real organisation.
   *
   * <pre>{@code
   * Scorecard card = Scorer.standard().score(rubric,
   *     Assessment.quick(rubric, Rating.of("1.1", 70), Rating.of("1.2", 50)));
   * }</pre>
   *
   * @param rubric the rubric the ratings answer
   * @param ratings the ratings, in any order
   * @return the assessment; whether the ratings fit the rubric is checked by the validator, as
   *     always
   * @throws NullPointerException if {@code rubric}, {@code ratings} or a rating is null
   */
  public static Assessment quick(Rubric rubric, Rating... ratings) {
    Checks.notNull(rubric, "rubric");
    List<Rating> given = Checks.copy(Arrays.asList(Checks.notNull(ratings, "ratings")), "ratings");
    AssessmentBuilder builder =
        builder(PLACEHOLDER_ID, PLACEHOLDER_SUBJECT, rubric.ref(), PLACEHOLDER_PERIOD);
    for (Rating r : given) {
      builder.rating(r);
    }
    return builder.build();
  }

  /**
   * Starts an assessment.
   *
   * @param id the id
   * @param subject the organisation
   * @param rubric the rubric version
   * @param period the fiscal year
   * @return a builder
   */
  public static AssessmentBuilder builder(
      String id, Subject subject, RubricRef rubric, FiscalYear period) {
    return new AssessmentBuilder(id, subject, rubric, period);
  }

  /**
   * Starts a builder holding this assessment, to derive a changed one.
   *
   * @return a builder
   */
  public AssessmentBuilder toBuilder() {
    return AssessmentBuilder.from(this);
  }

  /**
   * Finds the rating of an indicator.
   *
   * @param indicatorId the indicator
   * @return the first rating of it, or empty
   */
  public Optional<Rating> rating(String indicatorId) {
    return ratings.stream().filter(r -> r.indicatorId().equals(indicatorId)).findFirst();
  }

  /**
   * Finds a piece of evidence.
   *
   * @param evidenceId the id
   * @return the evidence, or empty
   */
  public Optional<Evidence> evidence(String evidenceId) {
    return evidence.stream().filter(e -> e.id().equals(evidenceId)).findFirst();
  }
}
