package io.github.assessmentkit.json;

import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;

/**
 * The document types of the JSON format. Every document names its type and the major version of its
 * format at the top:
 *
 * <pre>{@code
 * { "format": "assessmentkit/assessment", "formatVersion": 1, ... }
 * }</pre>
 *
 * <p>A reader accepts documents of its own major version and rejects newer ones ({@code
 * format.version}); additions within a major version arrive as unknown fields, which are kept. Each
 * type has a JSON Schema (draft 2020-12) in the jar, at {@link #schemaResource()}.
 *
 * <p>Thread-safe: an enum.
 */
public enum DocumentFormat {
  /** A criteria set: {@code assessmentkit/rubric}. */
  RUBRIC("assessmentkit/rubric", "rubric"),
  /** One assessment of one organisation: {@code assessmentkit/assessment}. */
  ASSESSMENT("assessmentkit/assessment", "assessment"),
  /** A scored result: {@code assessmentkit/scorecard}. */
  SCORECARD("assessmentkit/scorecard", "scorecard"),
  /**
   * An assessment with the results scoring it must give: {@code assessmentkit/golden-vector}; see
   * {@link GoldenVector}.
   */
  GOLDEN_VECTOR("assessmentkit/golden-vector", "golden-vector"),
  /**
   * Compact summaries of many organisations' scorecards of one rubric version and fiscal year, as a
   * cohort reads them: {@code assessmentkit/summaries}; see {@link
   * io.github.assessmentkit.cohort.OrganisationSummary}.
   */
  SUMMARIES("assessmentkit/summaries", "summaries"),
  /**
   * Every difference between two rubrics: {@code assessmentkit/rubric-diff}; see {@link
   * io.github.assessmentkit.rubric.diff.RubricDiff}.
   */
  RUBRIC_DIFF("assessmentkit/rubric-diff", "rubric-diff"),
  /**
   * How ratings of one rubric version become ratings of another: {@code
   * assessmentkit/migration-mapping}; see {@link
   * io.github.assessmentkit.migration.MigrationMapping}.
   */
  MIGRATION_MAPPING("assessmentkit/migration-mapping", "migration-mapping"),
  /**
   * What carrying an assessment across two rubric versions did: {@code
   * assessmentkit/migration-report}; see {@link io.github.assessmentkit.migration.MigrationReport}.
   */
  MIGRATION_REPORT("assessmentkit/migration-report", "migration-report"),
  /**
   * The record of how a panel of assessors reached a consensus: {@code
   * assessmentkit/consensus-trail}; see {@link io.github.assessmentkit.consensus.ConsensusTrail}.
   */
  CONSENSUS_TRAIL("assessmentkit/consensus-trail", "consensus-trail"),
  /**
   * One organisation's history across fiscal years, with its series, directions and flags: {@code
   * assessmentkit/history}; see {@link io.github.assessmentkit.history.History}.
   */
  HISTORY("assessmentkit/history", "history"),
  /**
   * An action plan, actions with targets, owners and due quarters written after an assessment:
   * {@code assessmentkit/action-plan}; see {@link io.github.assessmentkit.actionplan.ActionPlan}.
   */
  ACTION_PLAN("assessmentkit/action-plan", "action-plan"),
  /**
   * An action plan judged at the next assessment, each action's verdict with its numbers: {@code
   * assessmentkit/plan-review}; see {@link io.github.assessmentkit.actionplan.PlanReview}.
   */
  PLAN_REVIEW("assessmentkit/plan-review", "plan-review"),
  /**
   * LeTCI bands suggested for results indicators from an assessment's measures: {@code
   * assessmentkit/result-suggestions}; see {@link
   * io.github.assessmentkit.results.SuggestionReport}.
   */
  RESULT_SUGGESTIONS("assessmentkit/result-suggestions", "result-suggestions");

  /** The major version this library reads and writes. */
  public static final int VERSION = 1;

  private final String id;
  private final String shortName;

  DocumentFormat(String id, String shortName) {
    this.id = id;
    this.shortName = shortName;
  }

  /** {@return the value of the {@code format} field, for example {@code assessmentkit/rubric}} */
  public String id() {
    return id;
  }

  /**
   * {@return the class-path location of the JSON Schema, for example {@code
   * /io/github/assessmentkit/json/schema/rubric-1.schema.json}}
   */
  public String schemaResource() {
    return "/io/github/assessmentkit/json/schema/" + shortName + "-" + VERSION + ".schema.json";
  }

  /**
   * Opens the JSON Schema of this document type; the caller closes the stream.
   *
   * @return the schema, UTF-8
   */
  public InputStream openSchema() {
    return Objects.requireNonNull(
        DocumentFormat.class.getResourceAsStream(schemaResource()), "schema missing from the jar");
  }

  /**
   * Finds the type a {@code format} value names.
   *
   * @param id the value, for example {@code assessmentkit/scorecard}
   * @return the type, or empty when no type has that name
   */
  public static Optional<DocumentFormat> of(String id) {
    for (DocumentFormat f : values()) {
      if (f.id.equals(id)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
