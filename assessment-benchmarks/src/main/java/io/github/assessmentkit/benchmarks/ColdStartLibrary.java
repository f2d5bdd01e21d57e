package io.github.assessmentkit.benchmarks;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.cqa.CqaCriteria;
import io.github.assessmentkit.json.AssessmentJson;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The library side of the cold-start comparison: a new JVM that reads the assessment document
 * (format, limits, structure, model), loads the {@code cqa} rubric, validates and scores the
 * assessment against it and prints the total. Timed by {@code assessment-benchmarks/cold-start.sh}
 * against {@link ColdStartJackson}.
 */
public final class ColdStartLibrary {
  private ColdStartLibrary() {}

  /**
   * Reads, validates and scores the document and prints the total.
   *
   * @param args the document file
   * @throws IOException if it cannot be read
   */
  public static void main(String[] args) throws IOException {
    Assessment assessment =
        AssessmentJson.standard().readAssessment(Files.readAllBytes(Path.of(args[0])));
    Rubric rubric = CqaCriteria.rubric();
    Scorecard card = Scorer.standard().score(rubric, assessment);
    System.out.println(
        "total: " + card.total().toPlainString() + " / " + card.possible().toPlainString());
  }
}
