package io.github.assessmentkit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.assessmentkit.ConflictingStateException;
import io.github.assessmentkit.json.JsonLimits;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The parsed form of a document: a string, number or boolean gives its value and its text; a number
 * written with an exponent that leaves no decimal places reads as the whole number; asking a node
 * for a value of another kind is refused; a property is found by name whatever the string instance,
 * and an array or a scalar has no properties.
 */
class DocumentNodeTest {
  private final Parsing parsing = new Parsing(JsonLimits.DEFAULTS);

  private Node parse(String json) {
    return parsing.parse(json.getBytes(StandardCharsets.UTF_8), new Issues());
  }

  @Test
  void a_scalar_gives_its_text() {
    Node list = parse("[\"x\", 2.50, true, null, {}]");

    assertThat(list.get(0).asString()).isEqualTo("x");
    assertThat(list.get(1).asString()).isEqualTo("2.50");
    assertThat(list.get(2).asString()).isEqualTo("true");
    // JSON null has no text, and an object is no scalar: no text either
    assertThat(list.get(3).asString()).isEmpty();
    assertThat(list.get(4).asString()).isEmpty();
  }

  @Test
  void a_number_with_an_exponent_reads_as_the_number_it_is() {
    Node list = parse("[1e2, 4E1, 1.50e1, 2.50]");

    // 1e2 = 100 and 4E1 = 40, whole numbers, scale 0 (not 1E+2 with scale -2)
    assertThat(list.get(0).decimalValue()).isEqualTo(new BigDecimal("100"));
    assertThat(list.get(1).decimalValue()).isEqualTo(new BigDecimal("40"));
    // 1.50e1 = 15.0: one decimal place is left, and kept
    assertThat(list.get(2).decimalValue()).isEqualTo(new BigDecimal("15.0"));
    assertThat(list.get(3).decimalValue()).isEqualTo(new BigDecimal("2.50"));
  }

  @Test
  void a_value_of_another_kind_is_refused() {
    Node list = parse("[5, [], \"x\"]");

    assertThatThrownBy(() -> list.get(0).stringValue())
        .isInstanceOf(ConflictingStateException.class);
    assertThatThrownBy(() -> list.get(1).booleanValue())
        .isInstanceOf(ConflictingStateException.class);
    assertThatThrownBy(() -> list.get(2).decimalValue())
        .isInstanceOf(ConflictingStateException.class);
  }

  @Test
  void a_property_is_found_by_its_name_not_by_the_string_instance() {
    Node o = parse("{\"alpha\": 1, \"beta\": 2}");
    String beta = new String(new char[] {'b', 'e', 't', 'a'});

    assertThat(o.indexOf(beta)).isEqualTo(1);
    assertThat(o.indexOf("gamma")).isEqualTo(-1);
    assertThat(o.has(beta)).isTrue();
    assertThat(o.has("alpha")).isTrue();
    assertThat(o.has("gamma")).isFalse();
    // looking from a later position still finds an earlier property
    assertThat(o.indexOf("alpha", 1)).isZero();
  }

  @Test
  void an_array_or_a_scalar_has_no_properties() {
    Node list = parse("[\"alpha\", 1]");

    assertThat(list.indexOf("alpha")).isEqualTo(-1);
    assertThat(list.has("alpha")).isFalse();
    assertThat(list.get(0).has("alpha")).isFalse();
    assertThat(list.get("alpha")).isNull();
  }
}
