package io.github.assessmentkit.actionplan;

import io.github.assessmentkit.text.Text;

/**
 * How an action fared at the next assessment, by {@link VerdictRule}. Ordered from worst to best
 * among the assessed ones; {@link #NOT_ASSESSED} stands apart. Thread-safe: an enum.
 */
public enum Verdict {
  /** The node was not applicable, not rated or absent: nothing to judge. */
  NOT_ASSESSED("ไม่ได้ประเมิน", "not assessed"),
  /** The node did not move above where it stood. */
  NOT_MET("ไม่บรรลุ", "not met"),
  /** The node moved towards the target without reaching it. */
  PARTLY_MET("บรรลุบางส่วน", "partly met"),
  /** The node reached the target or went beyond it. */
  MET("บรรลุ", "met");

  private final Text label;

  Verdict(String th, String en) {
    this.label = Text.of(th, en);
  }

  /** {@return the verdict's name in Thai and English} */
  public Text label() {
    return label;
  }
}
