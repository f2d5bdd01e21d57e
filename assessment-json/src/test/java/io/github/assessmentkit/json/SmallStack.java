package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Reads deeply nested documents on a thread whose stack is as small as a server worker's. */
final class SmallStack {
  /** A reader allowing the deepest nesting a caller may configure (500 levels). */
  static final AssessmentJson DEEPEST =
      AssessmentJson.builder()
          .limits(JsonLimits.DEFAULTS.withMaxNestingDepth(JsonLimits.MAX_NESTING_DEPTH))
          .build();

  private static final long STACK_BYTES = 512 * 1024;

  private SmallStack() {}

  /**
   * What the work returned, or what it threw.
   *
   * @param <T> the result type
   * @param value the result, or null when it threw
   * @param thrown what it threw, or null
   */
  record Outcome<T>(@Nullable T value, @Nullable Throwable thrown) {}

  /**
   * Runs work on a thread with a 512 KiB stack and waits for it.
   *
   * @param <T> the result type
   * @param work the work
   * @return its outcome
   */
  static <T> Outcome<T> run(Supplier<T> work) {
    Object[] value = new Object[1];
    Throwable[] thrown = new Throwable[1];
    Thread t =
        new Thread(
            null,
            () -> thrown[0] = catchThrowable(() -> value[0] = work.get()),
            "small-stack",
            STACK_BYTES);
    t.start();
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    @SuppressWarnings("unchecked")
    T result = (T) value[0];
    return new Outcome<>(result, thrown[0]);
  }
}
