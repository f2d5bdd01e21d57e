package io.github.assessmentkit.history;

import io.github.assessmentkit.text.Text;

/**
 * Which way a node's series goes over its latest unbroken run, by the rule of {@link HistoryRules}:
 * the least-squares slope of its percents against the fiscal year. Thread-safe: an enum.
 */
public enum TrendDirection {
  /** The slope is at least {@link HistoryRules#steadyWithin()} points a year. */
  RISING(Text.of("ดีขึ้น", "rising")),
  /** The slope is at most minus {@link HistoryRules#steadyWithin()} points a year. */
  FALLING(Text.of("ลดลง", "falling")),
  /** The slope lies strictly between the two. */
  STEADY(Text.of("คงที่", "steady")),
  /** Fewer scored years than {@link HistoryRules#minimumYears()} since the last break. */
  TOO_SHORT(Text.of("ข้อมูลไม่พอ", "too short"));

  private final Text label;

  TrendDirection(Text label) {
    this.label = label;
  }

  /** {@return the direction's name in Thai and English} */
  public Text label() {
    return label;
  }
}
