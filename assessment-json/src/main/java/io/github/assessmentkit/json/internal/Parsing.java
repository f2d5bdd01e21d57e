package io.github.assessmentkit.json.internal;

import io.github.assessmentkit.ConflictingStateException;
import io.github.assessmentkit.json.JsonFormatException;
import io.github.assessmentkit.json.JsonLimits;
import io.github.assessmentkit.text.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Turns bytes into a document ({@link Node}) under the configured limits, or into a report that
 * says exactly why not. Strict JSON only: no comments, no NaN or Infinity, no duplicate keys, no
 * trailing content; decimals are read as {@link java.math.BigDecimal}, never through {@code
 * double}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Parsing {
  /** Numbers must be smaller in magnitude than 10^15. */
  static final int MAX_INTEGER_DIGITS = 15;

  /** Numbers may have at most 20 decimal places. */
  static final int MAX_DECIMAL_PLACES = 20;

  private final JsonLimits limits;

  /** How deep the documents this parser reads may nest. */
  private final int nesting;

  private final JsonFactory factory;

  /**
   * The same parser without Jackson's duplicate-key check, for the first pass: {@link #read}
   * watches for duplicates itself, and any document it does not accept is parsed again by {@link
   * #factory} for the exact report.
   */
  private final JsonFactory lax;

  private volatile @Nullable JsonMapper mapper;

  /**
   * Creates a parser for rubrics, assessments and golden vectors, which may nest {@link
   * JsonLimits#maxNestingDepth()} levels.
   *
   * @param limits the limits
   */
  public Parsing(JsonLimits limits) {
    this(limits, limits.maxNestingDepth());
  }

  /**
   * Creates a parser whose documents may nest to the given depth, under the other limits.
   *
   * @param limits the limits
   * @param nesting how deep documents may nest: {@link JsonLimits#maxNestingDepth()}, or {@link
   *     JsonLimits#maxScorecardNestingDepth()} for scorecards
   */
  public Parsing(JsonLimits limits, int nesting) {
    this.limits = limits;
    this.nesting = nesting;
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxDocumentLength(limits.maxDocumentBytes())
            .maxNestingDepth(nesting)
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(limits.maxStringLength())
            .maxNumberLength(limits.maxNumberLength())
            .build();
    // what is written is held to the nesting it will be read with
    StreamWriteConstraints written =
        StreamWriteConstraints.builder().maxNestingDepth(nesting).build();
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(constraints)
            .streamWriteConstraints(written)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    this.lax =
        JsonFactory.builder()
            .streamReadConstraints(constraints)
            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
  }

  /**
   * Gives the mapper, configured for exact decimals, made on first use: reading needs only the
   * streaming parser, so a program that only reads never builds one unless a document has unknown
   * fields to keep.
   *
   * @return the mapper
   */
  public JsonMapper mapper() {
    JsonMapper m = mapper;
    if (m == null) {
      synchronized (this) {
        m = mapper;
        if (m == null) {
          m =
              JsonMapper.builder(factory)
                  .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                  .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                  .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                  .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                  .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                  .enable(StreamWriteFeature.STRICT_DUPLICATE_DETECTION)
                  .build();
          mapper = m;
        }
      }
    }
    return m;
  }

  /** {@return the limits} */
  public JsonLimits limits() {
    return limits;
  }

  /** {@return how deep the documents this parser reads may nest} */
  public int nesting() {
    return nesting;
  }

  /**
   * Reads a whole stream, stopping as soon as it passes the document size limit.
   *
   * @param in the stream; not closed
   * @return its bytes
   * @throws JsonFormatException if the stream is longer than the limit
   * @throws UncheckedIOException if the stream fails
   */
  public byte[] readAll(InputStream in) {
    long max = limits.maxDocumentBytes();
    try {
      byte[] bytes = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
      if (bytes.length > max) {
        throw fail("", "json.limit", null, JsonMessages.documentTooLarge(max));
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Checks that a document given as bytes is within the size limit.
   *
   * @param bytes the document
   * @return the same bytes
   * @throws JsonFormatException if the document is longer than the limit
   */
  public byte[] sized(byte[] bytes) {
    if (bytes.length > limits.maxDocumentBytes()) {
      throw fail("", "json.limit", null, JsonMessages.documentTooLarge(limits.maxDocumentBytes()));
    }
    return bytes;
  }

  /**
   * Encodes a string as UTF-8, rejecting unpaired surrogates.
   *
   * @param json the document
   * @return its bytes
   * @throws JsonFormatException if the string cannot be encoded or passes the size limit
   */
  public byte[] utf8(String json) {
    if ((long) json.length() > limits.maxDocumentBytes()) {
      throw fail("", "json.limit", null, JsonMessages.documentTooLarge(limits.maxDocumentBytes()));
    }
    CharsetEncoder encoder =
        StandardCharsets.UTF_8
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      ByteBuffer bytes = encoder.encode(CharBuffer.wrap(json));
      byte[] out = new byte[bytes.remaining()];
      bytes.get(out);
      if (out.length > limits.maxDocumentBytes()) {
        throw fail(
            "", "json.limit", null, JsonMessages.documentTooLarge(limits.maxDocumentBytes()));
      }
      return out;
    } catch (CharacterCodingException e) {
      int at = firstUnpairedSurrogate(json);
      throw fail("", "json.encoding", null, JsonMessages.unpairedSurrogate(at));
    }
  }

  private static int firstUnpairedSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Parses a document in one pass of Jackson's streaming parser, checking the range of every number
   * as it is read: a number smaller in magnitude than 10^15 with at most 20 decimal places passes;
   * each other one is added to {@code numbers} with its JSON Pointer. Works without recursion, so
   * nesting is bounded only by the limits.
   *
   * <p>A first pass looks for duplicate keys itself, which is cheaper than Jackson's check for the
   * few keys of each object; a document it does not accept for any reason (a duplicate key, a
   * syntax error, a limit) is parsed again with Jackson's check on, so the report is exactly
   * Jackson's first complaint.
   *
   * @param bytes the document, UTF-8
   * @param numbers where numbers out of range go
   * @return the document's root value; JSON null for an empty document
   * @throws JsonFormatException naming the first problem of syntax, encoding or limits
   */
  public Node parse(byte[] bytes, Issues numbers) {
    Issues found = new Issues();
    try (JsonParser p = lax.createParser(ObjectReadContext.empty(), bytes)) {
      Node root = read(p, found, true);
      if (root != null) {
        numbers.addAll(found);
        return root;
      }
    } catch (JsonFormatException e) {
      if (isLimit(e)) {
        throw e; // a count limit: the strict pass would stop at the same place
      }
    } catch (JacksonException | NumberFormatException | ArithmeticException e) {
      // parsed again below, with Jackson's duplicate-key check, for the exact report
    }
    return strict(bytes, numbers);
  }

  private static boolean isLimit(JsonFormatException e) {
    var violations = e.report().violations();
    return violations.size() == 1 && violations.get(0).rule().equals("json.limit");
  }

  private Node strict(byte[] bytes, Issues numbers) {
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), bytes)) {
      return java.util.Objects.requireNonNull(read(p, numbers, false));
    } catch (StreamConstraintsException e) {
      throw fail("", "json.limit", null, limitMessage(e));
    } catch (JacksonException e) {
      int bad = firstInvalidUtf8(bytes);
      if (bad >= 0) {
        throw fail("", "json.encoding", null, JsonMessages.invalidUtf8(bad));
      }
      String path = pathOf(e);
      String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
      String where = where(e.getLocation());
      if (original.startsWith("Duplicate Object property")) {
        String name = original.substring(original.indexOf('"') + 1, original.lastIndexOf('"'));
        throw fail(path, "json.duplicate-key", name, JsonMessages.duplicateKey(name, where));
      }
      if (original.contains("'NaN'") || original.contains("Infinity'")) {
        throw fail(path, "json.number", null, JsonMessages.nonNumeric(where));
      }
      if (e instanceof UnexpectedEndOfInputException || original.contains("end-of-input")) {
        throw fail(path, "json.syntax", null, JsonMessages.truncated(where));
      }
      if (original.contains("comment")) {
        throw fail(path, "json.syntax", null, JsonMessages.comment(where));
      }
      throw fail(path, "json.syntax", null, JsonMessages.syntax(where, detail(original)));
    } catch (NumberFormatException | ArithmeticException e) {
      throw fail("", "json.number", null, JsonMessages.numberUnreadable());
    }
  }

  /**
   * Reads the tokens into nodes.
   *
   * @param p the parser
   * @param numbers where numbers out of range go
   * @param duplicates whether to watch for duplicate keys
   * @return the root, or null when {@code duplicates} is set and an object repeats a key
   */
  private @Nullable Node read(JsonParser p, Issues numbers, boolean duplicates) {
    JsonToken t = p.nextToken();
    if (t == null) {
      return Node.nullValue();
    }
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    Node[] open = new Node[16];
    String[] names = new String[16];
    int depth = 0;
    Node root = null;
    Counts counts = new Counts();
    tokens:
    for (; t != null; t = p.nextToken()) {
      Node value;
      switch (t) {
        case PROPERTY_NAME -> {
          String name = p.currentName();
          if (duplicates && open[depth - 1].has(name)) {
            return null;
          }
          names[depth - 1] = name;
          continue;
        }
        case END_OBJECT, END_ARRAY -> {
          open[--depth] = null;
          if (depth == 0) {
            break tokens;
          }
          continue;
        }
        case START_OBJECT -> value = Node.newObject();
        case START_ARRAY -> value = Node.newArray();
        case VALUE_STRING -> value = Node.string(p.getString());
        case VALUE_NUMBER_INT -> {
          JsonNode n;
          switch (p.getNumberType()) {
            case INT -> n = nodes.numberNode(p.getIntValue()); // within range: |n| < 10^10
            case LONG -> {
              n = nodes.numberNode(p.getLongValue());
              checkNumber(n.decimalValue(), open, names, depth, numbers);
            }
            default -> {
              n = nodes.numberNode(p.getBigIntegerValue());
              checkNumber(n.decimalValue(), open, names, depth, numbers);
            }
          }
          value = Node.number(n);
        }
        case VALUE_NUMBER_FLOAT -> {
          JsonNode n = nodes.numberNode(p.getDecimalValue());
          checkNumber(n.decimalValue(), open, names, depth, numbers);
          value = Node.number(n);
        }
        case VALUE_TRUE -> value = Node.bool(true);
        case VALUE_FALSE -> value = Node.bool(false);
        case VALUE_NULL -> value = Node.nullValue();
        default ->
            throw new ConflictingStateException(JsonMessages.unexpectedToken(String.valueOf(t)));
      }
      if (depth == 0) {
        root = value;
      } else {
        if (open[depth - 1].isArray()) {
          counts.check(open, names, depth);
        }
        open[depth - 1].add(names[depth - 1], value);
      }
      if (value.isValueNode()) {
        if (depth == 0) {
          break tokens;
        }
      } else {
        if (depth == open.length) {
          open = java.util.Arrays.copyOf(open, depth * 2);
          names = java.util.Arrays.copyOf(names, depth * 2);
        }
        open[depth++] = value;
      }
    }
    if (p.nextToken() != null) {
      throw fail("", "json.syntax", null, JsonMessages.trailing(where(p.currentTokenLocation())));
    }
    return java.util.Objects.requireNonNull(root);
  }

  /**
   * Counts the elements of the arrays read so far, before each new element is added, so that a
   * document past a count limit is refused before it is built.
   */
  private final class Counts {
    private int ratings;
    private int evidence;
    private int criteria;
    private int indicators;

    /**
     * Checks the element about to be added to the innermost open container, an array.
     *
     * @throws JsonFormatException naming the element's place and the limit it passes
     */
    void check(Node[] open, String[] names, int depth) {
      Node array = open[depth - 1];
      if (array.size() >= limits.maxArrayLength()) {
        throw fail(
            pathOf(open, names, depth),
            "json.limit",
            null,
            JsonMessages.arrayTooLong(limits.maxArrayLength()));
      }
      if (depth < 2 || !open[depth - 2].isObject()) {
        return;
      }
      switch (names[depth - 2]) {
        case "ratings" -> {
          if (++ratings > limits.maxRatings()) {
            throw tooMany(open, names, depth, "ผลการประเมิน", "ratings", limits.maxRatings());
          }
        }
        case "evidence" -> {
          if (++evidence > limits.maxEvidence()) {
            throw tooMany(open, names, depth, "หลักฐาน", "evidence entries", limits.maxEvidence());
          }
        }
        case "criteria", "children" -> {
          if (++criteria > limits.maxCriteria()) {
            throw tooMany(open, names, depth, "เกณฑ์", "criteria", limits.maxCriteria());
          }
        }
        case "indicators" -> {
          if (++indicators > limits.maxIndicators()) {
            throw tooMany(open, names, depth, "ตัวชี้วัด", "indicators", limits.maxIndicators());
          }
        }
        default -> {
          // not counted
        }
      }
    }

    private JsonFormatException tooMany(
        Node[] open, String[] names, int depth, String thai, String english, int max) {
      return fail(
          pathOf(open, names, depth), "json.limit", null, JsonMessages.tooMany(thai, english, max));
    }
  }

  /**
   * Writes out the place of the value about to be added to the innermost open container, from the
   * containers open around it.
   */
  private static String pathOf(Node[] open, String[] names, int depth) {
    String path = "";
    for (int i = 0; i < depth; i++) {
      // an enclosing array already holds the container being filled; the innermost one does
      // not yet hold the new value
      int index = i == depth - 1 ? open[i].size() : open[i].size() - 1;
      path = open[i].isObject() ? Pointer.append(path, names[i]) : Pointer.append(path, index);
    }
    return path;
  }

  /**
   * Rejects a number that is exact but absurd, such as {@code 1e400}, naming its place from the
   * containers open around it; the place is written out only then.
   */
  private static void checkNumber(
      BigDecimal d, Node[] open, String[] names, int depth, Issues numbers) {
    boolean tooBig = d.signum() != 0 && d.precision() - d.scale() > MAX_INTEGER_DIGITS;
    if (tooBig || d.scale() > MAX_DECIMAL_PLACES) {
      String path = pathOf(open, names, depth);
      String shown = d.toString();
      numbers.add(path, "json.number", shown, JsonMessages.numberOutOfRange(shown));
    }
  }

  private Text limitMessage(StreamConstraintsException e) {
    String m = String.valueOf(e.getOriginalMessage());
    if (m.contains("nesting depth")) {
      return JsonMessages.tooDeep(nesting);
    }
    if (m.contains("Number value length")) {
      return JsonMessages.numberTooLong(limits.maxNumberLength());
    }
    if (m.contains("Document length")) {
      return JsonMessages.documentTooLarge(limits.maxDocumentBytes());
    }
    if (m.contains("Name length")) {
      return JsonMessages.nameTooLong(limits.maxStringLength());
    }
    if (m.contains("String value length")) {
      return JsonMessages.stringTooLong(limits.maxStringLength());
    }
    return JsonMessages.otherLimit(firstLine(m));
  }

  private static String pathOf(JacksonException e) {
    if (e.processor() instanceof JsonParser p && p.streamReadContext() != null) {
      try {
        return p.streamReadContext().pathAsPointer().toString();
      } catch (RuntimeException ignored) {
        return "";
      }
    }
    return "";
  }

  private static String where(@Nullable TokenStreamLocation at) {
    if (at == null || at.getLineNr() < 1) {
      return "";
    }
    return at.getLineNr() + ":" + at.getColumnNr();
  }

  /** Rewords the parser's usual complaints without its configuration advice. */
  private static String detail(String original) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("^Unrecognized token '(.*)': was expecting")
            .matcher(original);
    if (m.find()) {
      return "unexpected word '" + m.group(1) + "'";
    }
    m =
        java.util.regex.Pattern.compile("^Unexpected character \\('(.)' \\(code \\d+\\)\\)")
            .matcher(original);
    if (m.find()) {
      return "unexpected character '" + m.group(1) + "'";
    }
    m =
        java.util.regex.Pattern.compile(
                "^Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)")
            .matcher(original);
    if (m.find()) {
      return "the control character U+"
          + String.format("%04X", Integer.parseInt(m.group(1)))
          + " must be escaped inside a string";
    }
    return firstLine(original);
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    String line = nl < 0 ? s : s.substring(0, nl);
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }

  private static int firstInvalidUtf8(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      var result = decoder.decode(in, out, true);
      if (result.isError()) {
        return in.position();
      }
      if (result.isUnderflow()) {
        return -1;
      }
      out.clear();
    }
  }

  private static JsonFormatException fail(
      String path, String rule, @Nullable String value, Text message) {
    Issues issues = new Issues();
    issues.add(path, rule, value, message);
    return new JsonFormatException(issues.report());
  }
}
