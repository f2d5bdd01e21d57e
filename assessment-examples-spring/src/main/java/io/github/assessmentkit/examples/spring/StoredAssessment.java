package io.github.assessmentkit.examples.spring;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One row of the {@code assessment} table.
 *
 * @param id the assessment's id
 * @param subjectId the organisation's id
 * @param province its province, or {@code null}
 * @param rubric the rubric version, as {@code id@version}
 * @param fiscalYear the fiscal year, Buddhist era
 * @param kind who made it ({@code SELF}, ...)
 * @param status how far it has gone ({@code DRAFT} ... {@code FINAL})
 * @param document the assessment document, as the codec wrote it
 * @param scorecard its scorecard document
 * @param summary its summary, a summaries document of one
 * @param storedAt when it was last stored
 * @param revision 1 when first stored, one more at each change
 */
record StoredAssessment(
    String id,
    String subjectId,
    @Nullable String province,
    String rubric,
    int fiscalYear,
    String kind,
    String status,
    String document,
    String scorecard,
    String summary,
    OffsetDateTime storedAt,
    int revision) {
  StoredAssessment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(rubric, "rubric");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(scorecard, "scorecard");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(storedAt, "storedAt");
    if (revision < 1) {
      throw new IllegalArgumentException("revision must be 1 or more, not " + revision);
    }
  }

  /** {@return whether it is final, and so never changed again} */
  boolean isFinal() {
    return "FINAL".equals(status);
  }
}
