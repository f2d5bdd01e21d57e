package io.github.assessmentkit.json.internal;

import io.github.assessmentkit.rubric.Severity;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.validation.ValidationReport;
import io.github.assessmentkit.validation.Violation;
import io.github.assessmentkit.validation.internal.Truncation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Collects the violations found while reading one document. Not thread-safe; one per read. */
public final class Issues {
  private final List<Violation> violations = new ArrayList<>();
  private final Set<String> paths = new HashSet<>();
  private final Set<String> ancestors = new HashSet<>();
  private final int max;
  private long omitted;
  private boolean omittedError;

  /** Creates a collection that keeps every violation. */
  public Issues() {
    this(Integer.MAX_VALUE);
  }

  /**
   * Creates a collection that keeps at most {@code max} violations and counts the rest, which its
   * report then names in one last {@code report.truncated} entry.
   *
   * @param max the most violations kept; 1 or more
   */
  public Issues(int max) {
    this.max = Math.max(1, max);
  }

  /**
   * Records a violation.
   *
   * @param path where, a JSON Pointer
   * @param rule the rule id
   * @param value the offending value, or null
   * @param message the message
   */
  public void add(String path, String rule, @Nullable String value, Text message) {
    add(new Violation(path, rule, value == null ? null : Show.value(value), message));
  }

  /**
   * Records a violation.
   *
   * @param violation the violation
   */
  public void add(Violation violation) {
    if (Truncation.isMore(violation)) {
      omitted += Truncation.count(violation);
      omittedError |= violation.severity() == Severity.ERROR;
      return;
    }
    if (violations.size() < max) {
      violations.add(violation);
    } else {
      omitted++;
      omittedError |= violation.severity() == Severity.ERROR;
    }
    String p = violation.path();
    if (paths.add(p)) {
      for (int slash = p.lastIndexOf('/'); slash >= 0; slash = p.lastIndexOf('/', slash - 1)) {
        if (!ancestors.add(p.substring(0, slash)) || slash == 0) {
          break;
        }
      }
    }
  }

  /**
   * Records every violation of another collection.
   *
   * @param other the violations to add
   */
  public void addAll(Issues other) {
    for (Violation v : other.violations) {
      add(v);
    }
  }

  /**
   * Tells whether a violation was already recorded at a path, above it or below it, so that a
   * constraint on a value the reader could not read adds nothing new.
   *
   * @param path a JSON Pointer
   * @return true when this path, one of its ancestors or one of its descendants has a violation
   */
  public boolean coveredAt(String path) {
    if (ancestors.contains(path)) {
      return true;
    }
    String p = path;
    while (true) {
      if (paths.contains(p)) {
        return true;
      }
      int slash = p.lastIndexOf('/');
      if (slash < 0) {
        return false;
      }
      p = p.substring(0, slash);
    }
  }

  /**
   * Tells whether a violation was recorded exactly at a path.
   *
   * @param path a JSON Pointer
   * @return true when this very path has a violation
   */
  public boolean reportedAt(String path) {
    return paths.contains(path);
  }

  /** {@return whether nothing was recorded} */
  public boolean isEmpty() {
    return violations.isEmpty();
  }

  /**
   * Gives the violations kept, ordered by path as in the document, then, when some were left out,
   * one {@code report.truncated} entry at the root that says how many ("and N more"): an error when
   * one of those left out is an error, a warning otherwise.
   *
   * @return the report
   */
  public ValidationReport report() {
    List<Violation> sorted = new ArrayList<>(violations);
    sorted.sort((a, b) -> Pointer.ORDER.compare(a.path(), b.path()));
    if (omitted > 0) {
      sorted.add(Truncation.more(omitted, omittedError));
    }
    return new ValidationReport(sorted);
  }

  /**
   * Keeps at most {@code max} violations of a report, in its order, and names the rest in one last
   * {@link ValidationReport#TRUNCATED} entry.
   *
   * @param report the report
   * @param max the most violations kept; 1 or more
   * @return the report itself when it is short enough, the shortened report otherwise
   */
  public static ValidationReport cap(ValidationReport report, int max) {
    return report.limitedTo(max);
  }
}
