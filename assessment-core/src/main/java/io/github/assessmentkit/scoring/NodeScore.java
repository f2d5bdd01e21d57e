package io.github.assessmentkit.scoring;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.Decimals;
import io.github.assessmentkit.internal.ScoringMessages;
import io.github.assessmentkit.rubric.CriterionKind;
import io.github.assessmentkit.spi.Coverage;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One node of a scorecard, mirroring a criterion of the rubric (the root mirrors the rubric).
 *
 * @param id the criterion's id (the rubric's id at the root)
 * @param title the criterion's name
 * @param kind the criterion's kind
 * @param applicable false when every part was not applicable and excluded
 * @param earned points earned, two decimal places
 * @param possible points possible after the not-applicable policy, two decimal places
 * @param percent earned as a percent of possible, two decimal places
 * @param coverage what could be judged
 * @param label the band or level, or {@code null}
 * @param explanation how the points were computed
 * @param children the scores of the sub-criteria
 * @param indicators the scores of its indicators
 * @param exactPossible its possible points, exactly
 * @param fraction the exact fraction of its possible points it earns, or {@code null} when it does
 *     not apply; its percent is this fraction rounded once
 */
public record NodeScore(
    String id,
    Text title,
    CriterionKind kind,
    boolean applicable,
    BigDecimal earned,
    BigDecimal possible,
    BigDecimal percent,
    Coverage coverage,
    @Nullable Text label,
    Explanation explanation,
    List<NodeScore> children,
    List<IndicatorScore> indicators,
    Ratio exactPossible,
    @Nullable Ratio fraction) {
  /**
   * Creates the value, checking its components.
   *
   * @param id the criterion's id (the rubric's id at the root)
   * @param title the criterion's name
   * @param kind the criterion's kind
   * @param applicable false when every part was not applicable and excluded
   * @param earned points earned, two decimal places
   * @param possible points possible after the not-applicable policy, two decimal places
   * @param percent earned as a percent of possible, two decimal places
   * @param coverage what could be judged
   * @param label the band or level, or {@code null}
   * @param explanation how the points were computed
   * @param children the scores of the sub-criteria
   * @param indicators the scores of its indicators
   * @param exactPossible its possible points, exactly
   * @param fraction the exact fraction of its possible points it earns, or {@code null}
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public NodeScore {
    Checks.notBlank(id, "id");
    Checks.notNull(title, "title");
    Checks.notNull(kind, "kind");
    Checks.nonNegative(earned, "earned");
    Checks.nonNegative(possible, "possible");
    Checks.notNull(percent, "percent");
    Checks.notNull(coverage, "coverage");
    Checks.notNull(explanation, "explanation");
    children = Checks.copy(children, "children");
    indicators = Checks.copy(indicators, "indicators");
    Checks.notNull(exactPossible, "exactPossible");
    if (earned.compareTo(possible) > 0) {
      throw new InvalidValueException(ScoringMessages.earnedAbovePossible(id, earned, possible));
    }
  }

  /** {@return the points earned, exactly: fraction × exact possible (0 when it does not apply)} */
  public Ratio exactEarned() {
    return fraction == null ? Ratio.ZERO : fraction.times(exactPossible);
  }

  /**
   * {@return whether anything in it could be scored: it applies and at least one of its indicators
   * is rated (with a value, or not applicable counted by a policy); false is the state "nothing
   * could be scored", not a score of 0}
   */
  public boolean isScored() {
    return applicable && coverage.rated() > 0;
  }

  /**
   * {@return how its percent follows from its exact values, for example {@code "50/3 ÷ 100/3 = 1/2
   * → 50.00 %"}: exact earned ÷ exact possible = exact fraction, rounded once; {@code "—"} when it
   * does not apply}
   */
  public String percentExplained() {
    if (fraction == null) {
      return "—";
    }
    return Decimals.plain(exactEarned())
        + " ÷ "
        + Decimals.plain(exactPossible)
        + " = "
        + Decimals.plain(fraction)
        + " → "
        + percent.toPlainString()
        + " %";
  }

  /**
   * Finds a node in this subtree, this node included.
   *
   * @param nodeId the criterion's id
   * @return the node, or empty
   */
  public Optional<NodeScore> find(String nodeId) {
    // parents first, as stream() orders them; a loop, as this runs for every metric of a decision
    ArrayDeque<NodeScore> todo = new ArrayDeque<>();
    todo.push(this);
    while (!todo.isEmpty()) {
      NodeScore n = todo.pop();
      if (n.id.equals(nodeId)) {
        return Optional.of(n);
      }
      for (int i = n.children.size() - 1; i >= 0; i--) {
        todo.push(n.children.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * Finds an indicator's line in this subtree.
   *
   * @param indicatorId the indicator
   * @return the line, or empty
   */
  public Optional<IndicatorScore> indicator(String indicatorId) {
    return stream()
        .flatMap(n -> n.indicators.stream())
        .filter(i -> i.indicatorId().equals(indicatorId))
        .findFirst();
  }

  /** {@return this node and every node below it, parents first} */
  public Stream<NodeScore> stream() {
    return Stream.concat(Stream.of(this), children.stream().flatMap(NodeScore::stream));
  }
}
