package io.github.assessmentkit.migration;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.rubric.RubricRef;
import java.util.List;

/**
 * What carrying an assessment across two versions of its rubric did: one entry per indicator of the
 * newer version, in its tree order (carried, or left unrated with the reason), then one per rating
 * dropped by the mapping. Immutable.
 *
 * @param from the older version
 * @param to the newer version
 * @param entries the entries, in the order above
 */
public record MigrationReport(RubricRef from, RubricRef to, List<MigrationEntry> entries) {
  /**
   * Creates the value, checking its components.
   *
   * @param from the older version
   * @param to the newer version
   * @param entries the entries
   */
  public MigrationReport {
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
    entries = Checks.copy(entries, "entries");
  }

  /** {@return the newer indicators left unrated, with the reasons, in tree order} */
  public List<MigrationEntry> notCarried() {
    return entries.stream().filter(e -> e.outcome() == MigrationOutcome.NOT_CARRIED).toList();
  }

  /** {@return how many newer indicators received a rating} */
  public int carried() {
    int n = 0;
    for (MigrationEntry e : entries) {
      if (e.outcome() != MigrationOutcome.NOT_CARRIED && e.outcome() != MigrationOutcome.DROPPED) {
        n++;
      }
    }
    return n;
  }
}
