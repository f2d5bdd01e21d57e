package io.github.assessmentkit.scoring.internal;

import io.github.assessmentkit.ConflictingStateException;
import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.internal.Decimals;
import io.github.assessmentkit.internal.ScoringMessages;
import io.github.assessmentkit.rubric.AwardScheme;
import io.github.assessmentkit.rubric.AwardTier;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Gate;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.rubric.Rung;
import io.github.assessmentkit.rubric.WhenNotApplicable;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.scoring.AwardDecision;
import io.github.assessmentkit.scoring.ConditionResult;
import io.github.assessmentkit.scoring.IndicatorScore;
import io.github.assessmentkit.scoring.IndicatorStatus;
import io.github.assessmentkit.scoring.LevelDecision;
import io.github.assessmentkit.scoring.NodeScore;
import io.github.assessmentkit.scoring.TierCheck;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Places a scored tree on the rubric's ladders and decides its award schemes. Pure functions;
 * thread-safe.
 */
public final class Decisions {
  private Decisions() {}

  /**
   * Reads a metric off a scored tree.
   *
   * @param metric the metric
   * @param root the scorecard's root
   * @return the value, or {@code null} when the metric does not apply: a percent or points of
   *     criteria none of which applies, or a total when no criterion applies; a criterion missing
   *     from the tree reads as zero
   */
  public static @Nullable BigDecimal read(Metric metric, NodeScore root) {
    return read(metric, new NodeIndex(root));
  }

  /** Whether a node does not apply: excluded, or every part of it excluded. */
  private static boolean excluded(NodeScore node) {
    if (!node.applicable()) {
      return true;
    }
    List<NodeScore> children = node.children();
    if (children.isEmpty() || !node.indicators().isEmpty()) {
      return false;
    }
    for (int i = 0; i < children.size(); i++) {
      if (children.get(i).applicable()) {
        return false;
      }
    }
    return true;
  }

  private static @Nullable BigDecimal read(Metric metric, NodeIndex nodes) {
    NodeScore root = nodes.root();
    return metric.accept(
        new Metric.Visitor<@Nullable BigDecimal>() {
          @Override
          public @Nullable BigDecimal visitTotalPoints(Metric.TotalPoints m) {
            return excluded(root) ? null : root.earned();
          }

          @Override
          public @Nullable BigDecimal visitTotalPercent(Metric.TotalPercent m) {
            return excluded(root) ? null : root.percent();
          }

          @Override
          public @Nullable BigDecimal visitPoints(Metric.Points m) {
            BigDecimal sum = BigDecimal.ZERO.setScale(Decimals.POINTS_SCALE);
            boolean anyApplies = false;
            for (String id : m.criterionIds()) {
              NodeScore node = nodes.find(id).orElse(null);
              if (node == null || !excluded(node)) {
                anyApplies = true;
                sum = sum.add(node == null ? BigDecimal.ZERO : node.earned());
              }
            }
            return anyApplies ? sum : null;
          }

          @Override
          public @Nullable BigDecimal visitPercent(Metric.Percent m) {
            NodeScore node = nodes.find(m.criterionId()).orElse(null);
            if (node == null) {
              return BigDecimal.ZERO;
            }
            return excluded(node) ? null : node.percent();
          }

          @Override
          public @Nullable BigDecimal visitIndicatorPercent(Metric.IndicatorPercent m) {
            IndicatorScore line = nodes.indicator(m.indicatorId());
            if (line == null || line.status() != IndicatorStatus.RATED) {
              return null;
            }
            Ratio fraction = line.fraction();
            return fraction == null
                ? null
                : fraction.times(100).toBigDecimal(Decimals.PERCENT_SCALE, Decimals.ROUNDING);
          }
        });
  }

  /** What each metric met so far says of itself: metrics are few, and read on every scorecard. */
  private static final Map<Metric, Text> DESCRIBED = new ConcurrentHashMap<>();

  /** Above this many metrics, descriptions are no longer kept. */
  private static final int KEPT = 4096;

  /** {@return a metric's description, {@link Metric#describe()}, kept once made} */
  private static Text described(Metric metric) {
    Text known = DESCRIBED.get(metric);
    if (known == null) {
      known = metric.describe();
      if (DESCRIBED.size() < KEPT) {
        DESCRIBED.putIfAbsent(metric, known);
      }
    }
    return known;
  }

  /**
   * Says why a metric has no value: the criteria it reads or the total do not apply, or the
   * indicator it reads is not applicable, unknown or not rated.
   */
  private static Text absence(Metric metric, NodeIndex nodes) {
    return metric.accept(
        new Metric.Visitor<Text>() {
          @Override
          public Text visitTotalPoints(Metric.TotalPoints m) {
            return ScoringMessages.doesNotApply(m.describe());
          }

          @Override
          public Text visitTotalPercent(Metric.TotalPercent m) {
            return ScoringMessages.doesNotApply(m.describe());
          }

          @Override
          public Text visitPoints(Metric.Points m) {
            String ids = String.join(" + ", m.criterionIds());
            return ScoringMessages.doesNotApply(Text.of(ids, ids));
          }

          @Override
          public Text visitPercent(Metric.Percent m) {
            return ScoringMessages.doesNotApply(Text.of(m.criterionId(), m.criterionId()));
          }

          @Override
          public Text visitIndicatorPercent(Metric.IndicatorPercent m) {
            return indicatorAbsence(m.indicatorId(), nodes.indicator(m.indicatorId()));
          }
        });
  }

  /** Says why an indicator has no value: not applicable, unknown, or not rated at all. */
  private static Text indicatorAbsence(String indicatorId, @Nullable IndicatorScore line) {
    if (line == null) {
      return ScoringMessages.indicatorNotRated(indicatorId);
    }
    return switch (line.status()) {
      case NOT_APPLICABLE -> ScoringMessages.indicatorNotApplicable(indicatorId);
      case UNKNOWN -> ScoringMessages.indicatorUnknown(indicatorId);
      case RATED, MISSING -> ScoringMessages.indicatorNotRated(indicatorId);
    };
  }

  /** Decides a condition on something without a value by the rule it declares. */
  private static ConditionResult byRule(WhenNotApplicable rule, Text state) {
    return switch (rule) {
      case HOLDS -> new ConditionResult(true, ScoringMessages.withoutValueHolds(state), List.of());
      case FAILS -> new ConditionResult(false, ScoringMessages.withoutValueFails(state), List.of());
      case UNDECIDED ->
          new ConditionResult(
              false, ScoringMessages.withoutValueUndecided(state), List.of(), null, true);
    };
  }

  /**
   * Places a scored tree on a ladder.
   *
   * @param ladder the ladder
   * @param root the scorecard's root
   * @return the rung reached, with the reason
   */
  public static LevelDecision place(Ladder ladder, NodeScore root) {
    return place(ladder, new NodeIndex(root));
  }

  /**
   * Places a scored tree on a ladder.
   *
   * @param ladder the ladder
   * @param nodes the scored tree's nodes
   * @return the rung reached, with the reason
   */
  static LevelDecision place(Ladder ladder, NodeIndex nodes) {
    BigDecimal value = read(ladder.metric(), nodes);
    Text what = described(ladder.metric());
    List<Rung> rungs = ladder.rungs();
    // rung conditions and gates read no ladder (the ladder checks it), so no levels are needed
    Evaluator evaluator = new Evaluator(nodes, List.of(), List.of());
    // the rungs whose bound was met but a condition failed, with that condition's result
    List<Rung> passedOver = List.of();
    List<ConditionResult> failed = List.of();
    for (int at = 0; at < rungs.size(); at++) {
      Rung rung = rungs.get(at);
      BigDecimal bound = rung.bound();
      Text reason;
      if (value == null) {
        // not applicable is never a number: the rung's declared rule decides
        Text state = absence(ladder.metric(), nodes);
        if (bound == null) {
          reason = ScoringMessages.withoutValueBelowEveryHigherRung(state);
        } else if (rung.whenNotApplicable() == WhenNotApplicable.HOLDS) {
          reason = ScoringMessages.withoutValueRungReached(state, rung.label());
        } else if (rung.whenNotApplicable() == WhenNotApplicable.UNDECIDED) {
          return undecided(ladder, null, ScoringMessages.withoutValueUndecided(state));
        } else {
          continue;
        }
      } else if (bound == null) {
        reason = ScoringMessages.belowEveryHigherRung(what, value);
      } else if (rung.comparison().test(value, bound)) {
        reason = ScoringMessages.rungBoundMet(what, value, rung.comparison().symbol(), bound);
      } else {
        continue;
      }
      ConditionResult failing = null;
      for (Condition condition : rung.conditions()) {
        ConditionResult result = condition.accept(evaluator);
        if (result.undecided()) {
          return undecided(
              ladder, value, ScoringMessages.rungConditionUndecided(rung.label(), result.reason()));
        }
        if (!result.met()) {
          failing = result;
          break;
        }
      }
      if (failing != null) {
        // the bound is met but a condition of the rung fails: on to the rung below
        if (passedOver.isEmpty()) {
          passedOver = new ArrayList<>(2);
          failed = new ArrayList<>(2);
        }
        passedOver.add(rung);
        failed.add(failing);
        continue;
      }
      for (int k = 0; k < passedOver.size(); k++) {
        reason =
            ScoringMessages.rungConditionFailed(
                reason, passedOver.get(k).label(), failed.get(k).reason());
      }
      return ladder.gates().isEmpty()
          ? reached(ladder, rung, value, reason)
          : gated(ladder, at, value, reason, evaluator);
    }
    throw new ConflictingStateException(ScoringMessages.noBottomRung(ladder.id()));
  }

  /**
   * Lowers the rung reached to the {@code atMost} rung of every gate whose condition fails. Only
   * gates that cap below the rung reached are checked. A gate that cannot be decided leaves the
   * ladder undecided when its cap is below the rung the failing gates leave.
   */
  private static LevelDecision gated(
      Ladder ladder, int reached, @Nullable BigDecimal value, Text reason, Evaluator evaluator) {
    int at = reached;
    Text because = reason;
    List<Gate> open = new ArrayList<>(0);
    List<ConditionResult> openResults = new ArrayList<>(0);
    for (Gate gate : ladder.gates()) {
      int cap = ladder.position(gate.atMost());
      if (cap <= reached) {
        continue;
      }
      ConditionResult result = gate.condition().accept(evaluator);
      if (result.undecided()) {
        open.add(gate);
        openResults.add(result);
      } else if (!result.met()) {
        at = Math.max(at, cap);
        Text capped = ladder.rungs().get(cap).label();
        because = ScoringMessages.gateApplied(because, gate.name(), capped, result.reason());
      }
    }
    for (int k = 0; k < open.size(); k++) {
      if (ladder.position(open.get(k).atMost()) > at) {
        return undecided(
            ladder,
            value,
            ScoringMessages.gateUndecided(open.get(k).name(), openResults.get(k).reason()));
      }
    }
    return reached(ladder, ladder.rungs().get(at), value, because);
  }

  private static LevelDecision reached(
      Ladder ladder, Rung rung, @Nullable BigDecimal value, Text reason) {
    return new LevelDecision(
        ladder.id(),
        ladder.title(),
        rung.id(),
        rung.label(),
        value,
        reason,
        ladder.provenance().verified());
  }

  private static LevelDecision undecided(Ladder ladder, @Nullable BigDecimal value, Text reason) {
    return new LevelDecision(
        ladder.id(),
        ladder.title(),
        null,
        ScoringMessages.undecided(),
        value,
        reason,
        ladder.provenance().verified());
  }

  /**
   * Decides an award scheme.
   *
   * @param scheme the scheme
   * @param root the scorecard's root
   * @param levels the ladder decisions already made, for {@link Condition.RungReached}
   * @param ladders the rubric's ladders
   * @return the decision with every tier checked
   */
  public static AwardDecision decide(
      AwardScheme scheme, NodeScore root, List<LevelDecision> levels, List<Ladder> ladders) {
    return decide(scheme, new NodeIndex(root), levels, ladders);
  }

  /**
   * Decides an award scheme.
   *
   * @param scheme the scheme
   * @param nodes the scored tree's nodes
   * @param levels the ladder decisions already made, for {@link Condition.RungReached}
   * @param ladders the rubric's ladders
   * @return the decision with every tier checked
   */
  static AwardDecision decide(
      AwardScheme scheme, NodeIndex nodes, List<LevelDecision> levels, List<Ladder> ladders) {
    List<TierCheck> checks = new ArrayList<>();
    Evaluator evaluator = new Evaluator(nodes, levels, ladders);
    for (AwardTier tier : scheme.tiers()) {
      ConditionResult result = tier.condition().accept(evaluator);
      checks.add(new TierCheck(tier.id(), tier.name(), result));
      if (result.undecided()) {
        // a lower tier is not given while this one may be due
        return new AwardDecision(
            scheme.id(),
            scheme.title(),
            null,
            ScoringMessages.undecided(),
            checks,
            scheme.provenance().verified());
      }
      if (result.met()) {
        return new AwardDecision(
            scheme.id(),
            scheme.title(),
            tier.id(),
            tier.name(),
            checks,
            scheme.provenance().verified());
      }
    }
    Text none = scheme.noneReached();
    return new AwardDecision(
        scheme.id(),
        scheme.title(),
        null,
        none == null ? ScoringMessages.noAward() : none,
        checks,
        scheme.provenance().verified());
  }

  /**
   * Evaluates one condition.
   *
   * @param condition the condition
   * @param root the scorecard's root
   * @param levels the ladder decisions
   * @param ladders the rubric's ladders
   * @return whether it held and why
   */
  public static ConditionResult evaluate(
      Condition condition, NodeScore root, List<LevelDecision> levels, List<Ladder> ladders) {
    return condition.accept(new Evaluator(new NodeIndex(root), levels, ladders));
  }

  /** Evaluates each kind of condition against one scored tree. */
  private static final class Evaluator implements Condition.Visitor<ConditionResult> {
    private final NodeIndex nodes;
    private final List<LevelDecision> levels;
    private final List<Ladder> ladders;

    Evaluator(NodeIndex nodes, List<LevelDecision> levels, List<Ladder> ladders) {
      this.nodes = nodes;
      this.levels = levels;
      this.ladders = ladders;
    }

    @Override
    public ConditionResult visitCompare(Condition.Compare c) {
      BigDecimal value = read(c.metric(), nodes);
      if (value == null) {
        // not applicable, unknown and not rated are never a number: the declared rule decides
        return byRule(c.whenNotApplicable(), absence(c.metric(), nodes));
      }
      boolean met = c.comparison().test(value, c.bound());
      return ConditionResult.lazy(
          met,
          () ->
              ScoringMessages.comparison(
                  described(c.metric()), value, met, c.comparison().symbol(), c.bound()),
          List.of(),
          null,
          false);
    }

    /** All of: fails if a part fails, else undecided if a part is undecided, else holds. */
    @Override
    public ConditionResult visitAllOf(Condition.AllOf all) {
      List<ConditionResult> parts = evaluateEach(all.conditions());
      boolean fails = false;
      boolean undecided = false;
      for (ConditionResult p : parts) {
        fails |= !p.met() && !p.undecided();
        undecided |= p.undecided();
      }
      if (!fails && undecided) {
        return ConditionResult.lazy(false, ScoringMessages::allOfUndecided, parts, null, true);
      }
      boolean met = !fails;
      return ConditionResult.lazy(met, () -> ScoringMessages.allOf(met), parts, null, false);
    }

    /** Any of: holds if a part holds, else undecided if a part is undecided, else fails. */
    @Override
    public ConditionResult visitAnyOf(Condition.AnyOf any) {
      List<ConditionResult> parts = evaluateEach(any.conditions());
      boolean met = false;
      boolean undecided = false;
      for (ConditionResult p : parts) {
        met |= p.met();
        undecided |= p.undecided();
      }
      if (!met && undecided) {
        return ConditionResult.lazy(false, ScoringMessages::anyOfUndecided, parts, null, true);
      }
      boolean held = met;
      return ConditionResult.lazy(held, () -> ScoringMessages.anyOf(held), parts, null, false);
    }

    @Override
    public ConditionResult visitNamed(Condition.Named named) {
      return named(named.name(), named.condition().accept(this));
    }

    @Override
    public ConditionResult visitRungReached(Condition.RungReached r) {
      Ladder ladder =
          ladders.stream()
              .filter(l -> l.id().equals(r.ladderId()))
              .findFirst()
              .orElseThrow(
                  () -> new ConflictingStateException(ScoringMessages.noSuchLadder(r.ladderId())));
      LevelDecision level =
          levels.stream()
              .filter(d -> d.ladderId().equals(r.ladderId()))
              .findFirst()
              .orElseGet(() -> place(ladder, nodes));
      String reached = level.rungId();
      if (reached == null) {
        Text wanted = ladder.rungs().get(ladder.position(r.rungId())).label();
        return new ConditionResult(
            false,
            ScoringMessages.rungReachedUndecided(ladder.title(), wanted),
            List.of(),
            null,
            true);
      }
      boolean met = ladder.position(reached) <= ladder.position(r.rungId());
      Text wanted = ladder.rungs().get(ladder.position(r.rungId())).label();
      return ConditionResult.lazy(
          met,
          () -> ScoringMessages.rungReached(ladder.title(), level.label(), met, wanted),
          List.of(),
          null,
          false);
    }

    @Override
    public ConditionResult visitRatedWith(Condition.RatedWith c) {
      IndicatorScore line = nodes.indicator(c.indicatorId());
      RatingValue value = line == null ? null : line.value();
      if (line == null || line.status() != IndicatorStatus.RATED || value == null) {
        return byRule(c.whenNotApplicable(), indicatorAbsence(c.indicatorId(), line));
      }
      String rated = code(value);
      boolean met = matches(value, c.code());
      return ConditionResult.lazy(
          met,
          () -> ScoringMessages.ratedWith(c.indicatorId(), rated, met, c.code()),
          List.of(),
          null,
          false);
    }

    @Override
    public ConditionResult visitCoverageAtLeast(Condition.CoverageAtLeast c) {
      BigDecimal coverage = nodes.root().coverage().percent();
      boolean met = coverage.compareTo(c.percent()) >= 0;
      return ConditionResult.lazy(
          met, () -> ScoringMessages.coverage(coverage, met, c.percent()), List.of(), null, false);
    }

    private List<ConditionResult> evaluateEach(List<Condition> conditions) {
      List<ConditionResult> parts = new ArrayList<>();
      for (Condition k : conditions) {
        parts.add(k.accept(this));
      }
      return parts;
    }
  }

  /**
   * Puts a name on the result of the condition it names. The result is flattened rather than
   * nested: it takes the inner result's parts, and its reason is the inner reason after the name
   * ("Customer theme: all conditions hold"), so each fact appears once when the tree is printed and
   * the tree keeps the shape it would have without the name.
   */
  private static ConditionResult named(Text name, ConditionResult inner) {
    return ConditionResult.lazy(
        inner.met(),
        () -> ScoringMessages.named(name, inner.reason()),
        inner.parts(),
        name,
        inner.undecided());
  }

  /** {@return a value as a code: a choice's code, or a number written plainly} */
  private static String code(RatingValue value) {
    return value
        .asChoice()
        .orElseGet(() -> value.asNumber().map(BigDecimal::toPlainString).orElse(""));
  }

  /** Whether a value is the code: the same choice, or the same number whatever its scale. */
  private static boolean matches(RatingValue value, String code) {
    String choice = value.asChoice().orElse(null);
    if (choice != null) {
      return choice.equals(code);
    }
    // not a choice, so a number: a rating value is one or the other
    BigDecimal number = value.asNumber().orElseThrow();
    try {
      return number.compareTo(new BigDecimal(code)) == 0;
    } catch (NumberFormatException notANumber) {
      return false;
    }
  }
}
