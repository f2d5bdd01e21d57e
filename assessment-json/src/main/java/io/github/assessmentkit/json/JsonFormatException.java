package io.github.assessmentkit.json;

import io.github.assessmentkit.AssessmentException;
import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.json.internal.JsonMessages;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.validation.ValidationReport;
import io.github.assessmentkit.validation.Violation;

/**
 * Thrown when a JSON document cannot be read into the model: it is not JSON, breaks a limit, is of
 * another type or a newer format, or its structure is wrong. Carries every problem found, each with
 * a JSON Pointer, a rule id, the offending value and a message in Thai and English.
 *
 * <p>Rule ids of this layer: {@code json.syntax}, {@code json.encoding}, {@code
 * json.duplicate-key}, {@code json.limit}, {@code json.number}, {@code json.type}, {@code
 * json.unknown-field}, {@code format.unknown}, {@code format.version}, {@code value.*} (the
 * structural constraints) and a few specific ones such as {@code rating.one-state}; see the README.
 * A golden vector adds {@code vector.nothing-expected}, {@code vector.tier-required} and {@code
 * vector.assessment-reference}; its assessment's own problems stand under {@code /assessment}.
 */
public class JsonFormatException extends AssessmentException {
  private static final long serialVersionUID = 1L;

  /** The report. */
  private final transient ValidationReport report;

  /**
   * Creates the exception.
   *
   * @param report the problems, at least one
   * @throws IllegalArgumentException if the report holds no violation
   */
  public JsonFormatException(ValidationReport report) {
    super(summary(report));
    this.report = report;
  }

  /**
   * Creates the exception with a message of its own, for a subclass that says more, such as the
   * file read.
   *
   * @param message the message in Thai and English
   * @param report the problems, at least one
   * @throws IllegalArgumentException if the report holds no violation
   */
  protected JsonFormatException(Text message, ValidationReport report) {
    super(check(message, report));
    this.report = report;
  }

  private static Text check(Text message, ValidationReport report) {
    summary(report);
    return message;
  }

  private static Text summary(ValidationReport report) {
    if (report.isValid()) {
      throw new InvalidValueException(JsonMessages.emptyReport());
    }
    int n = report.violations().size();
    Violation first = report.violations().get(0);
    String where = first.path().isEmpty() ? "(document)" : first.path();
    return Text.of(
        "อ่านเอกสาร JSON ไม่ได้ พบปัญหา "
            + n
            + " จุด; จุดแรก: "
            + where
            + " "
            + first.message().get(Language.TH),
        "the JSON document cannot be read: "
            + n
            + (n == 1 ? " problem" : " problems")
            + "; first: "
            + where
            + " "
            + first.message().get(Language.EN));
  }

  /** {@return every problem found} */
  public ValidationReport report() {
    return report;
  }
}
