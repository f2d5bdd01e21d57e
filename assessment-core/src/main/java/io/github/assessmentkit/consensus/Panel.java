package io.github.assessmentkit.consensus;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentKind;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.RatingState;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.ConsensusMessages;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.RatingValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The individual assessments of a team of assessors, set side by side indicator by indicator.
 *
 * <p>Each examiner's ratings are an individual {@link Assessment} of the same subject, rubric
 * version and fiscal year, listing exactly one assessor in its {@link Assessment#assessors()}. So
 * the rule {@code rating.one-per-indicator} keeps applying to each assessment, that is to each
 * assessor, and an individual assessment is validated and scored like any other. Mixing subjects,
 * rubrics or fiscal years is refused, naming the assessment at fault.
 *
 * <p>For every indicator of the rubric the panel lists each assessor's value (or not rated, not
 * applicable, unknown), the spread between the assessors in steps of the indicator's scale, a flag
 * where the spread is more than the tolerance, and a consensus proposed by a {@link ConsensusRule}.
 * Steps follow the scale's own order: on a band scale a step is a band (40 and 45 % are in one
 * band, 0 steps apart; 45 and 50 % are 1 step apart); on levels, yes/partial/no, Likert points and
 * a numeric grid a step is one value to the next; on a yes/no scale yes and no are 1 step apart; on
 * a numeric scale without a grid the distance is in the scale's units; on a measure it is the
 * number of thresholds between the two values. The default tolerance is one step, or none on a
 * yes/no scale, so that a spread of exactly one band is not flagged, two bands are, and any
 * disagreement on yes/no is. Not-applicable findings and unknown or missing ratings do not count in
 * the spread; when some assessors rated a value and others found the indicator not applicable, it
 * is flagged.
 *
 * <pre>{@code
 * Panel panel = Panel.of(rubric, List.of(byAnong, byBoon, byChai));
 * for (IndicatorSpread s : panel.flagged()) {
 *   System.out.println(s.indicatorId() + " spread " + s.spread());
 * }
 * Reconciliation r = panel.reconcile()
 *     .override("1.2", RatingValue.of(45), Stamp.at("fac", at), Text.en("evidence of 2566 only"))
 *     .confirmRemaining(Stamp.at("fac", at));
 * Assessment consensus = r.consensus("coop-2567-consensus");
 * }</pre>
 *
 * <p>Immutable and thread-safe. The result does not depend on the order of the assessments given:
 * they are kept ordered by id, and the values of an indicator by assessor id.
 */
public final class Panel {
  private final Rubric rubric;
  private final List<Assessment> assessments;
  private final ConsensusRule rule;
  private final @Nullable BigDecimal tolerance;
  private final List<IndicatorSpread> spreads;

  private Panel(
      Rubric rubric,
      List<Assessment> assessments,
      ConsensusRule rule,
      @Nullable BigDecimal tolerance) {
    this.rubric = rubric;
    this.assessments = assessments;
    this.rule = rule;
    this.tolerance = tolerance;
    List<IndicatorSpread> out = new ArrayList<>();
    for (Indicator i : rubric.indicators()) {
      out.add(spread(i));
    }
    this.spreads = List.copyOf(out);
  }

  /**
   * A panel proposing the {@linkplain ConsensusRule#MEDIAN_STEP median step}, with the default
   * tolerance of each scale.
   *
   * @param rubric the rubric every assessment answers
   * @param assessments the individual assessments, one per assessor, in any order
   * @return the panel
   * @throws NullPointerException if an argument or an assessment is null
   * @throws InvalidValueException if there is no assessment, if one answers another rubric, is of
   *     another subject or fiscal year, does not list exactly one assessor, is a consensus itself,
   *     or if an assessment or assessor appears twice, the message naming the assessment; or if a
   *     rated value is not allowed on its indicator's scale. Ratings of indicators the rubric lacks
   *     are left out, as the validator reports them.
   */
  public static Panel of(Rubric rubric, List<Assessment> assessments) {
    return of(rubric, assessments, ConsensusRule.MEDIAN_STEP, null);
  }

  /**
   * A panel with a declared rule and tolerance.
   *
   * @param rubric the rubric every assessment answers
   * @param assessments the individual assessments, one per assessor, in any order
   * @param rule how the consensus is proposed
   * @param tolerance the largest spread, in steps, that is not flagged, on every indicator; or
   *     {@code null} for each scale's default (one step, none on yes/no)
   * @return the panel
   * @throws NullPointerException if a required argument or an assessment is null
   * @throws InvalidValueException as {@link #of(Rubric, List)}, or if the tolerance is negative
   */
  public static Panel of(
      Rubric rubric,
      List<Assessment> assessments,
      ConsensusRule rule,
      @Nullable BigDecimal tolerance) {
    Checks.notNull(rubric, "rubric");
    Checks.notNull(rule, "rule");
    if (tolerance != null) {
      Checks.nonNegative(tolerance, "tolerance");
    }
    List<Assessment> sorted = new ArrayList<>(Checks.copy(assessments, "assessments"));
    if (sorted.isEmpty()) {
      throw new InvalidValueException(ConsensusMessages.noAssessments());
    }
    sorted.sort(Comparator.comparing(Assessment::id));
    Assessment first = sorted.get(0);
    Map<String, String> byAssessor = new HashMap<>();
    String previous = null;
    for (Assessment a : sorted) {
      if (a.id().equals(previous)) {
        throw new InvalidValueException(ConsensusMessages.assessmentTwice(a.id()));
      }
      previous = a.id();
      if (!a.rubric().equals(rubric.ref())) {
        throw new InvalidValueException(
            ConsensusMessages.mixed(
                a.id(),
                ConsensusMessages.rubric(),
                a.rubric().toString(),
                rubric.ref().toString()));
      }
      if (!a.subject().id().equals(first.subject().id())) {
        throw new InvalidValueException(
            ConsensusMessages.mixed(
                a.id(), ConsensusMessages.subject(), a.subject().id(), first.subject().id()));
      }
      if (!a.period().equals(first.period())) {
        throw new InvalidValueException(
            ConsensusMessages.mixed(
                a.id(),
                ConsensusMessages.fiscalYear(),
                a.period().toString(),
                first.period().toString()));
      }
      if (a.kind() == AssessmentKind.CONSENSUS) {
        throw new InvalidValueException(ConsensusMessages.consensusInPanel(a.id()));
      }
      if (a.assessors().size() != 1) {
        throw new InvalidValueException(
            ConsensusMessages.notOneAssessor(a.id(), a.assessors().size()));
      }
      String assessor = a.assessors().get(0).id();
      String other = byAssessor.putIfAbsent(assessor, a.id());
      if (other != null) {
        throw new InvalidValueException(ConsensusMessages.assessorTwice(a.id(), assessor, other));
      }
    }
    return new Panel(rubric, List.copyOf(sorted), rule, tolerance);
  }

  /** {@return the rubric} */
  public Rubric rubric() {
    return rubric;
  }

  /** {@return the individual assessments, ordered by id} */
  public List<Assessment> assessments() {
    return assessments;
  }

  /** {@return the ids of the individual assessments, in order} */
  public List<String> assessmentIds() {
    return assessments.stream().map(Assessment::id).toList();
  }

  /** {@return the rule proposals follow} */
  public ConsensusRule rule() {
    return rule;
  }

  /** {@return the tolerance declared for every indicator, or empty for each scale's default} */
  public Optional<BigDecimal> tolerance() {
    return Optional.ofNullable(tolerance);
  }

  /** {@return every indicator of the rubric, in the rubric's order} */
  public List<IndicatorSpread> indicators() {
    return spreads;
  }

  /** {@return the indicators the panel must talk about, in the rubric's order} */
  public List<IndicatorSpread> flagged() {
    return spreads.stream().filter(IndicatorSpread::flagged).toList();
  }

  /**
   * Finds one indicator.
   *
   * @param indicatorId the indicator
   * @return its spread
   * @throws InvalidValueException if the rubric has no such indicator
   */
  public IndicatorSpread indicator(String indicatorId) {
    Checks.notNull(indicatorId, "indicatorId");
    for (IndicatorSpread s : spreads) {
      if (s.indicatorId().equals(indicatorId)) {
        return s;
      }
    }
    throw new InvalidValueException(ConsensusMessages.unknownIndicator(indicatorId));
  }

  /** {@return a reconciliation of this panel with an empty trail} */
  public Reconciliation reconcile() {
    return Reconciliation.start(this);
  }

  private IndicatorSpread spread(Indicator indicator) {
    Steps steps = Steps.of(indicator.scale());
    List<AssessorValue> values = new ArrayList<>();
    for (Assessment a : assessments) {
      Optional<Rating> r = a.rating(indicator.id());
      values.add(
          new AssessorValue(a.assessors().get(0).id(), a.id(), r.map(Rating::state).orElse(null)));
    }
    values.sort(Comparator.comparing(AssessorValue::assessorId));
    List<RatingValue> rated = new ArrayList<>();
    String notApplicable = null;
    for (AssessorValue v : values) {
      Optional<RatingValue> value = States.value(v.state());
      if (value.isPresent()) {
        indicator.scale().requireAllowed(value.get());
        rated.add(value.get());
      } else if (notApplicable == null) {
        notApplicable = States.notApplicable(v.state()).orElse(null);
      }
    }
    BigDecimal allowed = tolerance != null ? tolerance : steps.defaultTolerance();
    // lowest earning first; equal values by their text, so the order given never matters
    rated.sort(Comparator.comparing(steps::order).thenComparing(RatingValue::toString));
    boolean split = !rated.isEmpty() && notApplicable != null;
    if (rated.isEmpty()) {
      RatingState proposal =
          notApplicable == null ? null : new RatingState.NotApplicable(notApplicable);
      return new IndicatorSpread(
          indicator.id(), values, null, null, null, allowed, false, false, proposal);
    }
    RatingValue low = rated.get(0);
    RatingValue high = rated.get(rated.size() - 1);
    BigDecimal spread = steps.step(high).subtract(steps.step(low)).abs();
    boolean flagged = split || spread.compareTo(allowed) > 0;
    return new IndicatorSpread(
        indicator.id(),
        values,
        low,
        high,
        spread,
        allowed,
        split,
        flagged,
        new RatingState.Rated(propose(steps, rated)));
  }

  private RatingValue propose(Steps steps, List<RatingValue> ascending) {
    int n = ascending.size();
    RatingValue lowerMiddle = ascending.get((n - 1) / 2);
    return switch (rule) {
      case MEDIAN_STEP ->
          n % 2 == 1 ? lowerMiddle : steps.midway(lowerMiddle, ascending.get(n / 2));
      case LOWER_MIDDLE -> lowerMiddle;
      case MAJORITY -> majority(steps, ascending);
    };
  }

  private static RatingValue majority(Steps steps, List<RatingValue> ascending) {
    // grouped by place in the order; the first largest group is the lowest of a tie
    Map<BigDecimal, List<RatingValue>> groups = new TreeMap<>();
    for (RatingValue v : ascending) {
      groups.computeIfAbsent(steps.order(v), k -> new ArrayList<>()).add(v);
    }
    List<RatingValue> best = List.of();
    for (List<RatingValue> g : groups.values()) {
      if (g.size() > best.size()) {
        best = g;
      }
    }
    return best.get(0);
  }

  @Override
  public String toString() {
    Map<String, Object> shown = new LinkedHashMap<>();
    shown.put("assessments", assessmentIds());
    shown.put("rule", rule);
    return "Panel" + shown;
  }
}
