package io.github.assessmentkit.history;

import io.github.assessmentkit.text.Text;

/** Whether a flag marks a step back or a step forward. Thread-safe: an enum. */
public enum FlagKind {
  /** Something was lost or fell. */
  REGRESSION(Text.of("ถดถอย", "regression")),
  /** Something was reached, regained or kept rising. */
  RECOVERY(Text.of("ฟื้นตัวหรือก้าวหน้า", "recovery"));

  private final Text label;

  FlagKind(Text label) {
    this.label = label;
  }

  /** {@return the kind's name in Thai and English} */
  public Text label() {
    return label;
  }
}
