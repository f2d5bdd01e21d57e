package io.github.assessmentkit.json.internal;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.diff.RubricDiff;
import io.github.assessmentkit.scoring.Scorecard;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes rubrics, assessments and scorecards with a fixed field order, decimals as plain JSON
 * numbers, absent optional fields left out, and unknown fields (extensions) after the known ones in
 * name order. Each document type has its own writer ({@link RubricWriter}, {@link
 * AssessmentWriter}, {@link ScorecardWriter}); this class is the one entry point. Stateless apart
 * from the generator it is given; thread-safe.
 */
public final class DocumentWriter {
  private final RubricWriter rubrics;
  private final AssessmentWriter assessments;
  private final RubricDiffWriter diffs;

  /**
   * Creates a writer.
   *
   * @param mapper the mapper that parses extension text back into trees
   */
  public DocumentWriter(JsonMapper mapper) {
    ExtensionWriter extensions = new ExtensionWriter(mapper);
    this.rubrics = new RubricWriter(extensions);
    this.assessments = new AssessmentWriter(extensions);
    this.diffs = new RubricDiffWriter(rubrics);
  }

  /**
   * Writes a rubric document.
   *
   * @param r the rubric
   * @param g the generator
   */
  public void rubric(Rubric r, JsonGenerator g) {
    rubrics.rubric(r, g);
  }

  /**
   * Writes an assessment document.
   *
   * @param a the assessment
   * @param g the generator
   */
  public void assessment(Assessment a, JsonGenerator g) {
    assessments.assessment(a, g);
  }

  /**
   * Writes a rubric-diff document.
   *
   * @param d the diff
   * @param g the generator
   */
  public void rubricDiff(RubricDiff d, JsonGenerator g) {
    diffs.diff(d, g);
  }

  /**
   * Writes a scorecard document.
   *
   * @param s the scorecard
   * @param g the generator
   */
  public void scorecard(Scorecard s, JsonGenerator g) {
    ScorecardWriter.scorecard(s, g);
  }
}
