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
 * 1,000,000 characters and numbers up to 50 characters; at most 100,000 elements in any one array;
 * at most 100,000 ratings, 100,000 evidence entries, 100,000 criteria and 100,000 indicators in one
 * document; and at most 1,000 violations kept in one report. The counts are checked while the
 * document is parsed, so a document past a count is refused before it is built.
 *
 * <p><b>What a codec writes, it reads.</b> The limits hold both ways, so that a document written by
 * an {@link AssessmentJson} is one the same codec reads back, equal:
 *
 * <ul>
 *   <li><i>Nesting follows the rubric.</i> {@code maxNestingDepth} bounds rubric, assessment and
 *       golden-vector documents. A scorecard nests at most one level deeper than the rubric it
 *       scores (its criteria stand under {@code root}; see {@link #SCORECARD_EXTRA_NESTING}), so a
 *       scorecard is read (and written) with that many more levels: {@link
 *       #maxScorecardNestingDepth()}. The scorecard of every rubric the codec reads is therefore
 *       one it reads back; under the defaults a rubric may nest its criteria 30 deep (the root
 *       object, the {@code criteria} array and two levels per criterion, then an indicator and its
 *       scale: 2 × 30 + 4 = 64), and its scorecard nests 65 levels.
 *   <li><i>Bytes, nesting and string lengths are checked when writing.</i> A value built in code
 *       may be larger or deeper than any document the codec reads, and a rubric read from a compact
 *       document grows when written indented. Writing stops with an {@link InvalidValueException}
 *       that names the limit as soon as the output passes {@code maxDocumentBytes} (counted in
 *       bytes of UTF-8, the last line end included), the nesting limit of its document type, or
 *       {@code maxStringLength} (a scorecard node's calculation names each of its parts, so it
 *       grows with the node's width), instead of writing a document the codec would refuse. What
 *       was written to the caller's stream before then is not a whole document and is to be
 *       discarded. To keep such documents, write and read them with a codec whose limits are
 *       raised: the limits bound what a caller may send, and a program that stores larger documents
 *       of its own says so by raising them for those. A writer that refuses was preferred to a
 *       reader that trusts what a document says about itself: a reader cannot tell a document this
 *       library wrote from one a sender made to look like it.
 *   <li><i>Counts are not checked when writing.</i> A value read under these limits is written
 *       within them (a scorecard has as many criteria and indicators as its rubric); a value built
 *       in code past a count is refused when read, with a report that names the limit.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxDocumentBytes the largest document, in bytes of UTF-8; 1 or more
 * @param maxNestingDepth how deep arrays and objects may nest; 1 to {@link #MAX_NESTING_DEPTH}
 * @param maxStringLength the longest string value or property name, in characters; 1 or more
 * @param maxNumberLength the longest number, in characters as written; 1 or more
 * @param maxArrayLength the most elements in any one JSON array; 1 or more
 * @param maxRatings the most ratings in one document, counted over every {@code ratings} array; 1
 *     or more
 * @param maxEvidence the most evidence entries in one document, counted over every {@code evidence}
 *     array; 1 or more
 * @param maxCriteria the most criteria in one document, counted over every {@code criteria} and
 *     {@code children} array (a sub-criterion is a criterion); 1 or more
 * @param maxIndicators the most indicators in one document, counted over every {@code indicators}
 *     array; 1 or more
 * @param maxViolations the most violations one report keeps; the rest are counted in a last {@code
 *     report.truncated} entry; 1 or more
 */
public record JsonLimits(
    long maxDocumentBytes,
    int maxNestingDepth,
    int maxStringLength,
    int maxNumberLength,
    int maxArrayLength,
    int maxRatings,
    int maxEvidence,
    int maxCriteria,
    int maxIndicators,
    int maxViolations) {

  /**
   * The deepest nesting a caller may allow: 500 levels read safely on a thread with a 512 KiB
   * stack; deeper documents could exhaust it.
   */
  public static final int MAX_NESTING_DEPTH = 500;

  /**
   * How many levels deeper than {@link #maxNestingDepth()} a scorecard may nest: 1. A scorecard
   * puts its criteria under its {@code root} object, one level deeper than a rubric lists them, and
   * below each criterion goes no deeper than the rubric does: a node's explanation rule stands two
   * levels below the node and an indicator line's label three (a dimension rating's rationale
   * five), where the rubric's criterion holds its indicator's scale three levels down (a scale's
   * dimension names five). An award condition's result stands where the rubric's condition stands,
   * its parts two levels apart as the condition's are, so a leaf's reason, one level below its
   * result, is at most one level deeper than the rubric's leaf condition. The tests check the bound
   * on random rubrics.
   */
  public static final int SCORECARD_EXTRA_NESTING = 1;

  /** The default for {@link #maxArrayLength()}: 100,000 elements. */
  public static final int DEFAULT_MAX_ARRAY_LENGTH = 100_000;

  /** The default for {@link #maxRatings()}: 100,000 ratings (a CQA assessment has about 100). */
  public static final int DEFAULT_MAX_RATINGS = 100_000;

  /** The default for {@link #maxEvidence()}: 100,000 evidence entries. */
  public static final int DEFAULT_MAX_EVIDENCE = 100_000;

  /** The default for {@link #maxCriteria()}: 100,000 criteria. */
  public static final int DEFAULT_MAX_CRITERIA = 100_000;

  /** The default for {@link #maxIndicators()}: 100,000 indicators. */
  public static final int DEFAULT_MAX_INDICATORS = 100_000;

  /** The default for {@link #maxViolations()}: 1,000 violations in one report. */
  public static final int DEFAULT_MAX_VIOLATIONS = 1_000;

  /**
   * The defaults: 16 MiB, 64 levels, 1,000,000 characters, 50 characters, 100,000 array elements,
   * 100,000 each of ratings, evidence, criteria and indicators, 1,000 violations.
   */
  public static final JsonLimits DEFAULTS = new JsonLimits(16L * 1024 * 1024, 64, 1_000_000, 50);

  /**
   * Creates the value, checking its components.
   *
   * @param maxDocumentBytes the largest document, in bytes of UTF-8; 1 or more
   * @param maxNestingDepth how deep arrays and objects may nest; 1 to {@link #MAX_NESTING_DEPTH}
   * @param maxStringLength the longest string value or property name, in characters; 1 or more
   * @param maxNumberLength the longest number, in characters as written; 1 or more
   * @param maxArrayLength the most elements in any one JSON array; 1 or more
   * @param maxRatings the most ratings in one document, counted over every {@code ratings} array; 1
   *     or more
   * @param maxEvidence the most evidence entries in one document, counted over every {@code
   *     evidence} array; 1 or more
   * @param maxCriteria the most criteria in one document, counted over every {@code criteria} and
   *     {@code children} array; 1 or more
   * @param maxIndicators the most indicators in one document, counted over every {@code indicators}
   *     array; 1 or more
   * @param maxViolations the most violations one report keeps; the rest are counted in a last
   *     {@code report.truncated} entry; 1 or more
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
    atLeastOne("maxStringLength", maxStringLength);
    atLeastOne("maxNumberLength", maxNumberLength);
    atLeastOne("maxArrayLength", maxArrayLength);
    atLeastOne("maxRatings", maxRatings);
    atLeastOne("maxEvidence", maxEvidence);
    atLeastOne("maxCriteria", maxCriteria);
    atLeastOne("maxIndicators", maxIndicators);
    atLeastOne("maxViolations", maxViolations);
  }

  /**
   * Creates limits with the given sizes and the default counts, as before counts were added.
   *
   * @param maxDocumentBytes the largest document, in bytes of UTF-8; 1 or more
   * @param maxNestingDepth how deep arrays and objects may nest; 1 to {@link #MAX_NESTING_DEPTH}
   * @param maxStringLength the longest string value or property name, in characters; 1 or more
   * @param maxNumberLength the longest number, in characters as written; 1 or more
   * @throws IllegalArgumentException if a limit is out of range
   */
  public JsonLimits(
      long maxDocumentBytes, int maxNestingDepth, int maxStringLength, int maxNumberLength) {
    this(
        maxDocumentBytes,
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        DEFAULT_MAX_ARRAY_LENGTH,
        DEFAULT_MAX_RATINGS,
        DEFAULT_MAX_EVIDENCE,
        DEFAULT_MAX_CRITERIA,
        DEFAULT_MAX_INDICATORS,
        DEFAULT_MAX_VIOLATIONS);
  }

  /**
   * {@return how deep a scorecard document may nest: {@link #maxNestingDepth()} + {@link
   * #SCORECARD_EXTRA_NESTING}, so that the scorecard of every rubric read under these limits is
   * read back}
   */
  public int maxScorecardNestingDepth() {
    return maxNestingDepth + SCORECARD_EXTRA_NESTING;
  }

  private static void atLeastOne(String name, int value) {
    if (value < 1) {
      throw new InvalidValueException(JsonMessages.limitBelowOne(name, value));
    }
  }

  /**
   * Returns a copy with another document size limit.
   *
   * @param bytes the largest document, in bytes
   * @return the copy
   */
  public JsonLimits withMaxDocumentBytes(long bytes) {
    return new JsonLimits(
        bytes,
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        maxArrayLength,
        maxRatings,
        maxEvidence,
        maxCriteria,
        maxIndicators,
        maxViolations);
  }

  /**
   * Returns a copy with another nesting limit.
   *
   * @param depth how deep arrays and objects may nest
   * @return the copy
   */
  public JsonLimits withMaxNestingDepth(int depth) {
    return new JsonLimits(
        maxDocumentBytes,
        depth,
        maxStringLength,
        maxNumberLength,
        maxArrayLength,
        maxRatings,
        maxEvidence,
        maxCriteria,
        maxIndicators,
        maxViolations);
  }

  /**
   * Returns a copy with another string length limit.
   *
   * @param length the longest string, in characters
   * @return the copy
   */
  public JsonLimits withMaxStringLength(int length) {
    return new JsonLimits(
        maxDocumentBytes,
        maxNestingDepth,
        length,
        maxNumberLength,
        maxArrayLength,
        maxRatings,
        maxEvidence,
        maxCriteria,
        maxIndicators,
        maxViolations);
  }

  /**
   * Returns a copy with another number length limit.
   *
   * @param length the longest number, in characters
   * @return the copy
   */
  public JsonLimits withMaxNumberLength(int length) {
    return new JsonLimits(
        maxDocumentBytes,
        maxNestingDepth,
        maxStringLength,
        length,
        maxArrayLength,
        maxRatings,
        maxEvidence,
        maxCriteria,
        maxIndicators,
        maxViolations);
  }

  /**
   * Returns a copy with another array length limit.
   *
   * @param count the most elements in any one array
   * @return the copy
   */
  public JsonLimits withMaxArrayLength(int count) {
    return new JsonLimits(
        maxDocumentBytes,
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        count,
        maxRatings,
        maxEvidence,
        maxCriteria,
        maxIndicators,
        maxViolations);
  }

  /**
   * Returns a copy with another ratings limit.
   *
   * @param count the most ratings in one document
   * @return the copy
   */
  public JsonLimits withMaxRatings(int count) {
    return new JsonLimits(
        maxDocumentBytes,
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        maxArrayLength,
        count,
        maxEvidence,
        maxCriteria,
        maxIndicators,
        maxViolations);
  }

  /**
   * Returns a copy with another evidence limit.
   *
   * @param count the most evidence entries in one document
   * @return the copy
   */
  public JsonLimits withMaxEvidence(int count) {
    return new JsonLimits(
        maxDocumentBytes,
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        maxArrayLength,
        maxRatings,
        count,
        maxCriteria,
        maxIndicators,
        maxViolations);
  }

  /**
   * Returns a copy with another criteria limit.
   *
   * @param count the most criteria in one document
   * @return the copy
   */
  public JsonLimits withMaxCriteria(int count) {
    return new JsonLimits(
        maxDocumentBytes,
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        maxArrayLength,
        maxRatings,
        maxEvidence,
        count,
        maxIndicators,
        maxViolations);
  }

  /**
   * Returns a copy with another indicators limit.
   *
   * @param count the most indicators in one document
   * @return the copy
   */
  public JsonLimits withMaxIndicators(int count) {
    return new JsonLimits(
        maxDocumentBytes,
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        maxArrayLength,
        maxRatings,
        maxEvidence,
        maxCriteria,
        count,
        maxViolations);
  }

  /**
   * Returns a copy with another violations limit.
   *
   * @param count the most violations one report keeps
   * @return the copy
   */
  public JsonLimits withMaxViolations(int count) {
    return new JsonLimits(
        maxDocumentBytes,
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        maxArrayLength,
        maxRatings,
        maxEvidence,
        maxCriteria,
        maxIndicators,
        count);
  }
}
