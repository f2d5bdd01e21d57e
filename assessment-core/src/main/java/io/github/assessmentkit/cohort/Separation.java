package io.github.assessmentkit.cohort;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.CohortMessages;
import io.github.assessmentkit.text.Text;
import org.jspecify.annotations.Nullable;

/**
 * What put an organisation below its neighbour above it in a ranking: the first key, in the
 * declared order, on which their values differ.
 *
 * @param above the subject id of the organisation listed just above
 * @param key the key that separated them
 * @param keyIndex the key's place in the order: 0 for the first key, {@code n} for the {@code n}th
 *     tie-break
 * @param aboveValue the value of the organisation above (points, or a percent from 0 to 100)
 * @param ownValue this organisation's value, or {@code null} when the key does not apply to it
 */
public record Separation(
    String above, RankingKey key, int keyIndex, Ratio aboveValue, @Nullable Ratio ownValue) {
  /**
   * Creates the value, checking its components.
   *
   * @param above the organisation above
   * @param key the key that separated them
   * @param keyIndex the key's place in the order
   * @param aboveValue the value of the organisation above
   * @param ownValue this organisation's value, or {@code null}
   * @throws io.github.assessmentkit.MissingValueException if a required component is null
   */
  public Separation {
    // the id was checked when its summary was made; a result made when read does not read its
    // characters again (scattered in memory, that reading was most of the cost of reading a round)
    Checks.notNull(above, "above");
    Checks.notNull(key, "key");
    Checks.notNull(aboveValue, "aboveValue");
  }

  /** {@return whether a tie-break separated them (not the first key)} */
  public boolean byTieBreak() {
    return keyIndex > 0;
  }

  /**
   * {@return the separation in words, for example "below coop-2 on tie-break 1, percent of 1: 65.00
   * > 60.00"}
   */
  public Text explanation() {
    return CohortMessages.separated(
        above,
        key.name(),
        aboveValue.round(2).toPlainString(),
        ownValue == null ? "—" : ownValue.round(2).toPlainString(),
        keyIndex);
  }
}
