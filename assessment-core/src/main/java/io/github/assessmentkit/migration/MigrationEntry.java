package io.github.assessmentkit.migration;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.text.Text;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One line of a {@link MigrationReport}.
 *
 * @param outcome what became of it
 * @param fromIds the older indicators read (empty when a newer indicator had no source)
 * @param toId the newer indicator written or left unrated, or null for a dropped rating
 * @param reason why, in Thai and English
 */
public record MigrationEntry(
    MigrationOutcome outcome, List<String> fromIds, @Nullable String toId, Text reason) {
  /**
   * Creates the value, checking its components.
   *
   * @param outcome what became of it
   * @param fromIds the older indicators read
   * @param toId the newer indicator, or null for a dropped rating
   * @param reason why
   */
  public MigrationEntry {
    Checks.notNull(outcome, "outcome");
    fromIds = Checks.copy(fromIds, "fromIds");
    Checks.notNull(reason, "reason");
  }
}
