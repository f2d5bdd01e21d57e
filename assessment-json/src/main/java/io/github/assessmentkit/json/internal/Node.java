package io.github.assessmentkit.json.internal;

import io.github.assessmentkit.ConflictingStateException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ContainerNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One value of a document as {@link Parsing} reads it in a single pass: an object (its properties
 * in document order, in two parallel arrays, found by a scan that is quicker than hashing for the
 * dozen properties a document object has), an array, a string, or another scalar held as the
 * Jackson value node Jackson's own tree would hold, so that scalars read, print and write exactly
 * as before.
 *
 * <p>Immutable once read.
 */
public final class Node {
  private static final String[] NO_NAMES = new String[0];
  private static final Node[] NO_VALUES = new Node[0];

  private final @Nullable JsonNode scalar;
  private final @Nullable String text;
  private String @Nullable [] names;
  private Node[] values;
  private int size;

  private static final Node TRUE =
      new Node(JsonNodeFactory.instance.booleanNode(true), null, null, NO_VALUES);
  private static final Node FALSE =
      new Node(JsonNodeFactory.instance.booleanNode(false), null, null, NO_VALUES);
  private static final Node NULL =
      new Node(JsonNodeFactory.instance.nullNode(), null, null, NO_VALUES);

  private Node(
      @Nullable JsonNode scalar, @Nullable String text, String @Nullable [] names, Node[] values) {
    this.scalar = scalar;
    this.text = text;
    this.names = names;
    this.values = values;
  }

  /**
   * Wraps a number.
   *
   * @param number the Jackson value node Jackson's own tree would hold
   * @return the node
   */
  static Node number(JsonNode number) {
    return new Node(number, null, null, NO_VALUES);
  }

  /**
   * Holds a string; its Jackson node is made only if the string is written back.
   *
   * @param text the string
   * @return the node
   */
  static Node string(String text) {
    return new Node(null, text, null, NO_VALUES);
  }

  /**
   * Gives true or false.
   *
   * @param value the value
   * @return the shared node
   */
  static Node bool(boolean value) {
    return value ? TRUE : FALSE;
  }

  /** {@return JSON null, shared} */
  static Node nullValue() {
    return NULL;
  }

  /** {@return a new, empty object to fill} */
  static Node newObject() {
    return new Node(null, null, NO_NAMES, NO_VALUES);
  }

  /** {@return a new, empty array to fill} */
  static Node newArray() {
    return new Node(null, null, null, NO_VALUES);
  }

  /**
   * Adds a property (objects) or an element (arrays, name null) while reading.
   *
   * @param name the property name, or null for an array element
   * @param value the value
   */
  void add(@Nullable String name, Node value) {
    if (size == values.length) {
      int grown = Math.max(names != null ? 8 : 4, size * 2);
      values = java.util.Arrays.copyOf(values, grown);
      if (names != null) {
        names = java.util.Arrays.copyOf(names, grown);
      }
    }
    if (names != null) {
      names[size] = name;
    }
    values[size++] = value;
  }

  /** {@return whether this is an object} */
  public boolean isObject() {
    return names != null;
  }

  /** {@return whether this is an array} */
  public boolean isArray() {
    return scalar == null && text == null && names == null;
  }

  /** {@return whether this is JSON null} */
  public boolean isNull() {
    return scalar != null && scalar.isNull();
  }

  /** {@return whether this is a string} */
  public boolean isString() {
    return text != null;
  }

  /** {@return whether this is a number} */
  public boolean isNumber() {
    return scalar != null && scalar.isNumber();
  }

  /** {@return whether this is true or false} */
  public boolean isBoolean() {
    return scalar != null && scalar.isBoolean();
  }

  /** {@return whether this is a scalar: string, number, boolean or null} */
  public boolean isValueNode() {
    return scalar != null || text != null;
  }

  /** {@return the scalar's text as Jackson gives it; empty for an object or array} */
  public String asString() {
    if (text != null) {
      return text;
    }
    return scalar == null ? "" : scalar.asString();
  }

  /** {@return the string; only for a string} */
  public String stringValue() {
    if (text == null) {
      throw new ConflictingStateException(JsonMessages.notA("a string", "ข้อความ"));
    }
    return text;
  }

  /**
   * {@return the number, exactly; only for a number. A number written with an exponent that leaves
   * no decimal places ({@code 1e2}, {@code 4E1}) reads as the whole number it is ({@code 100},
   * {@code 40}, scale 0), which is how it is written back, so a document reads back equal after a
   * round trip; {@code 1.50e1} keeps its place ({@code 15.0})}
   */
  public BigDecimal decimalValue() {
    BigDecimal d = scalar().decimalValue();
    return d.scale() < 0 ? d.setScale(0) : d;
  }

  /** {@return the boolean; only for true or false} */
  public boolean booleanValue() {
    return scalar().booleanValue();
  }

  private JsonNode scalarNode() {
    return text != null ? JsonNodeFactory.instance.stringNode(text) : scalar();
  }

  private JsonNode scalar() {
    if (scalar == null) {
      throw new ConflictingStateException(JsonMessages.notA("a scalar", "ค่าเดี่ยว"));
    }
    return scalar;
  }

  /** {@return the number of properties or elements; 0 for a scalar} */
  public int size() {
    return size;
  }

  /**
   * Gives an array element or the value of the property at a position.
   *
   * @param position the position
   * @return the value
   */
  public Node get(int position) {
    return values[position];
  }

  /**
   * Gives the name of the property at a position; only for an object.
   *
   * @param position the position
   * @return the name
   */
  public String name(int position) {
    return java.util.Objects.requireNonNull(names)[position];
  }

  /**
   * Finds a property's position. The names are few and their hash codes cached (Jackson
   * canonicalises them, the callers pass constants), so comparing hash codes first leaves a text
   * comparison only for the name that matches.
   *
   * @param name the property
   * @return its position, or -1 when absent (or when this is not an object)
   */
  public int indexOf(String name) {
    return indexOf(name, 0);
  }

  /**
   * Finds a property's position, looking first from a position on and then before it: a reader that
   * asks for the properties in the order they are written finds each at the first look. Keys are
   * unique (a repeated key is refused while parsing), so the answer does not depend on where the
   * search starts.
   *
   * @param name the property
   * @param from where to start looking, 0 to {@link #size()}
   * @return its position, or -1 when absent (or when this is not an object)
   */
  int indexOf(String name, int from) {
    if (names == null) {
      return -1;
    }
    int hash = name.hashCode();
    for (int i = from; i < size; i++) {
      String n = names[i];
      if (n == name || (n.hashCode() == hash && n.equals(name))) {
        return i;
      }
    }
    for (int i = 0; i < from; i++) {
      String n = names[i];
      if (n == name || (n.hashCode() == hash && n.equals(name))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Tells whether an object already holds a property, comparing cached hash codes before text.
   *
   * @param name the property
   * @return true when present
   */
  boolean has(String name) {
    if (names == null) {
      return false;
    }
    int hash = name.hashCode();
    for (int i = 0; i < size; i++) {
      String n = names[i];
      if (n == name || (n.hashCode() == hash && n.equals(name))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Gives a property's value.
   *
   * @param name the property
   * @return the value (possibly JSON null), or null when absent
   */
  public @Nullable Node get(String name) {
    int i = indexOf(name);
    return i < 0 ? null : values[i];
  }

  /**
   * Gives this value as a Jackson tree, for writing it back as it came (an unknown property kept as
   * an extension). Built without recursion, so nesting is bounded by the read limits only.
   *
   * @param mapper the mapper that makes the containers
   * @return the tree
   */
  public JsonNode toJackson(JsonMapper mapper) {
    if (isValueNode()) {
      return scalarNode();
    }
    ContainerNode<?> top = isObject() ? mapper.createObjectNode() : mapper.createArrayNode();
    Deque<Object[]> work = new ArrayDeque<>();
    work.push(new Object[] {this, top});
    while (!work.isEmpty()) {
      Object[] job = work.pop();
      Node from = (Node) job[0];
      ContainerNode<?> to = (ContainerNode<?>) job[1];
      for (int i = 0; i < from.size; i++) {
        Node v = from.values[i];
        JsonNode made;
        if (v.isValueNode()) {
          made = v.scalarNode();
        } else {
          ContainerNode<?> child =
              v.isObject() ? mapper.createObjectNode() : mapper.createArrayNode();
          work.push(new Object[] {v, child});
          made = child;
        }
        if (to instanceof ObjectNode o) {
          o.set(from.name(i), made);
        } else {
          ((ArrayNode) to).add(made);
        }
      }
    }
    return top;
  }
}
