package io.github.assessmentkit.json.internal;

import io.github.assessmentkit.Extensions;
import io.github.assessmentkit.Ratio;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * One JSON object being read: typed access to its properties, each mistake recorded with its path,
 * and the properties not read kept as extensions or reported as unknown. The object's place is kept
 * as a {@link Where}; a JSON Pointer is written only for a violation. Not thread-safe; one per
 * object per read.
 */
public final class Obj {
  private final Node node;
  private final Where where;
  private final Issues issues;
  private final Parsing parsing;
  private final boolean[] used;

  /** Where the next property is likely to stand: just after the last one read. */
  private int next;

  private Obj(Node node, Where where, Issues issues, Parsing parsing) {
    this.node = node;
    this.where = where;
    this.issues = issues;
    this.parsing = parsing;
    this.used = new boolean[node.size()];
  }

  /**
   * Views a node as an object, recording a {@code json.type} violation when it is not one.
   *
   * @param node the node
   * @param where its place
   * @param issues where violations go
   * @param parsing the parser, whose mapper keeps unknown fields as JSON text
   * @return the object, or null when the node is not an object
   */
  public static @Nullable Obj of(Node node, Where where, Issues issues, Parsing parsing) {
    if (node.isObject()) {
      return new Obj(node, where, issues, parsing);
    }
    issues.add(
        where.pointer(), "json.type", null, JsonMessages.type("an object", "ออบเจกต์", kind(node)));
    return null;
  }

  /**
   * Views another node of the same document as an object.
   *
   * @param other the node
   * @param at its place
   * @return the object, or null when the node is not one
   */
  public @Nullable Obj sub(Node other, Where at) {
    return of(other, at, issues, parsing);
  }

  /** {@return this object's path, a JSON Pointer} */
  public String path() {
    return where.pointer();
  }

  /** {@return this object's place} */
  public Where where() {
    return where;
  }

  /** {@return where violations go} */
  public Issues issues() {
    return issues;
  }

  /**
   * Gives the path of a property.
   *
   * @param name the property
   * @return its path
   */
  public String path(String name) {
    return where.field(name).pointer();
  }

  /**
   * Gives the place of a property.
   *
   * @param name the property
   * @return its place
   */
  public Where where(String name) {
    return where.field(name);
  }

  /**
   * Reads a property as it is, marking it read.
   *
   * @param name the property
   * @return its value, or null when absent or JSON null
   */
  public @Nullable Node raw(String name) {
    int i = node.indexOf(name, next);
    if (i < 0) {
      return null;
    }
    next = i + 1;
    used[i] = true;
    Node v = node.get(i);
    return v.isNull() ? null : v;
  }

  /**
   * Tells whether a property is present and not null.
   *
   * @param name the property
   * @return true when present
   */
  public boolean has(String name) {
    int i = node.indexOf(name, next);
    return i >= 0 && !node.get(i).isNull();
  }

  /**
   * Reads a string property.
   *
   * @param name the property
   * @return the string, or null when absent or of another type
   */
  public @Nullable String string(String name) {
    Node v = raw(name);
    if (v == null) {
      return null;
    }
    return v.isString() ? v.stringValue() : asString(v, where(name));
  }

  /**
   * Reads a rating value: a number (read exactly) or a string (a choice's code).
   *
   * @param name the property
   * @return a {@link BigDecimal} or a {@link String}, or null when absent or of another type
   */
  public @Nullable Object numberOrString(String name) {
    Node v = raw(name);
    if (v == null) {
      return null;
    }
    if (v.isNumber()) {
      return v.decimalValue();
    }
    if (v.isString()) {
      return v.stringValue();
    }
    issues()
        .add(
            path(name),
            "json.type",
            v.isValueNode() ? v.asString() : null,
            JsonMessages.type("a number or a string", "ตัวเลขหรือข้อความ", kind(v)));
    return null;
  }

  /**
   * Reads a number property exactly.
   *
   * @param name the property
   * @return the number, or null when absent or of another type
   */
  public @Nullable BigDecimal decimal(String name) {
    Node v = raw(name);
    if (v == null) {
      return null;
    }
    return v.isNumber() ? v.decimalValue() : asDecimal(v, where(name));
  }

  /**
   * Reads an exact non-negative ratio: a string such as {@code "50/3"} or {@code "1"}, or a number
   * read exactly ({@code 0.75} is {@code 3/4}).
   *
   * @param name the property
   * @return the ratio, or null when absent or not a ratio (the issue is recorded)
   */
  public @Nullable Ratio ratio(String name) {
    return ratio(name, false);
  }

  /**
   * Reads an exact ratio that may be negative, such as a result on a scale from −5 to 5: a string
   * such as {@code "15/4"} or {@code "-5/2"}, or a number read exactly.
   *
   * @param name the property
   * @return the ratio, or null when absent or not a ratio (the issue is recorded)
   */
  public @Nullable Ratio signedRatio(String name) {
    return ratio(name, true);
  }

  private @Nullable Ratio ratio(String name, boolean signed) {
    Node v = raw(name);
    if (v == null) {
      return null;
    }
    if (v.isNumber()) {
      BigDecimal d = v.decimalValue();
      if (signed || d.signum() >= 0) {
        return Ratio.of(d);
      }
      issues()
          .add(
              path(name),
              "json.ratio",
              d.toPlainString(),
              JsonMessages.notARatio(d.toPlainString()));
      return null;
    }
    if (!v.isString()) {
      issues()
          .add(
              path(name),
              "json.type",
              v.isValueNode() ? v.asString() : null,
              JsonMessages.type("a ratio such as \"50/3\"", "อัตราส่วน เช่น \"50/3\"", kind(v)));
      return null;
    }
    String text = v.stringValue();
    if (!(signed ? SIGNED_RATIO : RATIO).matcher(text).matches()) {
      issues()
          .add(
              path(name),
              "json.ratio",
              text,
              signed ? JsonMessages.notASignedRatio(text) : JsonMessages.notARatio(text));
      return null;
    }
    return Ratio.parse(text);
  }

  private static final java.util.regex.Pattern RATIO =
      java.util.regex.Pattern.compile("(0|[1-9][0-9]{0,39})(/[1-9][0-9]{0,39})?");

  private static final java.util.regex.Pattern SIGNED_RATIO =
      java.util.regex.Pattern.compile("-?(0|[1-9][0-9]{0,39})(/[1-9][0-9]{0,39})?");

  /**
   * Reads a whole-number property.
   *
   * @param name the property
   * @return the number, or null when absent or not a whole number in the int range
   */
  public @Nullable Integer integer(String name) {
    Node v = raw(name);
    return v == null ? null : asInteger(v, where(name));
  }

  /**
   * Reads a true/false property.
   *
   * @param name the property
   * @return the value, or null when absent or of another type
   */
  public @Nullable Boolean bool(String name) {
    Node v = raw(name);
    if (v == null) {
      return null;
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    typeError(where(name), "true or false", "true หรือ false", v);
    return null;
  }

  /**
   * Reads an object property.
   *
   * @param name the property
   * @return the object, or null when absent or of another type
   */
  public @Nullable Obj object(String name) {
    Node v = raw(name);
    return v == null ? null : of(v, where(name), issues, parsing);
  }

  /**
   * Reads an array property, mapping each element.
   *
   * @param <T> the element type
   * @param name the property
   * @param element maps an element (with its place) to a value, or to null when it is unreadable
   * @return the elements (null where unreadable), an empty list when absent, null when of another
   *     type
   */
  public <T> @Nullable List<@Nullable T> array(String name, Element<T> element) {
    Node v = raw(name);
    if (v == null) {
      return List.of();
    }
    if (!v.isArray()) {
      typeError(where(name), "an array", "อาร์เรย์", v);
      return null;
    }
    List<@Nullable T> out = new ArrayList<>(v.size());
    Where at = where(name);
    for (int i = 0; i < v.size(); i++) {
      out.add(element.read(v.get(i), at.item(i)));
    }
    return out;
  }

  /**
   * Reads an array of objects.
   *
   * @param <T> the element type
   * @param name the property
   * @param element maps an object to a value
   * @return the elements (null where unreadable), empty when absent, null when not an array
   */
  public <T> @Nullable List<@Nullable T> objects(String name, Function<Obj, T> element) {
    return array(
        name,
        (n, p) -> {
          Obj o = of(n, p, issues, parsing);
          return o == null ? null : element.apply(o);
        });
  }

  /**
   * Reads an array of strings.
   *
   * @param name the property
   * @return the strings (null where not strings), empty when absent, null when not an array
   */
  public @Nullable List<@Nullable String> strings(String name) {
    Node v = raw(name);
    if (v == null) {
      return List.of();
    }
    if (!v.isArray()) {
      typeError(where(name), "an array", "อาร์เรย์", v);
      return null;
    }
    List<@Nullable String> out = new ArrayList<>(v.size());
    Where at = null;
    for (int i = 0; i < v.size(); i++) {
      Node e = v.get(i);
      if (e.isString()) {
        out.add(e.stringValue());
      } else {
        if (at == null) {
          at = where(name);
        }
        out.add(asString(e, at.item(i)));
      }
    }
    return out;
  }

  /**
   * Reads an object whose properties map names to values.
   *
   * @param <T> the value type
   * @param name the property
   * @param element maps a value (with its place) to a value
   * @return the map in document order, empty when absent, null when not an object
   */
  public <T> @Nullable Map<String, @Nullable T> map(String name, Element<T> element) {
    Node v = raw(name);
    if (v == null) {
      return Map.of();
    }
    if (!v.isObject()) {
      typeError(where(name), "an object", "ออบเจกต์", v);
      return null;
    }
    Map<String, @Nullable T> out = new LinkedHashMap<>();
    Where at = where(name);
    for (int i = 0; i < v.size(); i++) {
      out.put(v.name(i), element.read(v.get(i), at.field(v.name(i))));
    }
    return out;
  }

  /**
   * Reads a property naming one of an enum's constants in JSON style ({@code LAND_SETTLEMENT} is
   * {@code "land-settlement"}).
   *
   * @param <E> the enum
   * @param name the property
   * @param type the enum class
   * @return the constant, or null when absent or not one of them
   */
  public <E extends Enum<E>> @Nullable E choice(String name, Class<E> type) {
    String s = string(name);
    if (s == null) {
      return null;
    }
    String[] names = JSON_NAMES.get(type);
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(s)) {
        return type.getEnumConstants()[i];
      }
    }
    List<String> allowed = List.of(names);
    issues.add(path(name), "value.one-of", s, JsonMessages.oneOf(Show.value(s), allowed));
    return null;
  }

  /** The JSON names of each enum's constants, in declaration order, worked out once per enum. */
  private static final ClassValue<String[]> JSON_NAMES =
      new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
          Object[] constants = type.getEnumConstants();
          String[] names = new String[constants.length];
          for (int i = 0; i < constants.length; i++) {
            names[i] = jsonName((Enum<?>) constants[i]);
          }
          return names;
        }
      };

  /**
   * Gives an enum constant's JSON name.
   *
   * @param e the constant
   * @return its name in lower case with hyphens
   */
  public static String jsonName(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Keeps every property not read so far, as compact JSON text.
   *
   * @return the unknown properties
   */
  public Extensions rest() {
    Map<String, String> out = null;
    for (int i = 0; i < node.size(); i++) {
      if (!used[i]) {
        if (out == null) {
          out = new LinkedHashMap<>();
        }
        JsonMapper mapper = parsing.mapper();
        out.put(node.name(i), mapper.writeValueAsString(node.get(i).toJackson(mapper)));
      }
    }
    return out == null ? Extensions.NONE : Extensions.of(out);
  }

  /** Reports every property not read so far as unknown. */
  public void noRest() {
    for (int i = 0; i < node.size(); i++) {
      if (!used[i]) {
        String name = node.name(i);
        issues.add(
            path(name), "json.unknown-field", name, JsonMessages.unknownField(Show.value(name)));
      }
    }
  }

  /**
   * Reads a node as a string.
   *
   * @param v the node
   * @param at its path
   * @return the string, or null when of another type
   */
  public @Nullable String asString(Node v, Where at) {
    if (v.isString()) {
      return v.stringValue();
    }
    if (!v.isNull()) {
      typeError(at, "a string", "ข้อความ (string)", v);
    }
    return null;
  }

  /**
   * Reads a node as an exact decimal.
   *
   * @param v the node
   * @param at its path
   * @return the number, or null when of another type
   */
  public @Nullable BigDecimal asDecimal(Node v, Where at) {
    if (v.isNumber()) {
      return v.decimalValue();
    }
    typeError(at, "a number", "ตัวเลข", v);
    return null;
  }

  /**
   * Reads a node as a whole number in the int range.
   *
   * @param v the node
   * @param at its path
   * @return the number, or null
   */
  public @Nullable Integer asInteger(Node v, Where at) {
    if (v.isNumber()) {
      try {
        return v.decimalValue().intValueExact();
      } catch (ArithmeticException e) {
        // falls through to the type error
      }
    }
    typeError(at, "a whole number", "จำนวนเต็ม", v);
    return null;
  }

  private void typeError(Where at, String expected, String expectedTh, Node found) {
    issues.add(
        at.pointer(),
        "json.type",
        found.isValueNode() ? found.asString() : null,
        JsonMessages.type(expected, expectedTh, kind(found)));
  }

  /**
   * Names a node's JSON type for messages.
   *
   * @param n the node
   * @return for example "a string"
   */
  public static String kind(Node n) {
    if (n.isObject()) {
      return "an object";
    }
    if (n.isArray()) {
      return "an array";
    }
    if (n.isString()) {
      return "a string";
    }
    if (n.isNumber()) {
      return "a number";
    }
    if (n.isBoolean()) {
      return "true/false";
    }
    return "null";
  }

  /**
   * Reads one element of an array or one value of a map.
   *
   * @param <T> the result type
   */
  @FunctionalInterface
  public interface Element<T> {
    /**
     * Reads a node.
     *
     * @param node the node
     * @param at its place
     * @return the value, or null when unreadable
     */
    @Nullable T read(Node node, Where at);
  }
}
