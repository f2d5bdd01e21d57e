package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.validation.Violation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An exact ratio in a scorecard (the root's {@code fraction}, "21/100" in the example) is read from
 * a string such as "21/100" or from a number read exactly; a negative number, a malformed string
 * and a value of another type are each refused at the field.
 */
class RatioFieldsTest {
  private final AssessmentJson json = AssessmentJson.standard();
  private final String example =
      new String(Resources.bytes("examples/scorecard-mini.json"), StandardCharsets.UTF_8);

  private String withRootFraction(String value) {
    String original = "\"fraction\": \"21/100\"";
    assertThat(example).contains(original);
    return example.replaceFirst("\"fraction\": \"21/100\"", "\"fraction\": " + value);
  }

  private Violation refusedAtFraction(String value) {
    JsonFormatException e =
        catchThrowableOfType(
            () -> json.readScorecard(withRootFraction(value)), JsonFormatException.class);
    assertThat(e).as(value).isNotNull();
    List<Violation> at =
        e.report().violations().stream().filter(v -> v.path().equals("/root/fraction")).toList();
    assertThat(at).as("%s", e.report()).hasSize(1);
    return at.get(0);
  }

  @Test
  void a_number_is_read_exactly_as_the_same_ratio() {
    // 0.21 = 21/100, the fraction the example writes as a string
    assertThat(json.readScorecard(withRootFraction("0.21"))).isEqualTo(json.readScorecard(example));
    assertThat(json.readScorecard(example).root().fraction()).isEqualTo(Ratio.of(21, 100));
  }

  @Test
  void a_negative_number_is_not_a_ratio() {
    Violation v = refusedAtFraction("-0.21");

    assertThat(v.rule()).isEqualTo("json.ratio");
    assertThat(v.value()).isEqualTo("-0.21");
    assertThat(v.message().en())
        .isEqualTo(
            "must be an exact non-negative ratio such as \"50/3\" or \"1\", found \"-0.21\"");
  }

  @Test
  void a_malformed_string_is_not_a_ratio() {
    // a leading zero, a zero denominator and a sign are all outside the form
    for (String text : List.of("021/100", "21/0", "-21/100", "21/ 100")) {
      Violation v = refusedAtFraction("\"" + text + "\"");
      assertThat(v.rule()).as(text).isEqualTo("json.ratio");
      assertThat(v.value()).as(text).isEqualTo(text);
    }
  }

  @Test
  void a_value_of_another_type_names_its_type() {
    Violation v = refusedAtFraction("true");

    assertThat(v.rule()).isEqualTo("json.type");
    assertThat(v.value()).isEqualTo("true");
    assertThat(v.message().en()).isEqualTo("must be a ratio such as \"50/3\", found true/false");
    assertThat(refusedAtFraction("[]").message().en())
        .isEqualTo("must be a ratio such as \"50/3\", found an array");
  }
}
