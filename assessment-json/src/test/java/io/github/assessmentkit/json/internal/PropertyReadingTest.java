package io.github.assessmentkit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.json.JsonLimits;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.validation.Violation;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * How the readers take a property out of a document's object: an absent property and one that is
 * JSON {@code null} read alike (as nothing, or as an empty list or map), a value of the right type
 * reads as itself, and a value of another type reads as nothing with one {@code json.type}
 * violation at its pointer that quotes the value and names what was found.
 */
class PropertyReadingTest {
  private final Issues issues = new Issues();
  private final Parsing parsing = new Parsing(JsonLimits.DEFAULTS);

  private Obj object(String json) {
    Node root = parsing.parse(json.getBytes(StandardCharsets.UTF_8), issues);
    return Objects.requireNonNull(Obj.of(root, Where.ROOT, issues, parsing));
  }

  private List<Violation> found() {
    return issues.report().violations();
  }

  @Test
  void absent_and_null_properties_read_as_nothing_without_a_problem() {
    Obj o =
        object("{\"s\": null, \"d\": null, \"r\": null, \"b\": null, \"a\": null, \"m\": null}");

    assertThat(o.string("s")).isNull();
    assertThat(o.decimal("d")).isNull();
    assertThat(o.ratio("r")).isNull();
    assertThat(o.bool("b")).isNull();
    assertThat(o.strings("a")).isEmpty();
    assertThat(o.map("m", (n, at) -> n)).isEmpty();
    assertThat(o.string("absent")).isNull();
    assertThat(o.decimal("absent")).isNull();
    assertThat(o.signedRatio("absent")).isNull();
    assertThat(o.strings("absent")).isEmpty();
    assertThat(o.map("absent", (n, at) -> n)).isEmpty();
    assertThat(found()).isEmpty();
  }

  @Test
  void values_of_the_right_type_read_as_themselves() {
    Obj o =
        object(
            "{\"yes\": true, \"no\": false, \"zero\": 0, \"three quarters\": 0.75,"
                + " \"third\": \"1/3\", \"names\": [\"a\", \"b\"], \"m\": {\"k\": 2}}");

    assertThat(o.bool("yes")).isTrue();
    assertThat(o.bool("no")).isFalse();
    // zero is a ratio that is not negative, so an unsigned ratio takes it
    assertThat(o.ratio("zero")).isEqualTo(Ratio.of(0));
    // 0.75 read exactly is 75/100 = 3/4
    assertThat(o.ratio("three quarters")).isEqualTo(Ratio.of(3, 4));
    assertThat(o.ratio("third")).isEqualTo(Ratio.of(1, 3));
    assertThat(o.strings("names")).containsExactly("a", "b");
    assertThat(o.map("m", (n, at) -> n.decimalValue())).containsEntry("k", new BigDecimal("2"));
    assertThat(found()).isEmpty();
  }

  @Test
  void values_of_another_type_read_as_nothing_with_a_type_violation_where_they_stand() {
    Obj o =
        object(
            "{\"b\": \"yes\", \"a\": \"x\", \"s\": 5, \"m\": [1], \"r\": true,"
                + " \"names\": [\"a\", 7]}");

    assertThat(o.bool("b")).isNull();
    assertThat(o.array("a", (n, at) -> n)).isNull();
    assertThat(o.strings("s")).isNull();
    assertThat(o.map("m", (n, at) -> n)).isNull();
    assertThat(o.ratio("r")).isNull();
    // a list of strings keeps its length: an element of another type reads as nothing
    assertThat(o.strings("names")).containsExactly("a", null);

    assertThat(found())
        .extracting(Violation::path, Violation::rule, Violation::value)
        .containsExactly(
            tuple("/a", "json.type", "x"),
            tuple("/b", "json.type", "yes"),
            tuple("/m", "json.type", null),
            tuple("/names/1", "json.type", "7"),
            tuple("/r", "json.type", "true"),
            tuple("/s", "json.type", "5"));
    assertThat(found().get(1).message().get(Language.EN))
        .isEqualTo("must be true or false, found a string");
    assertThat(found().get(2).message().get(Language.EN))
        .isEqualTo("must be an object, found an array");
  }

  @Test
  void a_node_read_as_a_number_is_its_exact_value_or_a_type_violation_naming_null() {
    Obj o = object("{\"list\": [2.50, null]}");
    Node list = Objects.requireNonNull(o.raw("list"));

    // read exactly: the value and the scale as written
    assertThat(o.asDecimal(list.get(0), Where.ROOT.field("list").item(0)))
        .isEqualTo(new BigDecimal("2.50"));
    assertThat(o.asDecimal(list.get(1), Where.ROOT.field("list").item(1))).isNull();

    assertThat(found())
        .extracting(Violation::path, Violation::rule, v -> v.message().get(Language.EN))
        .containsExactly(tuple("/list/1", "json.type", "must be a number, found null"));
  }
}
