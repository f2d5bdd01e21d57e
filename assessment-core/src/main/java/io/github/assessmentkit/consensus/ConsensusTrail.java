package io.github.assessmentkit.consensus;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.assessment.RatingState;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.ConsensusMessages;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The record of how a panel reached its consensus: every confirmation and override, in the order
 * made, for one subject, rubric version and fiscal year, and the individual assessments it
 * reconciles.
 *
 * <p>Append-only: a trail is never changed in place. Adding a decision gives a new trail holding
 * every entry of this one and one more, numbered next. A second decision on an indicator does not
 * replace the first: it is a new entry naming the one it supersedes, and the latest entry on an
 * indicator is the one that stands. The constructor checks that the entries count from 1 without
 * gaps and that each names exactly the decision it supersedes, so a trail read from JSON cannot
 * hide a removed or rewritten entry in its numbering.
 *
 * @param subjectId the organisation assessed
 * @param rubric the rubric version
 * @param period the fiscal year
 * @param assessmentIds the individual assessments reconciled, ordered by id
 * @param entries the decisions, in the order made
 */
public record ConsensusTrail(
    String subjectId,
    RubricRef rubric,
    FiscalYear period,
    List<String> assessmentIds,
    List<TrailEntry> entries) {
  /**
   * Creates the value, checking its components.
   *
   * @param subjectId the organisation assessed
   * @param rubric the rubric version
   * @param period the fiscal year
   * @param assessmentIds the individual assessments, at least one
   * @param entries the decisions, numbered from 1
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if there is no assessment, or an entry is misnumbered or does
   *     not supersede exactly the earlier decision on its indicator
   */
  public ConsensusTrail {
    Checks.notBlank(subjectId, "subjectId");
    Checks.notNull(rubric, "rubric");
    Checks.notNull(period, "period");
    assessmentIds = Checks.copy(assessmentIds, "assessmentIds");
    if (assessmentIds.isEmpty()) {
      throw new InvalidValueException(ConsensusMessages.noAssessments());
    }
    entries = Checks.copy(entries, "entries");
    Map<String, Integer> latest = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      TrailEntry e = entries.get(i);
      if (e.number() != i + 1) {
        throw new InvalidValueException(ConsensusMessages.misnumbered(e.number(), i + 1));
      }
      Integer before = latest.put(e.indicatorId(), e.number());
      int expected = before == null ? 0 : before;
      int given = e.supersedes() == null ? 0 : e.supersedes();
      if (given != expected) {
        throw new InvalidValueException(
            ConsensusMessages.wrongSupersedes(e.number(), given, expected));
      }
    }
  }

  /**
   * An empty trail of a panel.
   *
   * @param panel the panel
   * @return the trail, without entries
   */
  public static ConsensusTrail of(Panel panel) {
    Checks.notNull(panel, "panel");
    return new ConsensusTrail(
        panel.assessments().get(0).subject().id(),
        panel.rubric().ref(),
        panel.assessments().get(0).period(),
        panel.assessmentIds(),
        List.of());
  }

  /** {@return the decision that stands on each indicator decided, in the order first decided} */
  public Map<String, TrailEntry> decisions() {
    Map<String, TrailEntry> out = new LinkedHashMap<>();
    for (TrailEntry e : entries) {
      out.put(e.indicatorId(), e);
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Finds the decision that stands on an indicator.
   *
   * @param indicatorId the indicator
   * @return its latest entry, or empty when it has not been decided
   */
  public Optional<TrailEntry> decision(String indicatorId) {
    Checks.notNull(indicatorId, "indicatorId");
    TrailEntry found = null;
    for (TrailEntry e : entries) {
      if (e.indicatorId().equals(indicatorId)) {
        found = e;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * Tells whether another trail holds every entry of this one, unchanged and in the same places,
   * for the same panel: whether it could have grown from this one.
   *
   * @param later the other trail
   * @return true when {@code later} extends this trail
   */
  public boolean isExtendedBy(ConsensusTrail later) {
    Checks.notNull(later, "later");
    return later.subjectId.equals(subjectId)
        && later.rubric.equals(rubric)
        && later.period.equals(period)
        && later.assessmentIds.equals(assessmentIds)
        && later.entries.size() >= entries.size()
        && later.entries.subList(0, entries.size()).equals(entries);
  }

  /** Appends one decision; the number and the entry superseded are worked out here. */
  ConsensusTrail append(
      String indicatorId,
      DecisionKind kind,
      Stamp stamp,
      @Nullable RatingState from,
      RatingState to,
      @Nullable Text reason) {
    Integer supersedes = decision(indicatorId).map(TrailEntry::number).orElse(null);
    List<TrailEntry> grown = new ArrayList<>(entries);
    grown.add(
        new TrailEntry(
            entries.size() + 1,
            indicatorId,
            kind,
            stamp.by(),
            stamp.at(),
            from,
            to,
            reason,
            supersedes));
    return new ConsensusTrail(subjectId, rubric, period, assessmentIds, grown);
  }
}
