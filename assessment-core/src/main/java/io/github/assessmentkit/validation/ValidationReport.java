package io.github.assessmentkit.validation;

import io.github.assessmentkit.internal.Checks;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every violation found in one validation, in document order. Empty when the document is valid.
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

  /** {@return whether there is no violation} */
  public boolean isValid() {
    return violations.isEmpty();
  }

  /**
   * Throws when there is a violation.
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
