package io.github.assessmentkit.history;

import io.github.assessmentkit.text.Text;
import java.util.Optional;

/**
 * The rules that flag a year of a {@link History}, each with a stable id. Every rule compares a
 * fiscal year with the one before it in the history (the first year is never flagged); thresholds
 * come from {@link HistoryRules}. Thread-safe: an enum.
 */
public enum FlagRule {
  /** A ladder's rung fell by one rung or more. */
  LEVEL_LOST("level-lost", FlagKind.REGRESSION, Text.of("ระดับลดลง", "level lost")),
  /**
   * An award scheme's tier fell or was lost; not raised for a scheme a declared plaque reads, whose
   * own flag says it.
   */
  AWARD_LOST("award-lost", FlagKind.REGRESSION, Text.of("รางวัลลดลงหรือหายไป", "award lost")),
  /** A declared plaque held the year before no longer holds. */
  PLAQUE_LOST("plaque-lost", FlagKind.REGRESSION, Text.of("ไม่ผ่านเกณฑ์โล่", "plaque lost")),
  /**
   * The total or a top-level criterion (a category or principle) fell by at least {@link
   * HistoryRules#nodeDrop()} points of percent; only where the node compares with the year before.
   */
  NODE_FELL("node-fell", FlagKind.REGRESSION, Text.of("คะแนนลดลง", "score fell")),
  /** The share of ratable indicators rated fell by at least {@link HistoryRules#coverageDrop()}. */
  COVERAGE_FELL("coverage-fell", FlagKind.REGRESSION, Text.of("ความครอบคลุมลดลง", "coverage fell")),
  /** A ladder's top rung reached for the first time in the history. */
  FIRST_TOP_RUNG(
      "first-top-rung",
      FlagKind.RECOVERY,
      Text.of("ถึงระดับสูงสุดครั้งแรก", "top level reached for the first time")),
  /** A declared plaque holds for the first time in the history. */
  PLAQUE_WON("plaque-won", FlagKind.RECOVERY, Text.of("ผ่านเกณฑ์โล่ครั้งแรก", "plaque won")),
  /** A declared plaque holds again after a year it did not. */
  PLAQUE_REGAINED(
      "plaque-regained", FlagKind.RECOVERY, Text.of("กลับมาผ่านเกณฑ์โล่", "plaque regained")),
  /**
   * The total or a top-level criterion rose {@link HistoryRules#streak()} years running, each year
   * comparing with the one before; flagged once, in the year the run reaches that length.
   */
  IMPROVEMENT_STREAK(
      "improvement-streak", FlagKind.RECOVERY, Text.of("ดีขึ้นต่อเนื่อง", "streak of improvement"));

  private final String id;
  private final FlagKind kind;
  private final Text label;

  FlagRule(String id, FlagKind kind, Text label) {
    this.id = id;
    this.kind = kind;
    this.label = label;
  }

  /** {@return the rule's stable id, for example {@code plaque-lost}} */
  public String id() {
    return id;
  }

  /** {@return whether the rule marks a regression or a recovery} */
  public FlagKind kind() {
    return kind;
  }

  /** {@return the rule's name in Thai and English} */
  public Text label() {
    return label;
  }

  /**
   * Finds the rule with an id.
   *
   * @param id the id, for example {@code level-lost}
   * @return the rule, or empty
   */
  public static Optional<FlagRule> of(String id) {
    for (FlagRule r : values()) {
      if (r.id.equals(id)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
