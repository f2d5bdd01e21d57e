package io.github.assessmentkit.examples.spring;

import io.github.assessmentkit.AssessmentException;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.cohort.OrganisationSummary;
import io.github.assessmentkit.json.AssessmentJson;
import io.github.assessmentkit.json.JsonFormatException;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.RubricRegistry;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.scoring.UnknownRubricException;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.validation.InvalidAssessmentException;
import io.github.assessmentkit.validation.ValidationReport;
import io.github.assessmentkit.validation.Violation;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * What the service does with an assessment document: read it through the codec, find its rubric,
 * check it, score it and store it. Every refusal is a {@link RefusedRequestException} carrying the
 * library's report: 400 when the document cannot be read as an assessment, 422 when it does not fit
 * its rubric (or names none the service knows), 409 when it would change a final one. A refused
 * document is never stored: storing comes last, after scoring succeeded.
 */
@Service
class AssessmentService {
  /** The longest id, province or rubric reference the table's columns take. */
  static final int MAX_COLUMN_LENGTH = 255;

  private final AssessmentJson json;
  private final Scorer scorer;
  private final RubricRegistry rubrics;
  private final AssessmentRepository repository;
  private final Clock clock;

  AssessmentService(
      AssessmentJson json, Scorer scorer, RubricRegistry rubrics, AssessmentRepository repository) {
    this.json = json;
    this.scorer = scorer;
    this.rubrics = rubrics;
    this.repository = repository;
    this.clock = Clock.systemUTC();
  }

  /** An assessment read from its document, with the rubric it names. */
  record Read(Assessment assessment, Rubric rubric) {}

  /** An assessment with its scorecard. */
  record Scored(Assessment assessment, Scorecard scorecard) {}

  /**
   * Reads an assessment document and finds its rubric.
   *
   * @param document the document's bytes
   * @return the assessment and its rubric
   * @throws RefusedRequestException 400 when it cannot be read, 422 when its rubric is unknown
   */
  Read read(byte[] document) {
    Assessment assessment;
    try {
      assessment = json.readAssessment(document);
    } catch (JsonFormatException e) {
      throw new RefusedRequestException(
          HttpStatus.BAD_REQUEST,
          ServiceMessages.unreadableTitle(),
          ServiceMessages.unreadable(e.report().violations().size()),
          e.report());
    }
    return new Read(assessment, rubricOf(assessment));
  }

  private Rubric rubricOf(Assessment assessment) {
    String ref = assessment.rubric().toString();
    try {
      return rubrics.get(assessment.rubric());
    } catch (UnknownRubricException e) {
      Text message = ServiceMessages.unknownRubric(ref);
      throw new RefusedRequestException(
          HttpStatus.UNPROCESSABLE_CONTENT,
          ServiceMessages.doesNotFitTitle(),
          message,
          new ValidationReport(
              List.of(new Violation("/rubric", "rubric.registered", ref, message))));
    }
  }

  /**
   * Checks a document against its rubric: structure and the rubric's rules, every problem at once.
   *
   * @param document the document's bytes
   * @return the report, without errors (it may hold warnings)
   * @throws RefusedRequestException 400 or 422, carrying the report
   */
  ValidationReport validate(byte[] document) {
    Read read = read(document);
    ValidationReport report = json.validateAssessment(read.rubric(), document);
    if (!report.isValid()) {
      throw doesNotFit(read.rubric(), report);
    }
    return report;
  }

  /**
   * Scores a document.
   *
   * @param document the document's bytes
   * @return the assessment and its scorecard
   * @throws RefusedRequestException 400 or 422, carrying the report
   */
  Scored score(byte[] document) {
    Read read = read(document);
    try {
      return new Scored(read.assessment(), scorer.score(read.rubric(), read.assessment()));
    } catch (InvalidAssessmentException e) {
      throw doesNotFit(read.rubric(), e.report());
    } catch (AssessmentException e) {
      // A rubric that cannot score this assessment for another reason (a strategy's misfit).
      throw new RefusedRequestException(
          HttpStatus.UNPROCESSABLE_CONTENT,
          ServiceMessages.doesNotFitTitle(),
          e.text(),
          new ValidationReport(List.of(new Violation("", "assessment.scorable", null, e.text()))));
    }
  }

  /** The outcome of storing: what was done, and the scored assessment. */
  record Stored(StoreOutcome outcome, Scored scored) {}

  /**
   * Scores a document and stores it with its scorecard and summary, unless a final assessment of
   * the same id is stored already.
   *
   * @param document the document's bytes
   * @return whether it was added or replaced, with its scorecard
   * @throws RefusedRequestException 400 or 422 as for scoring, 409 when a final one has its id or
   *     the stored one's status cannot move to the new one
   */
  Stored store(byte[] document) {
    Scored scored = score(document);
    Assessment a = scored.assessment();
    checkStorable(a);
    StoredAssessment row =
        new StoredAssessment(
            a.id(),
            a.subject().id(),
            a.subject().province(),
            a.rubric().toString(),
            a.period().buddhistEra(),
            a.kind().name(),
            a.status().name(),
            json.writeString(a),
            json.writeString(scored.scorecard()),
            json.writeSummaries(List.of(OrganisationSummary.of(scored.scorecard()))),
            OffsetDateTime.now(clock),
            1);
    StoreOutcome outcome = repository.store(row);
    if (outcome == StoreOutcome.REFUSED_FINAL) {
      throw new RefusedRequestException(
          HttpStatus.CONFLICT, ServiceMessages.finalTitle(), ServiceMessages.finalStored(a.id()));
    }
    if (outcome == StoreOutcome.REFUSED_MOVE) {
      String stored = repository.find(a.id()).map(StoredAssessment::status).orElse("?");
      throw new RefusedRequestException(
          HttpStatus.CONFLICT,
          ServiceMessages.moveTitle(),
          ServiceMessages.move(a.id(), stored, a.status().name()));
    }
    return new Stored(outcome, scored);
  }

  private static void checkStorable(Assessment a) {
    List<Violation> violations = new ArrayList<>();
    tooLong("/id", a.id(), violations);
    tooLong("/subject/id", a.subject().id(), violations);
    tooLong("/subject/province", a.subject().province(), violations);
    tooLong("/rubric", a.rubric().toString(), violations);
    if (!violations.isEmpty()) {
      throw new RefusedRequestException(
          HttpStatus.UNPROCESSABLE_CONTENT,
          ServiceMessages.doesNotFitTitle(),
          violations.get(0).message(),
          new ValidationReport(violations));
    }
  }

  private static void tooLong(String path, @Nullable String value, List<Violation> out) {
    if (value != null && value.length() > MAX_COLUMN_LENGTH) {
      out.add(
          new Violation(
              path,
              "storage.length",
              null,
              ServiceMessages.tooLongForStorage(path, MAX_COLUMN_LENGTH)));
    }
  }

  private static RefusedRequestException doesNotFit(Rubric rubric, ValidationReport report) {
    return new RefusedRequestException(
        HttpStatus.UNPROCESSABLE_CONTENT,
        ServiceMessages.doesNotFitTitle(),
        ServiceMessages.doesNotFit(rubric.ref().toString(), report.errors().size()),
        report);
  }
}
