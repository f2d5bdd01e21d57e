package io.github.assessmentkit.testing;

import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Draws choices from a QuickTheories randomness source, so that a {@code Gen} built from many small
 * choices still shrinks as one.
 */
public final class Draw {
  private final RandomnessSource in;

  /**
   * Wraps a randomness source.
   *
   * @param in the source QuickTheories hands a {@code Gen}
   */
  public Draw(RandomnessSource in) {
    this.in = in;
  }

  /**
   * Draws a whole number.
   *
   * @param lowest the lowest value, included
   * @param highest the highest value, included
   * @return the number
   */
  public int between(int lowest, int highest) {
    return Generate.range(lowest, highest).generate(in);
  }

  /**
   * Draws true with the given chance.
   *
   * @param percent the chance in percent
   * @return the outcome
   */
  public boolean chance(int percent) {
    return between(0, 99) < percent;
  }

  /**
   * Draws one item.
   *
   * @param <T> the item type
   * @param items the items, at least one
   * @return one of them
   */
  public <T> T oneOf(List<T> items) {
    return items.get(between(0, items.size() - 1));
  }

  /**
   * Shuffles a copy of a list (Fisher-Yates with drawn positions).
   *
   * @param <T> the item type
   * @param items the items
   * @return a shuffled copy
   */
  public <T> List<T> shuffled(List<T> items) {
    List<T> copy = new ArrayList<>(items);
    for (int i = copy.size() - 1; i > 0; i--) {
      int j = between(0, i);
      T t = copy.get(i);
      copy.set(i, copy.get(j));
      copy.set(j, t);
    }
    return copy;
  }
}
