package io.github.assessmentkit.assessment;

import io.github.assessmentkit.ConflictingStateException;
import io.github.assessmentkit.Extensions;
import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.StatusMessages;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

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
 * <p>An assessment moves from draft to final by {@link #moveTo(AssessmentStatus)} (see {@link
 * AssessmentStatus} for the moves allowed). A final assessment cannot be changed: {@link
 * #toBuilder()} refuses it, and it is replaced only by a new assessment that names it, begun with
 * {@link #supersede(String)}.
 *
 * <pre>{@code
 * Assessment closed = draft.submit().finalise();
 * Assessment corrected = closed.supersede("loei-savings-2566-r1")
 *     .rerate(Rating.of("1.2", 45))
 *     .build();                       // a draft that names closed in supersedes()
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
 * @param supersedes the id of the final assessment this one replaces, or {@code null} when it
 *     replaces none
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
    Extensions extensions,
    @Nullable String supersedes) {
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
   * @param supersedes the id of the final assessment this one replaces, or {@code null} when it
   *     replaces none
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range, or the assessment
   *     names itself in {@code supersedes}
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
    if (supersedes != null) {
      Checks.notBlank(supersedes, "supersedes");
      if (supersedes.equals(id)) {
        throw new InvalidValueException(StatusMessages.supersedesItself(id));
      }
    }
  }

  /**
   * Creates an assessment that supersedes none.
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
  public Assessment(
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
    this(
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
        null);
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
   * Starts a builder holding this assessment, to derive a changed one. The builder keeps this
   * assessment's id and status; when its status is set, {@link AssessmentBuilder#build()} allows
   * only a {@linkplain AssessmentStatus#canMoveTo move} from this one.
   *
   * @return a builder
   * @throws ConflictingStateException if this assessment is final: it cannot be changed, only
   *     superseded ({@link #supersede(String)})
   */
  public AssessmentBuilder toBuilder() {
    if (status.isFinal()) {
      throw new ConflictingStateException(StatusMessages.finalCannotChange(id));
    }
    return AssessmentBuilder.from(this, id, status, supersedes);
  }

  /**
   * Starts the assessment that replaces this final one: a builder holding everything of this
   * assessment but its id, as a {@linkplain AssessmentStatus#DRAFT draft} that names this one in
   * {@link #supersedes()}. Change it, then move it to final as any other: its {@code build()}
   * allows a draft, or a submitted one, and nothing further.
   *
   * @param newId the id of the new assessment, not this one's
   * @return a builder
   * @throws ConflictingStateException if this assessment is not final (change it instead)
   * @throws IllegalArgumentException if {@code newId} is blank or this assessment's id
   */
  public AssessmentBuilder supersede(String newId) {
    Checks.notBlank(newId, "newId");
    if (!status.isFinal()) {
      throw new ConflictingStateException(StatusMessages.onlyFinalSuperseded(id, status.label()));
    }
    if (newId.equals(id)) {
      throw new InvalidValueException(StatusMessages.supersedesItself(id));
    }
    return AssessmentBuilder.from(this, newId, AssessmentStatus.DRAFT, id);
  }

  /**
   * Moves the assessment to another status.
   *
   * @param next the status to move to
   * @return the assessment with that status, everything else kept
   * @throws ConflictingStateException if the move is not {@linkplain AssessmentStatus#canMoveTo
   *     allowed}, naming both statuses
   */
  public Assessment moveTo(AssessmentStatus next) {
    Checks.notNull(next, "next");
    if (!status.canMoveTo(next)) {
      throw new ConflictingStateException(
          StatusMessages.cannotMove(id, status.label(), next.label()));
    }
    return new Assessment(
        id,
        subject,
        rubric,
        period,
        kind,
        next,
        assessors,
        ratings,
        evidence,
        measures,
        extensions,
        supersedes);
  }

  /**
   * Hands in a draft: {@code moveTo(SUBMITTED)}.
   *
   * @return the submitted assessment
   * @throws ConflictingStateException if this assessment is not a draft
   */
  public Assessment submit() {
    return moveTo(AssessmentStatus.SUBMITTED);
  }

  /**
   * Records the review of a submitted assessment: {@code moveTo(REVIEWED)}.
   *
   * @return the reviewed assessment
   * @throws ConflictingStateException if this assessment is not submitted
   */
  public Assessment review() {
    return moveTo(AssessmentStatus.REVIEWED);
  }

  /**
   * Closes a submitted or reviewed assessment: {@code moveTo(FINAL)}.
   *
   * @return the final assessment
   * @throws ConflictingStateException if this assessment is neither submitted nor reviewed
   */
  public Assessment finalise() {
    return moveTo(AssessmentStatus.FINAL);
  }

  /** {@return the id of the final assessment this one replaces, or empty} */
  public Optional<String> superseded() {
    return Optional.ofNullable(supersedes);
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
