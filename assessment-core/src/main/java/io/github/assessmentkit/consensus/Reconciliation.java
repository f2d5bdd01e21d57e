package io.github.assessmentkit.consensus;

import io.github.assessmentkit.ConflictingStateException;
import io.github.assessmentkit.Extensions;
import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentBuilder;
import io.github.assessmentkit.assessment.AssessmentKind;
import io.github.assessmentkit.assessment.Assessor;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.RatingState;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.ConsensusMessages;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.scale.Scale;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A facilitator's way through a {@link Panel}'s proposals: each is confirmed or overridden, and
 * every decision is an entry in the {@link ConsensusTrail}. The result is a consensus {@link
 * Assessment} that scores like any other.
 *
 * <pre>{@code
 * Reconciliation r = panel.reconcile()
 *     .override("1.2", RatingValue.of(45), Stamp.now("fac-somchai", clock),
 *         Text.of("หลักฐานมีเฉพาะปี 2566", "evidence covers 2566 only"))
 *     .confirmRemaining(Stamp.now("fac-somchai", clock));
 * Assessment consensus = r.consensus("coop-2567-consensus");
 * ConsensusTrail trail = r.trail();
 * }</pre>
 *
 * <p>Immutable and thread-safe: each decision returns a new reconciliation whose trail is this
 * one's plus one entry, and the earlier reconciliation is unchanged.
 */
public final class Reconciliation {
  /** The extension of a consensus assessment naming the individual assessments, {@value}. */
  public static final String CONSENSUS_OF = "consensusOf";

  /**
   * The extension of a consensus assessment giving, per indicator decided, the number of the trail
   * entry that stands, {@value}.
   */
  public static final String CONSENSUS_DECISIONS = "consensusDecisions";

  private final Panel panel;
  private final ConsensusTrail trail;

  private Reconciliation(Panel panel, ConsensusTrail trail) {
    this.panel = panel;
    this.trail = trail;
  }

  static Reconciliation start(Panel panel) {
    return new Reconciliation(panel, ConsensusTrail.of(panel));
  }

  /**
   * Goes on from a trail kept earlier, for example one read from JSON.
   *
   * @param panel the panel the trail is of
   * @param trail the trail
   * @return the reconciliation
   * @throws InvalidValueException if the trail is of other assessments, another subject, rubric or
   *     year, or decides an indicator the rubric lacks
   */
  public static Reconciliation resume(Panel panel, ConsensusTrail trail) {
    Checks.notNull(panel, "panel");
    Checks.notNull(trail, "trail");
    if (!ConsensusTrail.of(panel).isExtendedBy(trail)) {
      throw new InvalidValueException(
          ConsensusMessages.trailOfOtherPanel(
              trail.assessmentIds().toString(), panel.assessmentIds().toString()));
    }
    for (TrailEntry e : trail.entries()) {
      panel.indicator(e.indicatorId());
    }
    return new Reconciliation(panel, trail);
  }

  /** {@return the panel} */
  public Panel panel() {
    return panel;
  }

  /** {@return the trail so far} */
  public ConsensusTrail trail() {
    return trail;
  }

  /**
   * Confirms the panel's proposal on an indicator. When the indicator was decided before, the new
   * entry supersedes that decision and goes back to the proposal.
   *
   * @param indicatorId the indicator
   * @param stamp who and when
   * @return the reconciliation with one more entry
   * @throws InvalidValueException if the rubric has no such indicator, or the panel proposed
   *     nothing for it (no assessor rated it): override it instead
   */
  public Reconciliation confirm(String indicatorId, Stamp stamp) {
    Checks.notNull(stamp, "stamp");
    IndicatorSpread s = panel.indicator(indicatorId);
    RatingState proposal = s.proposal();
    if (proposal == null) {
      throw new InvalidValueException(ConsensusMessages.nothingToConfirm(indicatorId));
    }
    return new Reconciliation(
        panel, trail.append(indicatorId, DecisionKind.CONFIRM, stamp, standing(s), proposal, null));
  }

  /**
   * Confirms the proposal on every indicator that has one and is not decided yet, in the rubric's
   * order, one entry each.
   *
   * @param stamp who and when
   * @return the reconciliation with those entries
   */
  public Reconciliation confirmRemaining(Stamp stamp) {
    Checks.notNull(stamp, "stamp");
    Reconciliation r = this;
    for (String id : pending()) {
      r = r.confirm(id, stamp);
    }
    return r;
  }

  /**
   * Puts a value of its own in place of what stands on an indicator (the proposal, or an earlier
   * decision, which the new entry then supersedes).
   *
   * @param indicatorId the indicator
   * @param to the value decided, allowed on the indicator's scale
   * @param stamp who and when
   * @param reason why, in Thai, English or both
   * @return the reconciliation with one more entry
   * @throws NullPointerException if an argument is null
   * @throws InvalidValueException if the rubric has no such indicator or its scale does not allow
   *     the value
   */
  public Reconciliation override(String indicatorId, RatingValue to, Stamp stamp, Text reason) {
    Checks.notNull(to, "to");
    return override(indicatorId, new RatingState.Rated(to), stamp, reason);
  }

  /**
   * Puts a state of its own in place of what stands on an indicator: a value, or not applicable.
   *
   * @param indicatorId the indicator
   * @param to the state decided; a value must be allowed on the indicator's scale
   * @param stamp who and when
   * @param reason why, in Thai, English or both
   * @return the reconciliation with one more entry
   * @throws NullPointerException if an argument is null
   * @throws InvalidValueException if the rubric has no such indicator or its scale does not allow
   *     the value
   */
  public Reconciliation override(String indicatorId, RatingState to, Stamp stamp, Text reason) {
    Checks.notNull(to, "to");
    Checks.notNull(stamp, "stamp");
    Checks.notNull(reason, "reason");
    IndicatorSpread s = panel.indicator(indicatorId);
    Optional<RatingValue> value = States.value(to);
    if (value.isPresent()) {
      scaleOf(indicatorId).requireAllowed(value.get());
    }
    return new Reconciliation(
        panel, trail.append(indicatorId, DecisionKind.OVERRIDE, stamp, standing(s), to, reason));
  }

  /** {@return the indicators with a proposal and no decision yet, in the rubric's order} */
  public List<String> pending() {
    List<String> out = new ArrayList<>();
    for (IndicatorSpread s : panel.indicators()) {
      if (s.proposal() != null && trail.decision(s.indicatorId()).isEmpty()) {
        out.add(s.indicatorId());
      }
    }
    return out;
  }

  /**
   * Makes the consensus assessment: of kind {@link AssessmentKind#CONSENSUS}, the panel's subject,
   * rubric and year, every assessor of the panel (ordered by id), and one rating per decided
   * indicator, in the rubric's order, holding the decision that stands, its reason as rationale.
   * Indicators nobody rated and nobody decided stay unrated. It links back through two extensions:
   * {@value #CONSENSUS_OF}, the ids of the individual assessments, and {@value
   * #CONSENSUS_DECISIONS}, the number of the trail entry behind each rating.
   *
   * @param id the consensus assessment's id
   * @return the assessment
   * @throws ConflictingStateException if a proposal is neither confirmed nor overridden
   */
  public Assessment consensus(String id) {
    Checks.notBlank(id, "id");
    List<String> open = pending();
    if (!open.isEmpty()) {
      throw new ConflictingStateException(ConsensusMessages.undecided(open));
    }
    Assessment first = panel.assessments().get(0);
    AssessmentBuilder b =
        Assessment.builder(id, first.subject(), first.rubric(), first.period())
            .kind(AssessmentKind.CONSENSUS);
    panel.assessments().stream()
        .map(a -> a.assessors().get(0))
        .sorted(Comparator.comparing(Assessor::id))
        .forEach(b::assessor);
    Map<String, String> decided = new TreeMap<>();
    for (Indicator i : panel.rubric().indicators()) {
      Optional<TrailEntry> e = trail.decision(i.id());
      if (e.isEmpty()) {
        continue;
      }
      TrailEntry entry = e.get();
      Text reason = entry.reason();
      b.rating(
          new Rating(
              i.id(),
              entry.to(),
              reason == null ? null : reason.get(Language.EN),
              List.of(),
              List.of(),
              List.of(),
              null,
              List.of(),
              Extensions.NONE));
      decided.put(i.id(), String.valueOf(entry.number()));
    }
    StringBuilder of = new StringBuilder("[");
    for (String a : panel.assessmentIds()) {
      of.append(of.length() == 1 ? "" : ",").append(quoted(a));
    }
    StringBuilder numbers = new StringBuilder("{");
    for (Map.Entry<String, String> d : decided.entrySet()) {
      numbers
          .append(numbers.length() == 1 ? "" : ",")
          .append(quoted(d.getKey()))
          .append(':')
          .append(d.getValue());
    }
    Map<String, String> links = new TreeMap<>();
    links.put(CONSENSUS_OF, of.append(']').toString());
    links.put(CONSENSUS_DECISIONS, numbers.append('}').toString());
    return b.extensions(Extensions.of(links)).build();
  }

  private @Nullable RatingState standing(IndicatorSpread s) {
    return trail.decision(s.indicatorId()).map(TrailEntry::to).orElse(s.proposal());
  }

  private Scale scaleOf(String indicatorId) {
    for (Indicator i : panel.rubric().indicators()) {
      if (i.id().equals(indicatorId)) {
        return i.scale();
      }
    }
    throw new InvalidValueException(ConsensusMessages.unknownIndicator(indicatorId));
  }

  /** A JSON string literal. */
  private static String quoted(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  @Override
  public String toString() {
    return "Reconciliation[" + panel.assessmentIds() + ", " + trail.entries().size() + " entries]";
  }
}
