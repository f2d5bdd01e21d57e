package io.github.assessmentkit.json;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.json.internal.JsonMessages;

/**
 * The most a JSON reader accepts before it stops with a {@code json.limit} violation, so that a
 * hostile or broken document cannot exhaust memory or the stack.
 *
 * <pre>{@code
 * JsonLimits limits = JsonLimits.DEFAULTS.withMaxDocumentBytes(64L * 1024 * 1024);
 * AssessmentJson json = AssessmentJson.builder().limits(limits).build();
 * }</pre>
 *
 * <p>Defaults ({@link #DEFAULTS}): documents up to 16 MiB, nesting up to 64 levels, strings up to
 * 1,000,000 characters and numbers up to 50 characters. Immutable and thread-safe.
 *
 * @param maxDocumentBytes the largest document, in bytes of UTF-8; 1 or more
 * @param maxNestingDepth how deep arrays and objects may nest; 1 to {@link #MAX_NESTING_DEPTH}
 * @param maxStringLength the longest string value or property name, in characters; 1 or more
 * @param maxNumberLength the longest number, in characters as written; 1 or more
 */
public record JsonLimits(
    long maxDocumentBytes, int maxNestingDepth, int maxStringLength, int maxNumberLength) {

  /**
   * The deepest nesting a caller may allow: 500 levels read safely on a thread with a 512 KiB
   * stack; deeper documents could exhaust it.
   */
  public static final int MAX_NESTING_DEPTH = 500;

  /** The defaults: 16 MiB, 64 levels, 1,000,000 characters, 50 characters. */
  public static final JsonLimits DEFAULTS = new JsonLimits(16L * 1024 * 1024, 64, 1_000_000, 50);

  /**
   * Creates the value, checking its components.
   *
   * @param maxDocumentBytes the largest document, in bytes of UTF-8; 1 or more
   * @param maxNestingDepth how deep arrays and objects may nest; 1 to {@link #MAX_NESTING_DEPTH}
   * @param maxStringLength the longest string value or property name, in characters; 1 or more
   * @param maxNumberLength the longest number, in characters as written; 1 or more
   * @throws IllegalArgumentException if a limit is out of range
   */
  public JsonLimits {
    if (maxDocumentBytes < 1 || maxDocumentBytes > Integer.MAX_VALUE - 8) {
      throw new InvalidValueException(
          JsonMessages.limitOutOfRange(
              "maxDocumentBytes", 1, Integer.MAX_VALUE - 8, maxDocumentBytes));
    }
    if (maxNestingDepth < 1 || maxNestingDepth > MAX_NESTING_DEPTH) {
      throw new InvalidValueException(
          JsonMessages.limitOutOfRange("maxNestingDepth", 1, MAX_NESTING_DEPTH, maxNestingDepth));
    }
    if (maxStringLength < 1) {
      throw new InvalidValueException(
          JsonMessages.limitBelowOne("maxStringLength", maxStringLength));
    }
    if (maxNumberLength < 1) {
      throw new InvalidValueException(
          JsonMessages.limitBelowOne("maxNumberLength", maxNumberLength));
    }
  }

  /**
   * Returns a copy with another document size limit.
   *
   * @param bytes the largest document, in bytes
   * @return the copy
   */
  public JsonLimits withMaxDocumentBytes(long bytes) {
    return new JsonLimits(bytes, maxNestingDepth, maxStringLength, maxNumberLength);
  }

  /**
   * Returns a copy with another nesting limit.
   *
   * @param depth how deep arrays and objects may nest
   * @return the copy
   */
  public JsonLimits withMaxNestingDepth(int depth) {
    return new JsonLimits(maxDocumentBytes, depth, maxStringLength, maxNumberLength);
  }

  /**
   * Returns a copy with another string length limit.
   *
   * @param length the longest string, in characters
   * @return the copy
   */
  public JsonLimits withMaxStringLength(int length) {
    return new JsonLimits(maxDocumentBytes, maxNestingDepth, length, maxNumberLength);
  }

  /**
   * Returns a copy with another number length limit.
   *
   * @param length the longest number, in characters
   * @return the copy
   */
  public JsonLimits withMaxNumberLength(int length) {
    return new JsonLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, length);
  }
}
