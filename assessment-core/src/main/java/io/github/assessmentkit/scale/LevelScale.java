package io.github.assessmentkit.scale;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.Decimals;
import io.github.assessmentkit.internal.ScaleMessages;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Ordered levels, lowest first, such as a maturity scale 0 to 4. A rating chooses a level by its
 * code; level {@code i} of {@code n} earns the fraction {@code i / (n - 1)}.
 *
 * @param name the scale's name
 * @param levels the levels, lowest first, at least two
 */
public record LevelScale(Text name, List<Level> levels) implements Scale {
  /**
   * Creates the value, checking its components.
   *
   * @param name the scale's name
   * @param levels the levels, lowest first, at least two
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public LevelScale {
    Checks.notNull(name, "name");
    levels = Checks.copy(levels, "levels");
    if (levels.size() < 2) {
      throw new InvalidValueException(ScaleMessages.tooFewLevels());
    }
    Set<String> codes = new HashSet<>();
    for (Level level : levels) {
      if (!codes.add(level.code())) {
        throw new InvalidValueException(ScaleMessages.levelTwice(level.code()));
      }
    }
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visitLevel(this);
  }

  @Override
  public String type() {
    return "levels";
  }

  /**
   * Finds the position of a level, 0 for the lowest.
   *
   * @param code the level's code
   * @return its rank, or -1 when no level has that code
   */
  public int rank(String code) {
    for (int i = 0; i < levels.size(); i++) {
      if (levels.get(i).code().equals(code)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public Optional<Text> reject(RatingValue value) {
    Optional<String> code = value.asChoice();
    if (code.isPresent() && rank(code.get()) >= 0) {
      return Optional.empty();
    }
    return Optional.of(
        ScaleMessages.notALevel(value.toString(), levels.stream().map(Level::code).toList()));
  }

  @Override
  public BigDecimal fraction(RatingValue value) {
    requireAllowed(value);
    int rank = rank(value.asChoice().orElseThrow());
    return Decimals.fraction(BigDecimal.valueOf(rank), BigDecimal.valueOf(levels.size() - 1L));
  }

  @Override
  public Ratio exactFraction(RatingValue value) {
    requireAllowed(value);
    return Ratio.of(rank(value.asChoice().orElseThrow()), levels.size() - 1L);
  }

  @Override
  public Optional<Text> label(RatingValue value) {
    requireAllowed(value);
    return Optional.of(levels.get(rank(value.asChoice().orElseThrow())).label());
  }

  @Override
  public boolean isLowest(RatingValue value) {
    requireAllowed(value);
    return rank(value.asChoice().orElseThrow()) == 0;
  }
}
