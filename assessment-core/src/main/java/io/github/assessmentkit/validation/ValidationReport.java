package io.github.assessmentkit.validation;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.validation.internal.Truncation;
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
   * The rule id of the last entry of a shortened report, at the root, which says how many more
   * violations there were ("and N more"), with that count as its value: an error when one of those
   * left out is an error, a warning otherwise.
   */
  public static final String TRUNCATED = "report.truncated";

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

  /**
   * Keeps at most {@code max} violations, in order, and names the rest in one last {@link
   * #TRUNCATED} entry.
   *
   * <pre>{@code
   * ValidationReport shown = report.limitedTo(100);
   * }</pre>
   *
   * @param max the most violations kept; 1 or more
   * @return this report when it has {@code max} violations or fewer, the shortened report otherwise
   * @throws IllegalArgumentException if {@code max} is below 1
   */
  public ValidationReport limitedTo(int max) {
    Checks.positive(max, "max");
    if (violations.size() <= max) {
      return this;
    }
    Truncation kept = new Truncation(max);
    kept.addAll(violations);
    return new ValidationReport(kept.finish());
  }

  /** {@return one line per violation, in English} */
  @Override
  public String toString() {
    return violations.stream().map(Violation::toString).collect(Collectors.joining("\n"));
  }
}
