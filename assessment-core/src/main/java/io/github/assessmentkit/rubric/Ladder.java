package io.github.assessmentkit.rubric;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.RubricMessages;
import io.github.assessmentkit.text.Text;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A rating ladder: rungs by threshold on one metric, highest first, such as ดีเด่น / ดีมาก / ดี /
 * พอใช้ / ต้องปรับปรุง on the total percent, or the eight overall scoring bands on total points.
 * The bottom rung has no bound, so every scorecard lands on exactly one rung.
 *
 * @param id the ladder's id, unique within the rubric
 * @param title the ladder's name
 * @param metric what it reads
 * @param rungs highest first; bounds descending; the last one without a bound
 * @param provenance where its thresholds come from and whether they were verified
 */
public record Ladder(
    String id, Text title, Metric metric, List<Rung> rungs, Provenance provenance) {
  /**
   * Creates the value, checking its components.
   *
   * @param id the ladder's id, unique within the rubric
   * @param title the ladder's name
   * @param metric what it reads
   * @param rungs highest first; bounds descending; the last one without a bound
   * @param provenance where its thresholds come from and whether they were verified
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public Ladder {
    Checks.notBlank(id, "id");
    Checks.notNull(title, "title");
    Checks.notNull(metric, "metric");
    rungs = Checks.copy(rungs, "rungs");
    Checks.notNull(provenance, "provenance");
    if (rungs.size() < 2) {
      throw new InvalidValueException(RubricMessages.tooFewRungs(id));
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < rungs.size(); i++) {
      Rung rung = rungs.get(i);
      if (!ids.add(rung.id())) {
        throw new InvalidValueException(RubricMessages.rungTwice(id, rung.id()));
      }
      boolean last = i == rungs.size() - 1;
      if (last != (rung.bound() == null)) {
        throw new InvalidValueException(RubricMessages.onlyTheLastRungIsUnbounded(id, rung.id()));
      }
      if (i > 0 && !last && rung.bound().compareTo(rungs.get(i - 1).bound()) >= 0) {
        throw new InvalidValueException(RubricMessages.rungBoundNotLower(id, rung.id()));
      }
    }
  }

  /**
   * Finds a rung's position, 0 for the top.
   *
   * @param rungId the rung
   * @return its position, or -1
   */
  public int position(String rungId) {
    for (int i = 0; i < rungs.size(); i++) {
      if (rungs.get(i).id().equals(rungId)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Gives a rung's number counted from the bottom: 1 for the bottom rung, the number of rungs for
   * the top. Bands read as they are named: on an eight-band ladder listed {@code band-8} down to
   * {@code band-1}, {@code band-4} is 4. The rungs are listed top first, so this is {@code
   * rungs().size() - position(rungId)}.
   *
   * @param rungId the rung
   * @return its number, from 1 for the bottom rung up to {@code rungs().size()} for the top
   * @throws InvalidValueException if the ladder has no such rung
   */
  public int rungNumber(String rungId) {
    int position = position(rungId);
    if (position < 0) {
      throw new InvalidValueException(RubricMessages.noSuchRung(id, rungId));
    }
    return rungs.size() - position;
  }
}
