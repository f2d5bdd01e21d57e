package io.github.assessmentkit.validation.internal;

import io.github.assessmentkit.internal.AssessmentMessages;
import io.github.assessmentkit.rubric.Severity;
import io.github.assessmentkit.validation.ValidationReport;
import io.github.assessmentkit.validation.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * Keeps a report short: at most a given number of violations, then one last {@link
 * ValidationReport#TRUNCATED} entry at the root that says how many more there were ("and N more"),
 * an error when one of those left out is an error and a warning otherwise. Such an entry given to
 * it is not kept but added to the count. Not thread-safe; one per check.
 */
public final class Truncation extends ArrayList<Violation> {
  private static final long serialVersionUID = 1L;

  /** The most violations kept. */
  private final int max;

  private long omitted;
  private boolean omittedError;

  /**
   * Creates an empty list that keeps at most {@code max} violations.
   *
   * @param max the most violations kept; 1 or more
   */
  public Truncation(int max) {
    this.max = Math.max(1, max);
  }

  /**
   * Keeps the violation while there is room, and counts it otherwise.
   *
   * @param v the violation
   * @return always true
   */
  @Override
  public boolean add(Violation v) {
    if (isMore(v)) {
      omitted += count(v);
      omittedError |= v.severity() == Severity.ERROR;
      return true;
    }
    if (size() < max) {
      return super.add(v);
    }
    omitted++;
    omittedError |= v.severity() == Severity.ERROR;
    return true;
  }

  /**
   * Keeps the violation {@code make} gives while there is room; once the list is full, only counts
   * it, so that neither its path nor its message in two languages is built for a violation that is
   * not kept.
   *
   * @param severity the violation's severity, which the count of those left out needs
   * @param make makes the violation; called only when it is kept
   */
  public void add(Severity severity, Supplier<Violation> make) {
    if (size() < max) {
      add(make.get());
      return;
    }
    omitted++;
    omittedError |= severity == Severity.ERROR;
  }

  /**
   * Keeps or counts each violation in turn, as {@link #add} does.
   *
   * @param all the violations
   * @return whether any was given
   */
  @Override
  public boolean addAll(Collection<? extends Violation> all) {
    for (Violation v : all) {
      add(v);
    }
    return !all.isEmpty();
  }

  /** {@return the violations kept, then the entry that counts the rest when some were left out} */
  public List<Violation> finish() {
    List<Violation> out = new ArrayList<>(this);
    if (omitted > 0) {
      out.add(more(omitted, omittedError));
    }
    return out;
  }

  /**
   * Tells whether a violation is the last entry of a shortened report.
   *
   * @param v the violation
   * @return true for a {@link ValidationReport#TRUNCATED} entry
   */
  public static boolean isMore(Violation v) {
    return v.rule().equals(ValidationReport.TRUNCATED) && v.value() != null;
  }

  /**
   * Gives how many violations the last entry of a shortened report counts.
   *
   * @param v a {@link ValidationReport#TRUNCATED} entry
   * @return the count it carries as its value
   */
  public static long count(Violation v) {
    return Long.parseLong(java.util.Objects.requireNonNull(v.value()));
  }

  /**
   * Gives the last entry of a shortened report, which carries the count as its value.
   *
   * @param more how many violations were left out; 1 or more
   * @param error whether one of them is an error
   * @return the entry
   */
  public static Violation more(long more, boolean error) {
    return new Violation(
        "",
        ValidationReport.TRUNCATED,
        Long.toString(more),
        AssessmentMessages.moreViolations(more),
        null,
        error ? Severity.ERROR : Severity.WARNING);
  }
}
