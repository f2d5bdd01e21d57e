package io.github.assessmentkit.examples;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.cqa.GovernanceCriteria;
import io.github.assessmentkit.json.AssessmentJson;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.RubricRegistry;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.validation.InvalidAssessmentException;
import io.github.assessmentkit.validation.ValidationReport;
import io.github.assessmentkit.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * What a provincial office's application does with an assessment that arrives as JSON: read it,
 * find its rubric by the reference it carries, check it, score it, and store the scorecard as JSON;
 * and what happens to a document with mistakes in it (every problem reported, no score).
 *
 * <p>Run it with {@code ./mvnw -B -q -Pdemo
 * -Ddemo.mainClass=io.github.assessmentkit.examples.JsonDemo -pl assessment-examples -am package
 * -DskipTests}.
 */
public final class JsonDemo {
  /** The sample document, a governance self-assessment of the sample savings cooperative. */
  static final String DOCUMENT = "phu-pha-ngoen-governance-2566.json";

  private JsonDemo() {}

  /**
   * Prints the demo to standard output in UTF-8.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /**
   * Prints the demo.
   *
   * @param out where to print
   */
  static void run(PrintStream out) {
    AssessmentJson json = AssessmentJson.standard();
    RubricRegistry rubrics = RubricRegistry.builder().discover().build();
    String document = read(DOCUMENT);

    // 1. read the document and find the rubric version it answers
    Assessment assessment = json.readAssessment(document);
    Rubric rubric = rubrics.get(assessment.rubric());
    out.println("อ่านเอกสาร / read: " + assessment.id() + " → " + rubric.ref());

    // 2. check it against that rubric, then score it
    ValidationReport report = json.validateAssessment(rubric, document);
    out.println("ปัญหา / problems: " + report.violations().size());
    Scorecard card = Scorer.standard().score(rubric, assessment);
    var level = card.level(GovernanceCriteria.LEVELS).orElseThrow();
    out.println(
        "คะแนนรวม / total: "
            + card.total().toPlainString()
            + " / "
            + card.possible().toPlainString()
            + " — "
            + level.label().get(Language.TH)
            + " / "
            + level.label().get(Language.EN));

    // 3. store the scorecard as JSON; reading it back gives the same scorecard
    String stored = json.writeString(card);
    boolean same = json.readScorecard(stored).equals(card);
    out.println("บันทึกผลเป็น JSON / scorecard stored as JSON, read back equal: " + same);
    boolean kept = json.writeString(assessment).contains("\"officeNote\"");
    out.println("ฟิลด์ที่ไม่รู้จักยังอยู่ / unknown field officeNote kept: " + kept);

    // 4. a document with mistakes: a level that does not exist and an indicator the set lacks
    String mistaken =
        document
            .replaceFirst("\"value\": \"4\"", "\"value\": \"5\"")
            .replaceFirst("\"indicator\": \"G1.3\"", "\"indicator\": \"G1.9\"");
    ValidationReport problems = json.validateAssessment(rubric, mistaken);
    out.println("เอกสารที่ผิด / mistaken document: " + problems.violations().size() + " problems");
    for (Violation v : problems.violations()) {
      out.println("  " + v.path() + " [" + v.rule() + "]");
      out.println("    " + v.message().get(Language.TH));
      out.println("    " + v.message().get(Language.EN));
    }
    try {
      Scorer.standard().score(rubric, json.readAssessment(mistaken));
      out.println("scored (unexpected)");
    } catch (InvalidAssessmentException e) {
      out.println(
          "ไม่คิดคะแนน / not scored: " + e.report().violations().size() + " problems reported");
    }
  }

  private static String read(String name) {
    try (InputStream in =
        Objects.requireNonNull(JsonDemo.class.getResourceAsStream(name), name + " is missing")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
