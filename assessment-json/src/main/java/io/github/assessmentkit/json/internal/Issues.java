package io.github.assessmentkit.json.internal;

import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.validation.ValidationReport;
import io.github.assessmentkit.validation.Violation;
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
    violations.add(violation);
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

  /** {@return the violations, ordered by path as in the document} */
  public ValidationReport report() {
    List<Violation> sorted = new ArrayList<>(violations);
    sorted.sort((a, b) -> Pointer.ORDER.compare(a.path(), b.path()));
    return new ValidationReport(sorted);
  }
}
