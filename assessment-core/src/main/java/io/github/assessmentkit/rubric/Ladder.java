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
 * The bottom rung has no bound, so every scorecard lands on exactly one rung: it is the ladder's
 * "none reached" outcome, named by the rubric (ไม่ผ่าน / fail, ต้องปรับปรุง / needs improvement).
 *
 * <p>A rung may carry conditions besides its bound ({@link Rung#withConditions}), and the ladder
 * may carry {@linkplain Gate gates}: rules of the form "the result is at most rung X if condition C
 * fails". The rung reached is the first from the top whose bound is met and whose conditions hold,
 * lowered to the {@code atMost} rung of every gate whose condition fails; the reason names each
 * rung condition and gate that lowered it. Neither may read a ladder ({@link
 * Condition.RungReached}), and the bottom rung carries no conditions.
 *
 * <pre>{@code
 * Ladder grades = new Ladder("grade", Text.of("ระดับมาตรฐาน", "Standard grade"),
 *         Metric.totalPoints(),
 *         List.of(Rung.atLeast("excellent", excellent, 90), Rung.atLeast("very-good", veryGood, 80),
 *             Rung.atLeast("good", good, 60), Rung.bottom("fail", fail)),
 *         provenance)
 *     .withGates(new Gate(Text.of("ไม่มีข้อบกพร่องค้าง", "No unresolved deficiency"),
 *         Condition.ratedWith("S3.1", "yes"), "fail"));
 * }</pre>
 *
 * @param id the ladder's id, unique within the rubric
 * @param title the ladder's name
 * @param metric what it reads
 * @param rungs highest first; bounds descending; the last one without a bound
 * @param provenance where its thresholds come from and whether they were verified
 * @param gates capping rules, checked after the rungs; empty for none
 */
public record Ladder(
    String id,
    Text title,
    Metric metric,
    List<Rung> rungs,
    Provenance provenance,
    List<Gate> gates) {
  /**
   * Creates the value, checking its components.
   *
   * @param id the ladder's id, unique within the rubric
   * @param title the ladder's name
   * @param metric what it reads
   * @param rungs highest first; bounds descending; the last one without a bound
   * @param provenance where its thresholds come from and whether they were verified
   * @param gates capping rules, checked after the rungs; empty for none
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range, the bottom rung
   *     carries conditions, a gate names a rung the ladder does not have, or a rung condition or
   *     gate reads a ladder
   */
  public Ladder {
    Checks.notBlank(id, "id");
    Checks.notNull(title, "title");
    Checks.notNull(metric, "metric");
    rungs = Checks.copy(rungs, "rungs");
    Checks.notNull(provenance, "provenance");
    gates = Checks.copy(gates, "gates");
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
      if (last && !rung.conditions().isEmpty()) {
        throw new InvalidValueException(RubricMessages.bottomRungWithConditions(id, rung.id()));
      }
      for (Condition c : rung.conditions()) {
        if (readsALadder(c)) {
          throw new InvalidValueException(RubricMessages.gateReadsALadder(id, rung.id()));
        }
      }
    }
    for (Gate gate : gates) {
      if (!ids.contains(gate.atMost())) {
        throw new InvalidValueException(RubricMessages.noSuchRung(id, gate.atMost()));
      }
      if (readsALadder(gate.condition())) {
        throw new InvalidValueException(RubricMessages.gateReadsALadder(id, gate.atMost()));
      }
    }
  }

  /**
   * Creates a ladder without gates.
   *
   * @param id the ladder's id, unique within the rubric
   * @param title the ladder's name
   * @param metric what it reads
   * @param rungs highest first; bounds descending; the last one without a bound
   * @param provenance where its thresholds come from and whether they were verified
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public Ladder(String id, Text title, Metric metric, List<Rung> rungs, Provenance provenance) {
    this(id, title, metric, rungs, provenance, List.of());
  }

  /**
   * Returns this ladder with gates: capping rules, each "at most rung {@code atMost} when its
   * condition fails". They replace any gates the ladder had.
   *
   * @param capping the gates, none to drop them
   * @return the ladder
   * @throws IllegalArgumentException if a gate names a rung the ladder does not have or reads a
   *     ladder
   */
  public Ladder withGates(Gate... capping) {
    return new Ladder(id, title, metric, rungs, provenance, List.of(capping));
  }

  /** Whether a condition reads a ladder anywhere inside it. */
  private static boolean readsALadder(Condition condition) {
    return condition.accept(
        new Condition.Visitor<Boolean>() {
          @Override
          public Boolean visitCompare(Condition.Compare c) {
            return false;
          }

          @Override
          public Boolean visitAllOf(Condition.AllOf c) {
            return c.conditions().stream().anyMatch(k -> k.accept(this));
          }

          @Override
          public Boolean visitAnyOf(Condition.AnyOf c) {
            return c.conditions().stream().anyMatch(k -> k.accept(this));
          }

          @Override
          public Boolean visitRungReached(Condition.RungReached c) {
            return true;
          }

          @Override
          public Boolean visitCoverageAtLeast(Condition.CoverageAtLeast c) {
            return false;
          }

          @Override
          public Boolean visitNamed(Condition.Named c) {
            return c.condition().accept(this);
          }

          @Override
          public Boolean visitRatedWith(Condition.RatedWith c) {
            return false;
          }
        });
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
