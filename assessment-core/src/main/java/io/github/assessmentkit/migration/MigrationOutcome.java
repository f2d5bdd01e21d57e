package io.github.assessmentkit.migration;

/** What became of a rating, or of a newer indicator, when an assessment was carried across. */
public enum MigrationOutcome {
  /** Carried as it was, to the indicator with the same id. */
  KEPT,
  /** Carried to an indicator with another id. */
  RENAMED,
  /** Carried to each indicator an older one was split into. */
  SPLIT,
  /** Several ratings merged into one by the mapping's rule. */
  MERGED,
  /** Not carried, as the mapping says. */
  DROPPED,
  /** A newer indicator left unrated: no source, its source unrated, or its value did not fit. */
  NOT_CARRIED
}
