package io.github.assessmentkit.json.internal;

import io.github.assessmentkit.json.JsonFormatException;
import io.github.assessmentkit.json.JsonLimits;
import io.github.assessmentkit.text.Text;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns bytes into a JSON tree under the configured limits, or into a report that says exactly why
 * not. Strict JSON only: no comments, no NaN or Infinity, no duplicate keys, no trailing content;
 * decimals are read as {@link java.math.BigDecimal}, never through {@code double}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Parsing {
  private final JsonLimits limits;
  private final JsonMapper mapper;

  /**
   * Creates a parser.
   *
   * @param limits the limits
   */
  public Parsing(JsonLimits limits) {
    this.limits = limits;
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxDocumentLength(limits.maxDocumentBytes())
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(limits.maxStringLength())
            .maxNumberLength(limits.maxNumberLength())
            .build();
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(constraints)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    this.mapper =
        JsonMapper.builder(factory)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(StreamWriteFeature.STRICT_DUPLICATE_DETECTION)
            .build();
  }

  /** {@return the mapper, configured for exact decimals} */
  public JsonMapper mapper() {
    return mapper;
  }

  /** {@return the limits} */
  public JsonLimits limits() {
    return limits;
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
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long total = 0;
    try {
      int n;
      while ((n = in.read(buffer)) >= 0) {
        total += n;
        if (total > max) {
          throw fail("", "json.limit", null, JsonMessages.documentTooLarge(max));
        }
        out.write(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
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
   * Parses a document.
   *
   * @param bytes the document, UTF-8
   * @return the tree
   * @throws JsonFormatException naming the first problem
   */
  public JsonNode parse(byte[] bytes) {
    try {
      return mapper.readTree(bytes);
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
      if (original.startsWith("Trailing token")) {
        throw fail(path, "json.syntax", null, JsonMessages.trailing(where));
      }
      if (original.contains("comment")) {
        throw fail(path, "json.syntax", null, JsonMessages.comment(where));
      }
      throw fail(path, "json.syntax", null, JsonMessages.syntax(where, detail(original)));
    } catch (NumberFormatException | ArithmeticException e) {
      throw fail("", "json.number", null, JsonMessages.numberUnreadable());
    }
  }

  private Text limitMessage(StreamConstraintsException e) {
    String m = String.valueOf(e.getOriginalMessage());
    if (m.contains("nesting depth")) {
      return JsonMessages.tooDeep(limits.maxNestingDepth());
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

  private static String where(@org.jspecify.annotations.Nullable TokenStreamLocation at) {
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
      String path, String rule, @org.jspecify.annotations.Nullable String value, Text message) {
    Issues issues = new Issues();
    issues.add(path, rule, value, message);
    return new JsonFormatException(issues.report());
  }
}
