package io.github.assessmentkit.cohort;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.CohortMessages;
import io.github.assessmentkit.text.Text;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The plaque recipients of a round.
 *
 * @param qualification the decision asked for
 * @param cap how many plaques were to be given
 * @param rule the declared rule for a tie at the cap
 * @param ruleApplied the rule, when organisations tied on the ranking's first key straddled the
 *     cap; {@code null} when no tie did and the rule was not needed
 * @param eligible every organisation whose decision qualifies, in the order of the overall ranking
 * @param recipients those who receive a plaque, in ranking order: the first {@code cap} eligible,
 *     and more only when a tie at the cap keeps them
 * @param leftOutByCap those eligible who receive none because of the cap, in ranking order
 */
public record Plaques(
    Qualification qualification,
    int cap,
    TieAtCap rule,
    @Nullable TieAtCap ruleApplied,
    List<Standing> eligible,
    List<Standing> recipients,
    List<Standing> leftOutByCap) {
  /**
   * Creates the value, checking its components.
   *
   * @param qualification the decision asked for
   * @param cap how many plaques
   * @param rule the declared rule
   * @param ruleApplied the rule when a tie straddled the cap, else {@code null}
   * @param eligible every organisation that qualifies
   * @param recipients those who receive a plaque
   * @param leftOutByCap those left out by the cap
   * @throws io.github.assessmentkit.MissingValueException if a required component is null
   */
  public Plaques {
    Checks.notNull(qualification, "qualification");
    Checks.positive(cap, "cap");
    Checks.notNull(rule, "rule");
    eligible = Checks.copy(eligible, "eligible");
    recipients = Checks.copy(recipients, "recipients");
    leftOutByCap = Checks.copy(leftOutByCap, "leftOutByCap");
  }

  /** {@return whether more plaques were given than the cap, because of a tie} */
  public boolean capExceeded() {
    return recipients.size() > cap;
  }

  /** {@return how the recipients were chosen, in Thai and English} */
  public Text explanation() {
    return CohortMessages.plaques(
        cap,
        eligible.size(),
        recipients.size(),
        ruleApplied == null ? null : ruleApplied.label(),
        capExceeded());
  }
}
