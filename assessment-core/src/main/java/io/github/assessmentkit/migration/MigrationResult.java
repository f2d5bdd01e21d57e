package io.github.assessmentkit.migration;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.MigrationMessages;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.ScoreWarning;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import java.util.ArrayList;
import java.util.List;

/**
 * An assessment carried to a newer version of its rubric, with the report of what was carried.
 *
 * @param assessment the carried assessment: answers the newer version, a draft
 * @param report what was carried and what was left unrated
 */
public record MigrationResult(Assessment assessment, MigrationReport report) {
  /** The warning code of the summary of a migration. */
  public static final String MIGRATED = "migrated";

  /** The warning code of a newer indicator the migration left unrated. */
  public static final String NOT_CARRIED = "not-carried";

  /**
   * Creates the value, checking its components.
   *
   * @param assessment the carried assessment
   * @param report what was carried
   */
  public MigrationResult {
    Checks.notNull(assessment, "assessment");
    Checks.notNull(report, "report");
  }

  /**
   * Scores the carried assessment and explains the migration in the scorecard's warnings: first the
   * scorer's own, then one {@value #MIGRATED} warning at the root with the counts, then one {@value
   * #NOT_CARRIED} warning per indicator left unrated, with the reason.
   *
   * @param scorer the scorer
   * @param rubric the newer version, the one the assessment now answers
   * @return the scorecard, with the migration's warnings
   */
  public Scorecard score(Scorer scorer, Rubric rubric) {
    Checks.notNull(scorer, "scorer");
    Scorecard card = scorer.score(rubric, assessment);
    List<ScoreWarning> warnings = new ArrayList<>(card.warnings());
    List<MigrationEntry> left = report.notCarried();
    warnings.add(
        new ScoreWarning(
            MIGRATED,
            rubric.id(),
            MigrationMessages.summary(report.from().toString(), report.carried(), left.size())));
    for (MigrationEntry e : left) {
      warnings.add(new ScoreWarning(NOT_CARRIED, String.valueOf(e.toId()), e.reason()));
    }
    return new Scorecard(
        card.rubric(),
        card.assessmentId(),
        card.subject(),
        card.period(),
        card.strategy(),
        card.root(),
        card.levels(),
        card.awards(),
        warnings,
        card.result(),
        card.status());
  }
}
