package io.github.assessmentkit.json;

import io.github.assessmentkit.json.internal.VectorMessages;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.validation.ValidationReport;
import io.github.assessmentkit.validation.Violation;

/**
 * Thrown when a golden-vector file cannot be read: a {@link JsonFormatException} whose message and
 * {@link #source()} name the file. Each problem in {@link #report()} has its JSON Pointer into the
 * vector and its rule id, as the codec reports them.
 */
public class GoldenVectorFormatException extends JsonFormatException {
  private static final long serialVersionUID = 1L;

  /** The file. */
  private final String source;

  /**
   * Creates the exception.
   *
   * @param source the file, as given (a path or a URL)
   * @param report the problems, at least one
   * @throws IllegalArgumentException if the report holds no violation
   */
  public GoldenVectorFormatException(String source, ValidationReport report) {
    super(VectorMessages.unreadableFile(source, report.violations().size(), first(report)), report);
    this.source = source;
  }

  private static Text first(ValidationReport report) {
    if (report.violations().isEmpty()) {
      return Text.en("-");
    }
    Violation v = report.violations().get(0);
    String at = (v.path().isEmpty() ? "(document)" : v.path()) + " " + v.rule() + " ";
    return Text.of(at + v.message().get(Language.TH), at + v.message().get(Language.EN));
  }

  /** {@return the file that could not be read, as given} */
  public String source() {
    return source;
  }
}
