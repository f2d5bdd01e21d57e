package io.github.assessmentkit.actionplan;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.internal.ActionPlanMessages;
import io.github.assessmentkit.internal.Checks;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an action aims for at its node: a percent of the node's points, a band of the node's band
 * scale (the band that holds the node's percent), or a level of the node's level scale (the lowest
 * level rated among its indicators). Each is read as a number, the standing, that only goes up as
 * the node improves: the percent, the band's number, the level's rank.
 *
 * <pre>{@code
 * ActionTarget.percent(new BigDecimal("60"));
 * ActionTarget.band(4);
 * ActionTarget.level("3");
 * }</pre>
 *
 * @param kind which of the three it is
 * @param percent the percent aimed for, for {@link Kind#PERCENT}, else {@code null}
 * @param band the band number aimed for, for {@link Kind#BAND}, else 0
 * @param level the level's code aimed for, for {@link Kind#LEVEL}, else {@code null}
 */
public record ActionTarget(
    Kind kind, @Nullable BigDecimal percent, int band, @Nullable String level) {

  /** The three kinds of target. Thread-safe: an enum. */
  public enum Kind {
    /** At least a percent of the node's points. */
    PERCENT,
    /** At least a band of the node's band scale. */
    BAND,
    /** At least a level of the node's level scale. */
    LEVEL
  }

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Creates the value, checking that exactly the component of its kind is given.
   *
   * @param kind which of the three it is
   * @param percent the percent aimed for, for {@link Kind#PERCENT}, else {@code null}
   * @param band the band number aimed for, for {@link Kind#BAND}, else 0
   * @param level the level's code aimed for, for {@link Kind#LEVEL}, else {@code null}
   * @throws NullPointerException if {@code kind} is null
   * @throws IllegalArgumentException if the component of the kind is missing or out of range, or
   *     another is given
   */
  public ActionTarget {
    Checks.notNull(kind, "kind");
    boolean fits =
        switch (kind) {
          case PERCENT ->
              percent != null
                  && percent.signum() >= 0
                  && percent.compareTo(HUNDRED) <= 0
                  && band == 0
                  && level == null;
          case BAND -> percent == null && band >= 1 && level == null;
          case LEVEL -> percent == null && band == 0 && level != null && !level.isBlank();
        };
    if (!fits) {
      throw new InvalidValueException(
          ActionPlanMessages.badTarget(kind.name(), String.valueOf(percent), band, level));
    }
  }

  /**
   * Aims for at least a percent of the node's points.
   *
   * @param percent from 0 to 100
   * @return the target
   */
  public static ActionTarget percent(BigDecimal percent) {
    return new ActionTarget(Kind.PERCENT, Checks.notNull(percent, "percent"), 0, null);
  }

  /**
   * Aims for at least a band of the node's band scale.
   *
   * @param band the band's number, from 1
   * @return the target
   */
  public static ActionTarget band(int band) {
    return new ActionTarget(Kind.BAND, null, band, null);
  }

  /**
   * Aims for at least a level of the node's level scale.
   *
   * @param code the level's code
   * @return the target
   */
  public static ActionTarget level(String code) {
    return new ActionTarget(Kind.LEVEL, null, 0, Checks.notBlank(code, "code"));
  }

  /** {@return the target as written: {@code 60 %}, {@code band 4}, {@code level 3}} */
  public String shortForm() {
    return switch (kind) {
      case PERCENT -> Objects.requireNonNull(percent).toPlainString() + " %";
      case BAND -> "band " + band;
      case LEVEL -> "level " + level;
    };
  }
}
