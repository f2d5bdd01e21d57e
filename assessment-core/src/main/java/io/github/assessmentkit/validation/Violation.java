package io.github.assessmentkit.validation;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.rubric.Severity;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One problem found in a document: where (a JSON Pointer into the assessment or rubric document),
 * which rule, the offending value, the message in Thai and English, for a problem with a rating the
 * id of the rubric's indicator the rating names (so a problem in an assessment built in code can be
 * traced without counting ratings), and whether it stops scoring.
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
 * @param severity {@link Severity#ERROR} when it stops scoring (every rule but those a rubric
 *     declares softer), {@link Severity#WARNING} when it is only reported
 */
public record Violation(
    String path,
    String rule,
    @Nullable String value,
    Text message,
    @Nullable String indicatorId,
    Severity severity) {
  /**
   * Creates the value, checking its components.
   *
   * @param path a JSON Pointer, for example {@code /ratings/3/value}
   * @param rule a stable rule id, for example {@code rating.value-in-scale}
   * @param value the offending value as text, or {@code null}
   * @param message what is wrong and why
   * @param indicatorId the indicator id named by the rating at fault, or {@code null}
   * @param severity whether it stops scoring
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
    Checks.notNull(severity, "severity");
  }

  /**
   * Creates an error that names an indicator.
   *
   * @param path a JSON Pointer, for example {@code /ratings/3/value}
   * @param rule a stable rule id, for example {@code rating.value-in-scale}
   * @param value the offending value as text, or {@code null}
   * @param message what is wrong and why
   * @param indicatorId the indicator id named by the rating at fault, or {@code null}
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public Violation(
      String path,
      String rule,
      @Nullable String value,
      Text message,
      @Nullable String indicatorId) {
    this(path, rule, value, message, indicatorId, Severity.ERROR);
  }

  /**
   * Creates a violation of the given severity that names no indicator.
   *
   * @param path a JSON Pointer, for example {@code /ratings/3/value}
   * @param rule a stable rule id, for example {@code rating.value-in-scale}
   * @param value the offending value as text, or {@code null}
   * @param message what is wrong and why
   * @param severity whether it stops scoring
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public Violation(
      String path, String rule, @Nullable String value, Text message, Severity severity) {
    this(path, rule, value, message, null, severity);
  }

  /**
   * Creates an error: a violation that stops scoring and names no indicator.
   *
   * @param path a JSON Pointer, for example {@code /ratings/3/value}
   * @param rule a stable rule id, for example {@code rating.value-in-scale}
   * @param value the offending value as text, or {@code null}
   * @param message what is wrong and why
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public Violation(String path, String rule, @Nullable String value, Text message) {
    this(path, rule, value, message, null, Severity.ERROR);
  }

  /**
   * {@return the indicator id named by the rating at fault, if the problem is with a rating} For
   * {@code rating.indicator-exists} it is the id the rubric lacks.
   */
  public Optional<String> indicator() {
    return Optional.ofNullable(indicatorId);
  }

  /** {@return whether it stops scoring} */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@return the path, the rule and the English message; a warning says so after the rule} */
  @Override
  public String toString() {
    return path + " [" + rule + "] " + (isError() ? "" : "(warning) ") + message.get(Language.EN);
  }
}
