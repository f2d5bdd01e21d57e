package io.github.assessmentkit.planning;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.PlanningMessages;
import io.github.assessmentkit.internal.ScoringMessages;
import io.github.assessmentkit.planning.internal.Goal;
import io.github.assessmentkit.planning.internal.Goals;
import io.github.assessmentkit.rubric.AwardScheme;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.LevelDecision;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.text.Text;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a plan aims for: the next rung of a ladder, a given rung or higher, an award tier or higher,
 * or any condition such as a plaque's rule. Ids are checked against the rubric when a plan is made.
 *
 * <pre>{@code
 * Target.nextRung(GovernanceCriteria.LEVELS);                                  // one level up
 * Target.rung(GovernanceCriteria.LEVELS, GovernanceCriteria.OUTSTANDING);      // ดีเด่น or higher
 * Target.awardTier(CqaCriteria.AWARD_SCHEME, CqaCriteria.TIER_TQC_PLUS);        // TQC Plus or higher
 * Target.condition(Text.of("เกณฑ์โล่", "plaque rule"),
 *     Condition.atLeast(Metric.percent("G4"), 80));                             // an office's own rule
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Target {
  private enum Kind {
    NEXT_RUNG,
    RUNG,
    TIER,
    CONDITION
  }

  private final Kind kind;
  private final String id;
  private final @Nullable String part;
  private final @Nullable Text name;
  private final @Nullable Condition condition;

  private Target(
      Kind kind,
      String id,
      @Nullable String part,
      @Nullable Text name,
      @Nullable Condition condition) {
    this.kind = kind;
    this.id = id;
    this.part = part;
    this.name = name;
    this.condition = condition;
  }

  /**
   * The rung just above the one the scorecard reaches now on a ladder.
   *
   * @param ladderId the ladder
   * @return the target
   * @throws IllegalArgumentException if the id is blank
   */
  public static Target nextRung(String ladderId) {
    return new Target(Kind.NEXT_RUNG, Checks.notBlank(ladderId, "ladderId"), null, null, null);
  }

  /**
   * A rung of a ladder, or a higher one.
   *
   * @param ladderId the ladder
   * @param rungId the rung
   * @return the target
   * @throws IllegalArgumentException if an id is blank
   */
  public static Target rung(String ladderId, String rungId) {
    return new Target(
        Kind.RUNG,
        Checks.notBlank(ladderId, "ladderId"),
        Checks.notBlank(rungId, "rungId"),
        null,
        null);
  }

  /**
   * A tier of an award scheme, or a higher one.
   *
   * @param schemeId the scheme
   * @param tierId the tier
   * @return the target
   * @throws IllegalArgumentException if an id is blank
   */
  public static Target awardTier(String schemeId, String tierId) {
    return new Target(
        Kind.TIER,
        Checks.notBlank(schemeId, "schemeId"),
        Checks.notBlank(tierId, "tierId"),
        null,
        null);
  }

  /**
   * A condition on the scorecard, evaluated as an award tier's condition is: for a plaque rule or
   * any other rule the rubric does not hold itself. The search's bound reads comparisons of metrics
   * (at least, above), rungs reached, coverage and indicators rated with a code.
   *
   * @param name what the condition stands for, in Thai and English
   * @param condition the condition
   * @return the target
   * @throws NullPointerException if an argument is null
   */
  public static Target condition(Text name, Condition condition) {
    return new Target(
        Kind.CONDITION,
        "condition",
        null,
        Checks.notNull(name, "name"),
        Checks.notNull(condition, "condition"));
  }

  /**
   * Resolves the target against a rubric and the scorecard now.
   *
   * @throws InvalidValueException if the rubric lacks a ladder, rung, scheme or tier named
   */
  Goal resolve(Rubric rubric, Scorecard now) {
    switch (kind) {
      case NEXT_RUNG -> {
        Ladder ladder = ladder(rubric);
        LevelDecision d = now.level(id).orElseThrow();
        if (d.rungId() == null) {
          return Goals.rung(
              rubric,
              ladder,
              ladder.rungs().size() - 1,
              Optional.of(PlanningMessages.rungUndecided(ladder.title())));
        }
        int at = ladder.position(d.rungId());
        if (at == 0) {
          return Goals.rung(
              rubric,
              ladder,
              0,
              Optional.of(PlanningMessages.alreadyOnTop(ladder.title(), d.label())));
        }
        return Goals.rung(rubric, ladder, at - 1, Optional.empty());
      }
      case RUNG -> {
        Ladder ladder = ladder(rubric);
        int at = ladder.position(Objects.requireNonNull(part));
        if (at < 0) {
          throw new InvalidValueException(PlanningMessages.noSuchRung(id, part));
        }
        return Goals.rung(rubric, ladder, at, Optional.empty());
      }
      case TIER -> {
        AwardScheme scheme =
            rubric.awards().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException(PlanningMessages.noSuchScheme(id)));
        String tierId = Objects.requireNonNull(part);
        for (int i = 0; i < scheme.tiers().size(); i++) {
          if (scheme.tiers().get(i).id().equals(tierId)) {
            return Goals.tier(rubric, scheme, i);
          }
        }
        throw new InvalidValueException(PlanningMessages.noSuchTier(id, tierId));
      }
      default -> {
        return Goals.condition(
            rubric, Objects.requireNonNull(name), Objects.requireNonNull(condition));
      }
    }
  }

  private Ladder ladder(Rubric rubric) {
    return rubric
        .ladder(id)
        .orElseThrow(() -> new InvalidValueException(ScoringMessages.noSuchLadder(id)));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Target t
        && kind == t.kind
        && id.equals(t.id)
        && Objects.equals(part, t.part)
        && Objects.equals(name, t.name)
        && Objects.equals(condition, t.condition);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, id, part, name, condition);
  }

  @Override
  public String toString() {
    return switch (kind) {
      case NEXT_RUNG -> "Target[next rung of " + id + "]";
      case RUNG -> "Target[" + id + " " + part + " or higher]";
      case TIER -> "Target[" + id + " " + part + " or higher]";
      case CONDITION ->
          "Target["
              + Objects.requireNonNull(name).get(io.github.assessmentkit.text.Language.EN)
              + "]";
    };
  }
}
