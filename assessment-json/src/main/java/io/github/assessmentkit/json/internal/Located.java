package io.github.assessmentkit.json.internal;

import java.util.function.Supplier;

/**
 * A model constructor's refusal, tagged with the path of the JSON object it was building, so that
 * the report names the innermost place at fault.
 */
final class Located extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The JSON Pointer of the object being built. */
  final String path;

  private Located(String path, RuntimeException cause) {
    super(cause.getMessage(), cause);
    this.path = path;
  }

  /**
   * Builds a model value, tagging a refusal with a path.
   *
   * @param <T> the value's type
   * @param where the object's place
   * @param make builds the value
   * @return the value
   */
  static <T> T at(Where where, Supplier<T> make) {
    try {
      return make.get();
    } catch (Located e) {
      throw e;
    } catch (IllegalArgumentException | NullPointerException | ArithmeticException e) {
      throw new Located(where.pointer(), e);
    }
  }
}
