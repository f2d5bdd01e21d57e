package io.github.assessmentkit.scale;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.ScaleMessages;
import io.github.assessmentkit.text.Text;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One band of a {@link BandScale}: its number, the percentages an examiner may give inside it, a
 * summary, and a descriptor per dimension.
 *
 * @param number the band's number, 1 for the lowest
 * @param percents the allowed percentages, ascending, each 0 to 100
 * @param summary the band in one line
 * @param descriptors dimension code to descriptor
 */
public record Band(
    int number, List<Integer> percents, Text summary, Map<String, Text> descriptors) {
  /**
   * Creates the value, checking its components.
   *
   * @param number the band's number, 1 for the lowest
   * @param percents the allowed percentages, ascending, each 0 to 100
   * @param summary the band in one line
   * @param descriptors dimension code to descriptor
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public Band {
    if (number < 1) {
      throw new InvalidValueException(ScaleMessages.bandNumberTooLow(number));
    }
    percents = Checks.copy(percents, "percents");
    if (percents.isEmpty()) {
      throw new InvalidValueException(ScaleMessages.bandWithoutPercentages(number));
    }
    for (int i = 0; i < percents.size(); i++) {
      int p = percents.get(i);
      if (p < 0 || p > 100) {
        throw new InvalidValueException(ScaleMessages.bandPercentOutOfRange(number, p));
      }
      if (i > 0 && p <= percents.get(i - 1)) {
        throw new InvalidValueException(
            ScaleMessages.bandPercentsNotAscending(number, p, percents.get(i - 1)));
      }
    }
    Checks.notNull(summary, "summary");
    Checks.notNull(descriptors, "descriptors");
    descriptors = Collections.unmodifiableSortedMap(new TreeMap<>(descriptors));
  }

  /** {@return the lowest allowed percentage} */
  public int min() {
    return percents.get(0);
  }

  /** {@return the highest allowed percentage} */
  public int max() {
    return percents.get(percents.size() - 1);
  }

  /** {@return the label, for example "Band 3" / "ช่วงคะแนนที่ 3"} */
  public Text label() {
    return Text.of("ช่วงคะแนนที่ " + number, "Band " + number);
  }
}
