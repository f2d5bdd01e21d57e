package io.github.assessmentkit.cohort;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * The declared order of a ranking: the first key ranks, each later key breaks the ties the keys
 * before it leave. Organisations equal on every key are tied: they share a rank (standard
 * competition ranking, 1, 2, 2, 4) and are listed in the order of their subject ids, which is not a
 * tie-break.
 *
 * <pre>{@code
 * RankingOrder order = RankingOrder.byTotal(RankingKey.percent("1"), RankingKey.points("7"));
 * }</pre>
 *
 * @param keys the keys, the first ranking and the rest breaking ties, in order; not empty
 */
public record RankingOrder(List<RankingKey> keys) {
  /**
   * Creates the value, checking its components.
   *
   * @param keys the keys; not empty
   * @throws io.github.assessmentkit.MissingValueException if the list or a key is null
   * @throws InvalidValueException if the list is empty
   */
  public RankingOrder {
    keys = Checks.copy(keys, "keys");
    if (keys.isEmpty()) {
      throw new InvalidValueException(Messages.cannotBeBlank("keys"));
    }
  }

  /**
   * Ranks by the total points earned, then by the tie-breaks in order.
   *
   * @param tieBreaks the tie-breaks, in order
   * @return the order
   */
  public static RankingOrder byTotal(RankingKey... tieBreaks) {
    List<RankingKey> keys = new ArrayList<>();
    keys.add(RankingKey.totalPoints());
    keys.addAll(List.of(tieBreaks));
    return new RankingOrder(keys);
  }

  /** {@return the key that ranks: the first} */
  public RankingKey primary() {
    return keys.get(0);
  }

  /** {@return the keys that break ties, in order} */
  public List<RankingKey> tieBreaks() {
    return keys.subList(1, keys.size());
  }
}
