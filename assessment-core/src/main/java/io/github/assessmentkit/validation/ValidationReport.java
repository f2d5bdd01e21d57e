package io.github.assessmentkit.validation;

import io.github.assessmentkit.internal.Checks;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every violation found in one validation, in document order: the errors, which stop scoring, and
 * the warnings, which are only reported. The document is valid when there is no error.
 *
 * @param violations the violations
 */
public record ValidationReport(List<Violation> violations) {
  /** A report without violations. */
  public static final ValidationReport VALID = new ValidationReport(List.of());

  /**
   * Creates the value, checking its components.
   *
   * @param violations the violations
   * @throws NullPointerException if a required component is null
   */
  public ValidationReport {
    violations = Checks.copy(violations, "violations");
  }

  /** {@return whether there is no error; warnings do not make a document invalid} */
  public boolean isValid() {
    for (Violation v : violations) {
      if (v.isError()) {
        return false;
      }
    }
    return true;
  }

  /** {@return the violations that stop scoring, in document order} */
  public List<Violation> errors() {
    return violations.stream().filter(Violation::isError).toList();
  }

  /** {@return the violations that are only reported, in document order} */
  public List<Violation> warnings() {
    return violations.stream().filter(v -> !v.isError()).toList();
  }

  /**
   * Throws when there is an error.
   *
   * @throws InvalidAssessmentException carrying this report
   */
  public void orThrow() {
    if (!isValid()) {
      throw new InvalidAssessmentException(this);
    }
  }

  /** {@return one line per violation, in English} */
  @Override
  public String toString() {
    return violations.stream().map(Violation::toString).collect(Collectors.joining("\n"));
  }
}
