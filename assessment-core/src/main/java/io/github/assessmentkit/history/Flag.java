package io.github.assessmentkit.history;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;

/**
 * One regression or recovery found in a {@link History}: the rule that raised it, the fiscal year
 * it was seen in (compared with the year before), what it is about and why, in Thai and English.
 *
 * @param rule the rule
 * @param year the fiscal year flagged
 * @param about the node, ladder, award scheme or plaque the flag is about
 * @param reason why, with the numbers
 */
public record Flag(FlagRule rule, FiscalYear year, String about, Text reason) {
  /**
   * Creates the value, checking its components.
   *
   * @param rule the rule
   * @param year the fiscal year flagged
   * @param about the node, ladder, scheme or plaque
   * @param reason why
   * @throws io.github.assessmentkit.MissingValueException if a component is null
   * @throws io.github.assessmentkit.InvalidValueException if {@code about} is blank
   */
  public Flag {
    Checks.notNull(rule, "rule");
    Checks.notNull(year, "year");
    Checks.notBlank(about, "about");
    Checks.notNull(reason, "reason");
  }

  /** {@return whether it is a regression or a recovery} */
  public FlagKind kind() {
    return rule.kind();
  }
}
