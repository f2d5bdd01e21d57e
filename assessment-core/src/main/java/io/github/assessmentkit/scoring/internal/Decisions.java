package io.github.assessmentkit.scoring.internal;

import io.github.assessmentkit.ConflictingStateException;
import io.github.assessmentkit.internal.Decimals;
import io.github.assessmentkit.internal.ScoringMessages;
import io.github.assessmentkit.rubric.AwardScheme;
import io.github.assessmentkit.rubric.AwardTier;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.rubric.Rung;
import io.github.assessmentkit.rubric.WhenNotApplicable;
import io.github.assessmentkit.scoring.AwardDecision;
import io.github.assessmentkit.scoring.ConditionResult;
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

  /** {@return what a metric that does not apply is about: the criteria it reads, or the total} */
  private static Text subject(Metric metric) {
    return metric.accept(
        new Metric.Visitor<Text>() {
          @Override
          public Text visitTotalPoints(Metric.TotalPoints m) {
            return m.describe();
          }

          @Override
          public Text visitTotalPercent(Metric.TotalPercent m) {
            return m.describe();
          }

          @Override
          public Text visitPoints(Metric.Points m) {
            String ids = String.join(" + ", m.criterionIds());
            return Text.of(ids, ids);
          }

          @Override
          public Text visitPercent(Metric.Percent m) {
            return Text.of(m.criterionId(), m.criterionId());
          }
        });
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
    for (Rung rung : ladder.rungs()) {
      BigDecimal bound = rung.bound();
      Text reason;
      if (value == null) {
        // not applicable is never a number: the rung's declared rule decides
        Text subject = subject(ladder.metric());
        if (bound == null) {
          reason = ScoringMessages.notApplicableBelowEveryHigherRung(subject);
        } else if (rung.whenNotApplicable() == WhenNotApplicable.HOLDS) {
          reason = ScoringMessages.notApplicableRungReached(subject, rung.label());
        } else if (rung.whenNotApplicable() == WhenNotApplicable.UNDECIDED) {
          return new LevelDecision(
              ladder.id(),
              ladder.title(),
              null,
              ScoringMessages.undecided(),
              null,
              ScoringMessages.notApplicableUndecided(subject),
              ladder.provenance().verified());
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
      return new LevelDecision(
          ladder.id(),
          ladder.title(),
          rung.id(),
          rung.label(),
          value,
          reason,
          ladder.provenance().verified());
    }
    throw new ConflictingStateException(ScoringMessages.noBottomRung(ladder.id()));
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
    return new AwardDecision(
        scheme.id(),
        scheme.title(),
        null,
        ScoringMessages.noAward(),
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
        // not applicable is never a number: the condition's declared rule decides
        Text subject = subject(c.metric());
        return switch (c.whenNotApplicable()) {
          case HOLDS ->
              new ConditionResult(true, ScoringMessages.notApplicableHolds(subject), List.of());
          case FAILS ->
              new ConditionResult(false, ScoringMessages.notApplicableFails(subject), List.of());
          case UNDECIDED ->
              new ConditionResult(
                  false, ScoringMessages.notApplicableUndecided(subject), List.of(), null, true);
        };
      }
      boolean met = c.comparison().test(value, c.bound());
      return new ConditionResult(
          met,
          ScoringMessages.comparison(
              described(c.metric()), value, met, c.comparison().symbol(), c.bound()),
          List.of());
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
        return new ConditionResult(false, ScoringMessages.allOfUndecided(), parts, null, true);
      }
      return new ConditionResult(!fails, ScoringMessages.allOf(!fails), parts);
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
        return new ConditionResult(false, ScoringMessages.anyOfUndecided(), parts, null, true);
      }
      return new ConditionResult(met, ScoringMessages.anyOf(met), parts);
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
      return new ConditionResult(
          met, ScoringMessages.rungReached(ladder.title(), level.label(), met, wanted), List.of());
    }

    @Override
    public ConditionResult visitCoverageAtLeast(Condition.CoverageAtLeast c) {
      BigDecimal coverage = nodes.root().coverage().percent();
      boolean met = coverage.compareTo(c.percent()) >= 0;
      return new ConditionResult(
          met, ScoringMessages.coverage(coverage, met, c.percent()), List.of());
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
    return new ConditionResult(
        inner.met(),
        ScoringMessages.named(name, inner.reason()),
        inner.parts(),
        name,
        inner.undecided());
  }
}
