package io.github.assessmentkit.scale;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.Decimals;
import io.github.assessmentkit.internal.ScaleMessages;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A holistic percentage scale in bands, as in Baldrige and the Thailand Quality Award: the examiner
 * picks the band that fits best, then one of its allowed percentages. ADLI and LeTCI are data of
 * such a scale (its dimensions and descriptors), not code.
 *
 * <pre>{@code
 * BandScale adli = new BandScale(Text.en("ADLI"), List.of(new Dimension("A", Text.en("Approach"))),
 *     List.of(new Band(1, List.of(0, 5), Text.en("No systematic approach"), Map.of()), ...));
 * adli.reject(RatingValue.of(37)); // "37 is not an allowed percentage ..."
 * adli.capped(RatingValue.of(70), List.of(RatingValue.of(45))); // 45, the top of 45's band
 * }</pre>
 *
 * @param name the scale's name, for example "ADLI (process)"
 * @param dimensions the dimensions the descriptors speak of
 * @param bands the bands, lowest first, numbered 1, 2, 3 ...
 */
public record BandScale(Text name, List<Dimension> dimensions, List<Band> bands) implements Scale {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Creates the value, checking its components.
   *
   * @param name the scale's name, for example "ADLI (process)"
   * @param dimensions the dimensions the descriptors speak of
   * @param bands the bands, lowest first, numbered 1, 2, 3 ...
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public BandScale {
    Checks.notNull(name, "name");
    dimensions = Checks.copy(dimensions, "dimensions");
    bands = Checks.copy(bands, "bands");
    if (bands.isEmpty()) {
      throw new InvalidValueException(ScaleMessages.noBands());
    }
    Set<String> codes = new HashSet<>();
    for (Dimension d : dimensions) {
      if (!codes.add(d.code())) {
        throw new InvalidValueException(ScaleMessages.dimensionTwice(d.code()));
      }
    }
    for (int i = 0; i < bands.size(); i++) {
      Band band = bands.get(i);
      if (band.number() != i + 1) {
        throw new InvalidValueException(ScaleMessages.bandMisnumbered(i + 1, band.number()));
      }
      if (i > 0 && band.min() <= bands.get(i - 1).max()) {
        throw new InvalidValueException(
            ScaleMessages.bandsOverlap(band.number(), band.number() - 1));
      }
      for (String key : band.descriptors().keySet()) {
        if (!codes.contains(key)) {
          throw new InvalidValueException(
              ScaleMessages.bandDescribesUnknownDimension(band.number(), key));
        }
      }
    }
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visitBand(this);
  }

  @Override
  public String type() {
    return "band";
  }

  /**
   * Finds the band a percentage belongs to.
   *
   * @param percent a percentage
   * @return the band that allows it, or empty
   */
  public Optional<Band> bandOf(int percent) {
    for (int i = 0; i < bands.size(); i++) {
      Band b = bands.get(i);
      List<Integer> percents = b.percents();
      int last = percents.size() - 1;
      // ascending: a band whose range does not hold the percentage is passed over at once
      if (percent < percents.get(0) || percent > percents.get(last)) {
        continue;
      }
      // read as ints: no boxing of the percentage, no call to equals per step
      for (int j = 0; j <= last; j++) {
        if (percents.get(j) == percent) {
          return Optional.of(b);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Finds the band whose range (its lowest to its highest allowed percentage, or up to the next
   * band) holds a percentage that need not be an allowed step, such as an item's computed share.
   *
   * @param percent a percentage from 0 to 100
   * @return the band
   */
  public Band bandContaining(BigDecimal percent) {
    Band found = bands.get(0);
    for (Band band : bands) {
      if (percent.compareTo(BigDecimal.valueOf(band.min())) >= 0) {
        found = band;
      }
    }
    return found;
  }

  /**
   * Finds the band the lowest of some dimension ratings falls in: the band the weakest dimension
   * supports.
   *
   * @param dimensionValues the percentages given to the dimensions, each allowed by this scale
   * @return the band holding the lowest of them, or empty when there are none
   * @throws NullPointerException if the list or one of its values is null
   * @throws IllegalArgumentException if a value is not allowed on this scale
   */
  public Optional<Band> weakestBand(List<RatingValue> dimensionValues) {
    Checks.notNull(dimensionValues, "dimensionValues");
    BigDecimal lowest = null;
    for (RatingValue v : dimensionValues) {
      Checks.notNull(v, "dimensionValues");
      requireAllowed(v);
      BigDecimal p = v.asNumber().orElseThrow();
      lowest = lowest == null ? p : lowest.min(p);
    }
    return lowest == null ? Optional.empty() : Optional.of(bandContaining(lowest));
  }

  /**
   * Caps an item's percentage by its weakest dimension: the item's percentage, or, when dimensions
   * are rated, the smaller of it and the top ({@link Band#max()}) of the band holding the lowest
   * dimension percentage. A pure function; whether a rubric applies it is up to the rubric.
   *
   * <p>For example, on the Baldrige bands (0, 5 | 10 to 25 | 30 to 45 | 50 to 65 | 70 to 85 | 90 to
   * 100) an item rated 70 % with A 70, D 45, L 60 and I 65 is capped at 45 %: D, the weakest, lies
   * in band 3, whose top is 45. With A 70, D 70, L 75 and I 80 it stays at 70 %, the top of band 5
   * being 85.
   *
   * <pre>{@code
   * BigDecimal pct = adli.capped(RatingValue.of(70),
   *     List.of(RatingValue.of(70), RatingValue.of(45), RatingValue.of(60), RatingValue.of(65)));
   * // 45
   * }</pre>
   *
   * @param item the item's percentage, allowed by this scale
   * @param dimensionValues the percentages given to its dimensions, each allowed by this scale;
   *     empty when none was rated
   * @return the item's percentage after the cap, from 0 to 100
   * @throws NullPointerException if an argument or a value is null
   * @throws IllegalArgumentException if a value is not allowed on this scale
   */
  public BigDecimal capped(RatingValue item, List<RatingValue> dimensionValues) {
    Checks.notNull(item, "item");
    requireAllowed(item);
    BigDecimal percent = item.asNumber().orElseThrow();
    Optional<Band> weakest = weakestBand(dimensionValues);
    if (weakest.isEmpty()) {
      return percent;
    }
    BigDecimal top = BigDecimal.valueOf(weakest.get().max());
    return percent.min(top);
  }

  @Override
  public Optional<Text> reject(RatingValue value) {
    Optional<BigDecimal> numeric = value.asNumber();
    if (numeric.isEmpty()) {
      return Optional.of(ScaleMessages.bandScaleTakesAPercentage(value.toString()));
    }
    BigDecimal number = numeric.get();
    int percent;
    try {
      percent = number.intValueExact();
    } catch (ArithmeticException e) {
      return Optional.of(notAllowed(number.toPlainString()));
    }
    return bandOf(percent).isPresent() ? Optional.empty() : Optional.of(notAllowed("" + percent));
  }

  private Text notAllowed(String shown) {
    List<Integer> allowed = new ArrayList<>();
    for (Band b : bands) {
      allowed.addAll(b.percents());
    }
    return ScaleMessages.percentageNotAllowed(shown, allowed);
  }

  @Override
  public BigDecimal fraction(RatingValue value) {
    requireAllowed(value);
    return Decimals.fraction(value.asNumber().orElseThrow(), HUNDRED);
  }

  @Override
  public Ratio exactFraction(RatingValue value) {
    requireAllowed(value);
    return Ratio.of(value.asNumber().orElseThrow().intValueExact(), 100);
  }

  @Override
  public Optional<Text> label(RatingValue value) {
    requireAllowed(value);
    return bandOf(value.asNumber().orElseThrow().intValueExact()).map(Band::label);
  }

  @Override
  public boolean isLowest(RatingValue value) {
    requireAllowed(value);
    return bands.get(0).percents().contains(value.asNumber().orElseThrow().intValueExact());
  }
}
