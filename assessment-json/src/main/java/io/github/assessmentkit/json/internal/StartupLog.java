package io.github.assessmentkit.json.internal;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;

/**
 * Keeps Hibernate Validator's start-up line off standard error. Its {@code Version} class logs
 * {@code HV000001: Hibernate Validator 9.1.6.Final} at INFO when it is loaded, through JBoss
 * Logging, which with no other logging library on the path writes through {@code
 * java.util.logging}, whose console handler prints INFO to standard error: a line on every start of
 * every application that reads a document. Before the validator is built, this sets that one logger
 * (and no other) to WARNING, unless a level was already given to it, in code or in the {@code
 * logging.properties} in force; an application that wants the line back sets {@code
 * org.hibernate.validator.internal.util.Version.level = INFO} there. Under Log4j 2 or SLF4J, JBoss
 * Logging writes to them instead, and their own configuration decides. Thread-safe.
 */
final class StartupLog {
  /** The logger of Hibernate Validator's version line. */
  static final String VERSION_LOGGER = "org.hibernate.validator.internal.util.Version";

  /** Held: {@code java.util.logging} keeps its loggers, and so their levels, only weakly. */
  private static @Nullable Logger held;

  private StartupLog() {}

  /** Sets the version line's logger to WARNING, unless it has a level already. */
  static synchronized void quiet() {
    if (held != null) {
      return;
    }
    Logger logger = Logger.getLogger(VERSION_LOGGER);
    if (logger.getLevel() == null) {
      logger.setLevel(Level.WARNING);
    }
    held = logger;
  }
}
