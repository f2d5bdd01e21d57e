package io.github.assessmentkit.json;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.json.internal.VectorMessages;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.util.List;

/**
 * What {@link GoldenVectors#check} found: for each vector, in the order checked, whether scoring
 * gave every expected result, and each difference with the explanation of the number that differs.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * GoldenVectorReport report = GoldenVectors.check(rubric, Path.of("golden-vectors/coop-governance"));
 * if (!report.passed()) {
 *   System.out.println(report.summary().get(Language.EN));
 * }
 * }</pre>
 *
 * @param outcomes one per vector, in the order checked
 */
public record GoldenVectorReport(List<GoldenVectorReport.Outcome> outcomes) {
  /**
   * Creates the value.
   *
   * @param outcomes one per vector, in the order checked
   * @throws io.github.assessmentkit.MissingValueException if the list or an outcome is null
   */
  public GoldenVectorReport {
    outcomes = Checks.copy(outcomes, "outcomes");
  }

  /** {@return whether every vector gave every expected result} */
  public boolean passed() {
    return outcomes.stream().allMatch(Outcome::passed);
  }

  /** {@return the outcomes of the vectors that did not pass, in the order checked} */
  public List<Outcome> failures() {
    return outcomes.stream().filter(o -> !o.passed()).toList();
  }

  /**
   * {@return the report in words: a first line counting the vectors that passed, then each vector
   * that did not with its mismatches, one per line}
   */
  public Text summary() {
    StringBuilder th = new StringBuilder();
    StringBuilder en = new StringBuilder();
    Text head = VectorMessages.reportHead(outcomes.size() - failures().size(), outcomes.size());
    th.append(head.get(Language.TH));
    en.append(head.get(Language.EN));
    for (Outcome o : failures()) {
      th.append('\n').append(o.vectorId()).append(':');
      en.append('\n').append(o.vectorId()).append(':');
      for (Mismatch m : o.mismatches()) {
        th.append("\n  ").append(m.message().get(Language.TH));
        en.append("\n  ").append(m.message().get(Language.EN));
      }
    }
    return Text.of(th.toString(), en.toString());
  }

  /** {@return the English summary} */
  @Override
  public String toString() {
    return summary().get(Language.EN);
  }

  /**
   * One vector's outcome.
   *
   * @param vectorId the vector's id
   * @param mismatches every expected result scoring did not give; empty when the vector passed
   */
  public record Outcome(String vectorId, List<Mismatch> mismatches) {
    /**
     * Creates the value.
     *
     * @param vectorId the vector's id
     * @param mismatches the mismatches, empty when it passed
     * @throws io.github.assessmentkit.MissingValueException if a component is null
     * @throws io.github.assessmentkit.InvalidValueException if the id is blank
     */
    public Outcome {
      Checks.notBlank(vectorId, "vectorId");
      mismatches = Checks.copy(mismatches, "mismatches");
    }

    /** {@return whether scoring gave every expected result} */
    public boolean passed() {
      return mismatches.isEmpty();
    }
  }

  /**
   * One expected result that scoring did not give.
   *
   * @param pointer where the expectation stands in the vector document, a JSON Pointer such as
   *     {@code /expected/nodes/G2/earned}
   * @param expected the value expected, as written ({@code "none"} for no tier)
   * @param actual the value scoring gave
   * @param explanation how scoring reached its value: a node's calculation, where its possible
   *     points came from and how its percent follows from its exact values; an indicator's rating
   *     times its share; a ladder's or a tier's reasons
   * @param message the whole difference in words, in Thai and English
   */
  public record Mismatch(
      String pointer, String expected, String actual, Text explanation, Text message) {
    /**
     * Creates the value.
     *
     * @param pointer where the expectation stands in the vector document
     * @param expected the value expected
     * @param actual the value scoring gave
     * @param explanation how scoring reached its value
     * @param message the difference in words
     * @throws io.github.assessmentkit.MissingValueException if a component is null
     */
    public Mismatch {
      Checks.notNull(pointer, "pointer");
      Checks.notNull(expected, "expected");
      Checks.notNull(actual, "actual");
      Checks.notNull(explanation, "explanation");
      Checks.notNull(message, "message");
    }
  }
}
