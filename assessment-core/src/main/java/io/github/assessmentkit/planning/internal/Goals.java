package io.github.assessmentkit.planning.internal;

import io.github.assessmentkit.internal.PlanningMessages;
import io.github.assessmentkit.rubric.AwardScheme;
import io.github.assessmentkit.rubric.AwardTier;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.Rung;
import io.github.assessmentkit.scoring.AwardDecision;
import io.github.assessmentkit.scoring.ConditionResult;
import io.github.assessmentkit.scoring.LevelDecision;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.TierCheck;
import io.github.assessmentkit.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The three kinds of goal: a rung of a ladder or higher, a tier or higher, a condition. */
public final class Goals {
  /** Met by every scorecard: the relaxed condition of a goal that needs nothing. */
  private static final Condition ALWAYS = new Condition.CoverageAtLeast(java.math.BigDecimal.ZERO);

  private Goals() {}

  /**
   * A rung of a ladder, or a higher one.
   *
   * @param rubric the rubric
   * @param ladder the ladder
   * @param position the rung's position on the ladder, 0 for the top
   * @param blocked why it cannot be reached, when known at once, or empty
   * @return the goal
   */
  public static Goal rung(Rubric rubric, Ladder ladder, int position, Optional<Text> blocked) {
    Rung rung = ladder.rungs().get(position);
    Text name = PlanningMessages.rungTarget(ladder.title(), rung.label());
    Condition relaxed =
        rung.bound() == null
            ? ALWAYS
            : new Condition.Compare(
                ladder.metric(), rung.comparison(), rung.bound(), rung.whenNotApplicable());
    return new Goal() {
      @Override
      public Text name() {
        return name;
      }

      @Override
      public boolean reached(Scorecard card) {
        LevelDecision d = card.level(ladder.id()).orElseThrow();
        return d.rungId() != null && ladder.position(d.rungId()) <= position;
      }

      @Override
      public List<Text> failing(Scorecard card) {
        if (reached(card)) {
          return List.of();
        }
        List<Condition> needed = new ArrayList<>();
        needed.add(relaxed);
        needed.addAll(rung.conditions());
        List<Text> out = new ArrayList<>();
        collectFailing(ConditionResult.evaluate(new Condition.AllOf(needed), card, rubric), out);
        if (out.isEmpty()) {
          // the bound and the rung's conditions hold: a gate lowered the rung
          out.add(card.level(ladder.id()).orElseThrow().reason());
        }
        return out;
      }

      @Override
      public Condition relaxed() {
        return relaxed;
      }

      @Override
      public Optional<Text> blockedOutright() {
        return blocked;
      }
    };
  }

  /**
   * A tier of an award scheme, or a higher one.
   *
   * @param rubric the rubric
   * @param scheme the scheme
   * @param position the tier's position in the scheme, 0 for the highest
   * @return the goal
   */
  public static Goal tier(Rubric rubric, AwardScheme scheme, int position) {
    AwardTier tier = scheme.tiers().get(position);
    Text name = PlanningMessages.tierTarget(scheme.title(), tier.name());
    List<Condition> any = new ArrayList<>();
    for (int i = 0; i <= position; i++) {
      any.add(scheme.tiers().get(i).condition());
    }
    Condition relaxed = new Condition.AnyOf(any);
    List<String> tierIds = scheme.tiers().stream().map(AwardTier::id).toList();
    return new Goal() {
      @Override
      public Text name() {
        return name;
      }

      /** The position of the tier won, {@link Integer#MAX_VALUE} for none. */
      private int won(Scorecard card) {
        int at = tierIds.indexOf(card.award(scheme.id()).orElseThrow().tierId());
        return at < 0 ? Integer.MAX_VALUE : at;
      }

      @Override
      public boolean reached(Scorecard card) {
        return won(card) <= position;
      }

      @Override
      public List<Text> failing(Scorecard card) {
        if (reached(card)) {
          return List.of();
        }
        AwardDecision d = card.award(scheme.id()).orElseThrow();
        List<Text> out = new ArrayList<>();
        for (TierCheck check : d.checks()) {
          if (check.tierId().equals(tier.id())) {
            collectFailing(check.result(), out);
          }
        }
        if (out.isEmpty()) {
          // the checks stopped above the tier: a higher tier was undecided
          TierCheck last = d.checks().get(d.checks().size() - 1);
          out.add(last.result().reason());
        }
        return out;
      }

      @Override
      public Condition relaxed() {
        return relaxed;
      }

      @Override
      public Optional<Text> blockedOutright() {
        return Optional.empty();
      }
    };
  }

  /**
   * A condition, such as a plaque's rule.
   *
   * @param rubric the rubric
   * @param name the condition's name
   * @param condition the condition
   * @return the goal
   */
  public static Goal condition(Rubric rubric, Text name, Condition condition) {
    return new Goal() {
      @Override
      public Text name() {
        return name;
      }

      @Override
      public boolean reached(Scorecard card) {
        return ConditionResult.evaluate(condition, card, rubric).met();
      }

      @Override
      public List<Text> failing(Scorecard card) {
        List<Text> out = new ArrayList<>();
        collectFailing(ConditionResult.evaluate(condition, card, rubric), out);
        return out;
      }

      @Override
      public Condition relaxed() {
        return condition;
      }

      @Override
      public Optional<Text> blockedOutright() {
        return Optional.empty();
      }
    };
  }

  /** Collects the reasons of the innermost conditions that failed, each once. */
  static void collectFailing(ConditionResult result, List<Text> out) {
    if (result.met()) {
      return;
    }
    if (result.parts().isEmpty()) {
      if (!out.contains(result.reason())) {
        out.add(result.reason());
      }
      return;
    }
    for (ConditionResult part : result.parts()) {
      collectFailing(part, out);
    }
  }
}
