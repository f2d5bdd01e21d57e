package io.github.assessmentkit.examples.spring;

import io.github.assessmentkit.assessment.AssessmentStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored assessments, through Spring's {@link JdbcClient} on the table of {@code
 * db/migration/V1__assessments.sql}. The same SQL runs on H2 and PostgreSQL.
 *
 * <p>A stored assessment changes only as the model lets it: the one statement that changes a row
 * says {@code WHERE status IN (...)}, the statuses from which the new one may be reached (the same
 * status, to correct a draft, or a move {@link AssessmentStatus#canMoveTo} allows). No status
 * reaches {@code FINAL} again, so no request, however it interleaves with another, changes a row
 * once it is final. Each statement commits on its own (no surrounding transaction), so a refused
 * insert leaves nothing behind, on PostgreSQL too.
 */
@Repository
class AssessmentRepository {
  private static final String COLUMNS =
      "id, subject_id, province, rubric, fiscal_year, kind, status, document, scorecard, summary,"
          + " stored_at, revision";

  private final JdbcClient jdbc;

  AssessmentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Stores an assessment: adds it, or replaces the one of its id when the model lets that one move
   * to the new status.
   *
   * @param row the row to store; its revision is ignored (1 when added, one more when replaced)
   * @return what was done
   */
  StoreOutcome store(StoredAssessment row) {
    if (replace(row)) {
      return StoreOutcome.REPLACED;
    }
    if (find(row.id()).isPresent()) {
      return refusal(row.id());
    }
    try {
      jdbc.sql(
              "INSERT INTO assessment ("
                  + COLUMNS
                  + ") VALUES (:id, :subject, :province, :rubric, :year, :kind, :status,"
                  + " :document, :scorecard, :summary, :storedAt, 1)")
          .params(params(row))
          .update();
      return StoreOutcome.CREATED;
    } catch (DuplicateKeyException e) {
      // Either it is final, or another request added it just now: try once more to replace.
      return replace(row) ? StoreOutcome.REPLACED : refusal(row.id());
    }
  }

  private StoreOutcome refusal(String id) {
    return find(id).map(StoredAssessment::isFinal).orElse(false)
        ? StoreOutcome.REFUSED_FINAL
        : StoreOutcome.REFUSED_MOVE;
  }

  /** The statuses a stored assessment may have for one of {@code next} to replace it. */
  static List<String> replaceableFrom(String next) {
    AssessmentStatus to = AssessmentStatus.valueOf(next);
    List<String> from = new ArrayList<>();
    for (AssessmentStatus s : AssessmentStatus.values()) {
      if ((s == to && !s.isFinal()) || s.canMoveTo(to)) {
        from.add(s.name());
      }
    }
    return from;
  }

  private boolean replace(StoredAssessment row) {
    if (Arrays.stream(AssessmentStatus.values()).noneMatch(s -> s.name().equals(row.status()))) {
      return false; // not a status of the model: the insert that follows is refused by the table
    }
    return jdbc.sql(
                "UPDATE assessment SET subject_id = :subject, province = :province,"
                    + " rubric = :rubric, fiscal_year = :year, kind = :kind, status = :status,"
                    + " document = :document, scorecard = :scorecard, summary = :summary,"
                    + " stored_at = :storedAt, revision = revision + 1"
                    + " WHERE id = :id AND status IN (:from)")
            .params(params(row))
            .param("from", replaceableFrom(row.status()))
            .update()
        == 1;
  }

  private static Map<String, @Nullable Object> params(StoredAssessment row) {
    Map<String, @Nullable Object> p = new HashMap<>();
    p.put("id", row.id());
    p.put("subject", row.subjectId());
    p.put("province", row.province());
    p.put("rubric", row.rubric());
    p.put("year", row.fiscalYear());
    p.put("kind", row.kind());
    p.put("status", row.status());
    p.put("document", row.document());
    p.put("scorecard", row.scorecard());
    p.put("summary", row.summary());
    p.put("storedAt", row.storedAt());
    return p;
  }

  /**
   * Finds an assessment by its id.
   *
   * @param id the assessment's id
   * @return the row, or empty
   */
  Optional<StoredAssessment> find(String id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM assessment WHERE id = :id")
        .param("id", id)
        .query(AssessmentRepository::row)
        .optional();
  }

  /** Maps a row by the columns' names as the table writes them (no guessing of other spellings). */
  private static StoredAssessment row(ResultSet rs, int rowNumber) throws SQLException {
    return new StoredAssessment(
        rs.getString("id"),
        rs.getString("subject_id"),
        rs.getString("province"),
        rs.getString("rubric"),
        rs.getInt("fiscal_year"),
        rs.getString("kind"),
        rs.getString("status"),
        rs.getString("document"),
        rs.getString("scorecard"),
        rs.getString("summary"),
        rs.getObject("stored_at", OffsetDateTime.class),
        rs.getInt("revision"));
  }

  /**
   * The summaries of a province's round: for each organisation, the summary of its assessment of
   * the given statuses stored last (on a tie, the smallest id).
   *
   * @param rubric the rubric version, {@code id@version}
   * @param fiscalYear the fiscal year, Buddhist era
   * @param province the province, as the subjects name it
   * @param statuses the statuses that count, for example only {@code FINAL}
   * @return one summaries document of one per organisation, in order of the organisations' ids
   */
  List<String> roundSummaries(
      String rubric, int fiscalYear, String province, Collection<String> statuses) {
    return roundColumn("summary", rubric, fiscalYear, province, statuses);
  }

  /**
   * The scorecards of a round, one per organisation: of the same rows as {@link
   * #roundSummaries(String, int, String, Collection)}.
   *
   * @param rubric the rubric version, {@code id@version}
   * @param fiscalYear the fiscal year, Buddhist era
   * @param province the province
   * @param statuses the statuses that count
   * @return the scorecard documents ({@code assessmentkit/scorecard}), in order of the
   *     organisations' ids
   */
  List<String> roundScorecards(
      String rubric, int fiscalYear, String province, Collection<String> statuses) {
    return roundColumn("scorecard", rubric, fiscalYear, province, statuses);
  }

  private List<String> roundColumn(
      String column, String rubric, int fiscalYear, String province, Collection<String> statuses) {
    List<Object[]> rows =
        jdbc.sql(
                "SELECT subject_id, "
                    + column
                    + " FROM assessment WHERE rubric = :rubric"
                    + " AND fiscal_year = :year AND province = :province"
                    + " AND status IN (:statuses)"
                    + " ORDER BY subject_id, stored_at DESC, id")
            .param("rubric", rubric)
            .param("year", fiscalYear)
            .param("province", province)
            .param("statuses", List.copyOf(statuses))
            .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2)})
            .list();
    Set<String> seen = new HashSet<>();
    List<String> out = new ArrayList<>();
    for (Object[] row : rows) {
      if (seen.add((String) row[0])) {
        out.add((String) row[1]);
      }
    }
    return out;
  }

  /**
   * The documents of one organisation's final assessments against any version of one rubric id: for
   * each fiscal year, the one stored last (on a tie, the smallest id), oldest year first.
   *
   * @param subjectId the organisation's id
   * @param rubricId the rubric id, without a version
   * @return the assessment documents
   */
  List<String> finalDocumentsOf(String subjectId, String rubricId) {
    List<Object[]> rows =
        jdbc.sql(
                "SELECT fiscal_year, document FROM assessment WHERE subject_id = :subject"
                    + " AND rubric LIKE :rubric AND status = 'FINAL'"
                    + " ORDER BY fiscal_year, stored_at DESC, id")
            .param("subject", subjectId)
            .param(
                "rubric",
                rubricId.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "@%")
            .query((rs, n) -> new Object[] {rs.getInt(1), rs.getString(2)})
            .list();
    Set<Integer> seen = new HashSet<>();
    List<String> documents = new ArrayList<>();
    for (Object[] row : rows) {
      if (seen.add((Integer) row[0])) {
        documents.add((String) row[1]);
      }
    }
    return documents;
  }

  /** {@return how many assessments are stored} */
  long count() {
    return jdbc.sql("SELECT COUNT(*) FROM assessment").query(Long.class).single();
  }
}
