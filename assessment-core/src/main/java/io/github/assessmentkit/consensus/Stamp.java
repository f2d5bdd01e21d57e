package io.github.assessmentkit.consensus;

import io.github.assessmentkit.internal.Checks;
import java.time.Clock;
import java.time.Instant;

/**
 * Who made a decision on a consensus, and when. The time is always given: by the caller, or read
 * from a clock the caller passes in; the library never reads the system clock on its own.
 *
 * <pre>{@code
 * Stamp s = Stamp.at("fac-somchai", Instant.parse("2026-03-12T09:30:00Z"));
 * Stamp t = Stamp.now("fac-somchai", clock); // clock.instant()
 * }</pre>
 *
 * @param by the id of the facilitator or assessor who decided
 * @param at when
 */
public record Stamp(String by, Instant at) {
  /**
   * Creates the value, checking its components.
   *
   * @param by the id of the facilitator or assessor who decided
   * @param at when
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code by} is blank
   */
  public Stamp {
    Checks.notBlank(by, "by");
    Checks.notNull(at, "at");
  }

  /**
   * A stamp at a given time.
   *
   * @param by who decided
   * @param at when
   * @return the stamp
   */
  public static Stamp at(String by, Instant at) {
    return new Stamp(by, at);
  }

  /**
   * A stamp at the time a clock tells.
   *
   * @param by who decided
   * @param clock the clock, read once
   * @return the stamp
   */
  public static Stamp now(String by, Clock clock) {
    return new Stamp(by, Checks.notNull(clock, "clock").instant());
  }
}
