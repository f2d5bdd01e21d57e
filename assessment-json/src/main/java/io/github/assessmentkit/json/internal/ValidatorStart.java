package io.github.assessmentkit.json.internal;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Starts Hibernate Validator's bootstrap on a background daemon thread the first time the codec
 * reads a document, so that it overlaps with parsing and reading; {@link Structure#check} then
 * waits only for what is left. This class refers to nothing of Hibernate Validator or of {@link
 * Structure}'s fields, so the reading thread loads none of their classes to start it.
 */
final class ValidatorStart implements Runnable {
  private static final AtomicBoolean STARTED = new AtomicBoolean();

  private ValidatorStart() {}

  /** Starts the bootstrap, once; returns at once. */
  static void once() {
    if (STARTED.get() || !STARTED.compareAndSet(false, true)) {
      return;
    }
    Thread t = new Thread(new ValidatorStart(), "assessmentkit-validator-bootstrap");
    t.setDaemon(true);
    t.start();
  }

  @Override
  public void run() {
    Structure.warm();
  }
}
