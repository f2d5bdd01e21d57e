package io.github.assessmentkit.json.internal;

import io.github.assessmentkit.Extensions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One JSON object being read: typed access to its properties, each mistake recorded with its path,
 * and the properties not read kept as extensions or reported as unknown. Not thread-safe; one per
 * object per read.
 */
public final class Obj {
  private final ObjectNode node;
  private final String path;
  private final Issues issues;
  private final JsonMapper mapper;
  private final Set<String> used = new HashSet<>();

  private Obj(ObjectNode node, String path, Issues issues, JsonMapper mapper) {
    this.node = node;
    this.path = path;
    this.issues = issues;
    this.mapper = mapper;
  }

  /**
   * Views a node as an object, recording a {@code json.type} violation when it is not one.
   *
   * @param node the node
   * @param path its path
   * @param issues where violations go
   * @param mapper the mapper, to keep unknown fields as JSON text
   * @return the object, or null when the node is not an object
   */
  public static @Nullable Obj of(JsonNode node, String path, Issues issues, JsonMapper mapper) {
    if (node instanceof ObjectNode o) {
      return new Obj(o, path, issues, mapper);
    }
    issues.add(path, "json.type", null, JsonMessages.type("an object", "ออบเจกต์", kind(node)));
    return null;
  }

  /**
   * Views another node of the same document as an object.
   *
   * @param other the node
   * @param at its path
   * @return the object, or null when the node is not one
   */
  public @Nullable Obj sub(JsonNode other, String at) {
    return of(other, at, issues, mapper);
  }

  /** {@return this object's path} */
  public String path() {
    return path;
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
    return Pointer.append(path, name);
  }

  /**
   * Reads a property as it is, marking it read.
   *
   * @param name the property
   * @return its value, or null when absent or JSON null
   */
  public @Nullable JsonNode raw(String name) {
    used.add(name);
    JsonNode v = node.get(name);
    return v == null || v.isNull() ? null : v;
  }

  /**
   * Tells whether a property is present and not null.
   *
   * @param name the property
   * @return true when present
   */
  public boolean has(String name) {
    JsonNode v = node.get(name);
    return v != null && !v.isNull();
  }

  /**
   * Reads a string property.
   *
   * @param name the property
   * @return the string, or null when absent or of another type
   */
  public @Nullable String string(String name) {
    JsonNode v = raw(name);
    return v == null ? null : asString(v, path(name));
  }

  /**
   * Reads a rating value: a number (read exactly) or a string (a choice's code).
   *
   * @param name the property
   * @return a {@link BigDecimal} or a {@link String}, or null when absent or of another type
   */
  public @Nullable Object numberOrString(String name) {
    JsonNode v = raw(name);
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
    JsonNode v = raw(name);
    return v == null ? null : asDecimal(v, path(name));
  }

  /**
   * Reads a whole-number property.
   *
   * @param name the property
   * @return the number, or null when absent or not a whole number in the int range
   */
  public @Nullable Integer integer(String name) {
    JsonNode v = raw(name);
    return v == null ? null : asInteger(v, path(name));
  }

  /**
   * Reads a true/false property.
   *
   * @param name the property
   * @return the value, or null when absent or of another type
   */
  public @Nullable Boolean bool(String name) {
    JsonNode v = raw(name);
    if (v == null) {
      return null;
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    typeError(path(name), "true or false", "true หรือ false", v);
    return null;
  }

  /**
   * Reads an object property.
   *
   * @param name the property
   * @return the object, or null when absent or of another type
   */
  public @Nullable Obj object(String name) {
    JsonNode v = raw(name);
    return v == null ? null : of(v, path(name), issues, mapper);
  }

  /**
   * Reads an array property, mapping each element.
   *
   * @param <T> the element type
   * @param name the property
   * @param element maps an element (with its path) to a value, or to null when it is unreadable
   * @return the elements (null where unreadable), an empty list when absent, null when of another
   *     type
   */
  public <T> @Nullable List<@Nullable T> array(String name, Element<T> element) {
    JsonNode v = raw(name);
    if (v == null) {
      return List.of();
    }
    if (!v.isArray()) {
      typeError(path(name), "an array", "อาร์เรย์", v);
      return null;
    }
    List<@Nullable T> out = new ArrayList<>(v.size());
    for (int i = 0; i < v.size(); i++) {
      out.add(element.read(v.get(i), Pointer.append(path(name), i)));
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
          Obj o = of(n, p, issues, mapper);
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
    return array(name, this::asString);
  }

  /**
   * Reads an object whose properties map names to values.
   *
   * @param <T> the value type
   * @param name the property
   * @param element maps a value (with its path) to a value
   * @return the map in document order, empty when absent, null when not an object
   */
  public <T> @Nullable Map<String, @Nullable T> map(String name, Element<T> element) {
    JsonNode v = raw(name);
    if (v == null) {
      return Map.of();
    }
    if (!v.isObject()) {
      typeError(path(name), "an object", "ออบเจกต์", v);
      return null;
    }
    Map<String, @Nullable T> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : v.properties()) {
      out.put(e.getKey(), element.read(e.getValue(), Pointer.append(path(name), e.getKey())));
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
    for (E e : type.getEnumConstants()) {
      if (jsonName(e).equals(s)) {
        return e;
      }
    }
    List<String> allowed = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      allowed.add(jsonName(e));
    }
    issues.add(path(name), "value.one-of", s, JsonMessages.oneOf(Show.value(s), allowed));
    return null;
  }

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
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (!used.contains(e.getKey())) {
        out.put(e.getKey(), mapper.writeValueAsString(e.getValue()));
      }
    }
    return Extensions.of(out);
  }

  /** Reports every property not read so far as unknown. */
  public void noRest() {
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (!used.contains(e.getKey())) {
        issues.add(
            path(e.getKey()),
            "json.unknown-field",
            e.getKey(),
            JsonMessages.unknownField(Show.value(e.getKey())));
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
  public @Nullable String asString(JsonNode v, String at) {
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
  public @Nullable BigDecimal asDecimal(JsonNode v, String at) {
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
  public @Nullable Integer asInteger(JsonNode v, String at) {
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

  private void typeError(String at, String expected, String expectedTh, JsonNode found) {
    issues.add(
        at,
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
  public static String kind(JsonNode n) {
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
     * @param path its path
     * @return the value, or null when unreadable
     */
    @Nullable T read(JsonNode node, String path);
  }
}
