package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.RatingState;
import io.github.assessmentkit.validation.Violation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A number is read exactly when its magnitude is below 10^15 and it has at most 20 decimal places,
 * however it is written (a small integer, a long one, a very long one, a decimal, an exponent); any
 * other number is refused at its pointer as {@code json.number}, showing the number.
 */
class NumberRangeTest {
  private final AssessmentJson json = AssessmentJson.standard();

  private static String ratedAs(String number) {
    String minimal = BadInputCorpusTest.minimal();
    return minimal.substring(0, minimal.length() - 1)
        + ", \"ratings\": [{\"indicator\": \"1.1\", \"value\": "
        + number
        + "}]}";
  }

  private BigDecimal readValue(String number) {
    Rating r = json.readAssessment(ratedAs(number)).ratings().get(0);
    return ((RatingState.Rated) r.state()).value().asNumber().orElseThrow();
  }

  private Violation refused(String number) {
    JsonFormatException e =
        catchThrowableOfType(() -> json.readAssessment(ratedAs(number)), JsonFormatException.class);
    assertThat(e).as("%s refused", number).isNotNull();
    List<Violation> violations = e.report().violations();
    assertThat(violations).hasSize(1);
    Violation v = violations.get(0);
    assertThat(v.path()).isEqualTo("/ratings/0/value");
    assertThat(v.rule()).isEqualTo("json.number");
    return v;
  }

  @Test
  void fifteen_integer_digits_are_read_sixteen_are_refused() {
    // 10^15 - 1 = 999,999,999,999,999 has 15 digits; 10^15 has 16
    assertThat(readValue("999999999999999")).isEqualByComparingTo("999999999999999");
    assertThat(readValue("-999999999999999")).isEqualByComparingTo("-999999999999999");
    Violation v = refused("1000000000000000");
    assertThat(v.value()).isEqualTo("1000000000000000");
    assertThat(v.message().en())
        .isEqualTo(
            "the number 1000000000000000 is out of range (its magnitude must be below 10^15, with"
                + " at most 20 decimal places)");
    refused("-1000000000000000");
  }

  @Test
  void an_integer_too_long_for_a_long_is_refused_too() {
    // 10^22 has 23 digits, more than a long's 19
    Violation v = refused("10000000000000000000000");
    assertThat(v.value()).isEqualTo("10000000000000000000000");
  }

  @Test
  void an_exponent_is_held_to_the_same_range() {
    // 1e14 = 10^14 < 10^15 is read; 1e15 = 10^15 is refused
    assertThat(readValue("1e14")).isEqualByComparingTo("100000000000000");
    Violation v = refused("1e15");
    assertThat(v.value()).isEqualTo("1E+15");
  }

  @Test
  void twenty_decimal_places_are_read_twenty_one_are_refused() {
    // 10^-20 has 20 decimal places (precision 1, scale 20); 10^-21 has 21
    assertThat(readValue("0.00000000000000000001")).isEqualByComparingTo("1E-20");
    assertThat(readValue("12345678901234.5")).isEqualByComparingTo("12345678901234.5");
    Violation v = refused("0.000000000000000000001");
    assertThat(v.value()).isEqualTo("1E-21");
  }

  @Test
  void zero_is_read_however_it_is_written() {
    // 0e400 is zero, whatever its exponent
    assertThat(readValue("0e400").signum()).isZero();
    assertThat(readValue("0")).isEqualByComparingTo("0");
  }
}
