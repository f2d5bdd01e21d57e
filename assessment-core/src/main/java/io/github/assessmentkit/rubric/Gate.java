package io.github.assessmentkit.rubric;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.text.Text;

/**
 * A capping rule of a {@link Ladder}: when its condition fails, the ladder's result is at most the
 * rung {@code atMost}, whatever the ladder's metric reaches. A cooperative with an unresolved
 * deficiency fails whatever its points:
 *
 * <pre>{@code
 * Gate noDeficiency = new Gate(
 *     Text.of("ไม่มีข้อบกพร่องค้าง", "No unresolved deficiency"),
 *     Condition.ratedWith("S3.1", "yes"),
 *     "fail");
 * Ladder grades = ladder.withGates(noDeficiency);
 * }</pre>
 *
 * <p>A gate whose condition is undecided (it reads something that does not apply under a rule of
 * {@link WhenNotApplicable#UNDECIDED}) leaves the ladder undecided when the rung reached is above
 * {@code atMost}. A gate may not read a ladder ({@link Condition.RungReached}): ladders are placed
 * one by one, before any award is decided. Immutable and thread-safe.
 *
 * @param name the gate's name, given in the reason of a result it capped
 * @param condition what must hold for the result to go above {@code atMost}
 * @param atMost the id of the highest rung of the ladder reached while the condition fails
 */
public record Gate(Text name, Condition condition, String atMost) {
  /**
   * Creates the value, checking its components.
   *
   * @param name the gate's name, given in the reason of a result it capped
   * @param condition what must hold for the result to go above {@code atMost}
   * @param atMost the id of the highest rung of the ladder reached while the condition fails
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if {@code atMost} is blank
   */
  public Gate {
    Checks.notNull(name, "name");
    Checks.notNull(condition, "condition");
    Checks.notBlank(atMost, "atMost");
  }
}
