package io.github.assessmentkit.validation;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.text.Text;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One problem found in a document: where (a JSON Pointer into the assessment or rubric document),
 * which rule, the offending value, the message in Thai and English, and, for a problem with a
 * rating, the id of the rubric's indicator the rating names, so a problem in an assessment built in
 * code can be traced without counting ratings.
 *
 * <pre>{@code
 * for (Violation v : AssessmentValidator.validate(rubric, assessment).violations()) {
 *   System.out.println(v.indicator().orElse("-") + " " + v.rule()); // "1.1 rating.value-in-scale"
 * }
 * }</pre>
 *
 * @param path a JSON Pointer, for example {@code /ratings/3/value}
 * @param rule a stable rule id, for example {@code rating.value-in-scale}
 * @param value the offending value as text, or {@code null}
 * @param message what is wrong and why
 * @param indicatorId the indicator id named by the rating at fault, or {@code null} when the
 *     problem is not with a rating (a duplicate assessor id, say) or was found before the rating
 *     could be read
 */
public record Violation(
    String path, String rule, @Nullable String value, Text message, @Nullable String indicatorId) {
  /**
   * Creates the value, checking its components.
   *
   * @param path a JSON Pointer, for example {@code /ratings/3/value}
   * @param rule a stable rule id, for example {@code rating.value-in-scale}
   * @param value the offending value as text, or {@code null}
   * @param message what is wrong and why
   * @param indicatorId the indicator id named by the rating at fault, or {@code null}
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public Violation {
    Checks.notNull(path, "path");
    Checks.notBlank(rule, "rule");
    Checks.notNull(message, "message");
    if (indicatorId != null) {
      Checks.notBlank(indicatorId, "indicatorId");
    }
  }

  /**
   * Creates a violation that names no indicator.
   *
   * @param path a JSON Pointer, for example {@code /ratings/3/value}
   * @param rule a stable rule id, for example {@code rating.value-in-scale}
   * @param value the offending value as text, or {@code null}
   * @param message what is wrong and why
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public Violation(String path, String rule, @Nullable String value, Text message) {
    this(path, rule, value, message, null);
  }

  /**
   * {@return the indicator id named by the rating at fault, if the problem is with a rating} For
   * {@code rating.indicator-exists} it is the id the rubric lacks.
   */
  public Optional<String> indicator() {
    return Optional.ofNullable(indicatorId);
  }

  @Override
  public String toString() {
    return path + " [" + rule + "] " + message.get(io.github.assessmentkit.text.Language.EN);
  }
}
