package io.github.assessmentkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.MissingValueException;
import io.github.assessmentkit.text.Language;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link Checks}: the checks every value makes, with their messages in both languages. */
class ChecksTest {
  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  @Test
  void blank_text_is_refused_and_text_with_a_leading_space_is_kept() {
    // "" and "  " are blank; " x" and "x " are not
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Checks.notBlank("", "title"))
        .withMessage("title cannot be blank")
        .satisfies(
            e -> assertThat(e.getMessage(Language.TH)).isEqualTo("title ต้องไม่เป็นข้อความว่าง"));
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Checks.notBlank("  ", "title"))
        .withMessage("title cannot be blank");
    assertThat(Checks.notBlank(" x", "title")).isEqualTo(" x");
    assertThat(Checks.notBlank("x ", "title")).isEqualTo("x ");
    assertThatExceptionOfType(MissingValueException.class)
        .isThrownBy(() -> Checks.notBlank(null, "title"))
        .withMessage("title cannot be null")
        .satisfies(e -> assertThat(e.getMessage(Language.TH)).isEqualTo("title ต้องไม่เป็น null"));
  }

  @Test
  void text_of_only_invisible_characters_is_not_visible() {
    // a zero-width space U+200B alone shows nothing; with a letter it does
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Checks.visible("\u200B", "name"))
        .withMessage("name cannot be blank");
    assertThat(Checks.visible("\u200Ba", "name")).isEqualTo("\u200Ba");
    assertThatExceptionOfType(MissingValueException.class)
        .isThrownBy(() -> Checks.visible(null, "name"))
        .withMessage("name cannot be null");
  }

  @Test
  void a_date_must_have_a_four_digit_year() {
    // years 0 and 9999 are the edges; −1 and 10000 are out
    assertThat(Checks.fourDigitYear(LocalDate.of(0, 1, 1), "from"))
        .isEqualTo(LocalDate.of(0, 1, 1));
    assertThat(Checks.fourDigitYear(LocalDate.of(9999, 12, 31), "from"))
        .isEqualTo(LocalDate.of(9999, 12, 31));
    assertThat(Checks.fourDigitYear(null, "from")).isNull();
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Checks.fourDigitYear(LocalDate.of(10000, 1, 1), "from"))
        .withMessage(
            "from must be a date with a four-digit year (0000 to 9999), as YYYY-MM-DD writes"
                + " it, was +10000-01-01")
        .satisfies(
            e ->
                assertThat(e.getMessage(Language.TH))
                    .isEqualTo(
                        "from ต้องเป็นวันที่ที่มีปีสี่หลัก (0000 ถึง 9999) ตามรูปแบบ YYYY-MM-DD"
                            + " แต่ได้รับ +10000-01-01"));
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Checks.fourDigitYear(LocalDate.of(-1, 1, 1), "from"))
        .withMessageEndingWith("was -0001-01-01");
  }

  @Test
  void a_list_is_copied_unless_it_cannot_change_and_a_null_in_it_is_named() {
    // a list of List.of comes back as it is; a mutable one is copied and does not follow changes
    List<String> fixed = List.of("a", "b", "c");
    assertThat(Checks.copy(fixed, "ids")).isSameAs(fixed);
    List<String> small = List.of("a");
    assertThat(Checks.copy(small, "ids")).isSameAs(small);
    List<String> mutable = new ArrayList<>(List.of("a", "b"));
    List<String> copy = Checks.copy(mutable, "ids");
    mutable.add("c");
    assertThat(copy).containsExactly("a", "b");
    // the null at index 1 is named, from a mutable list and from a stream's list alike
    assertThatExceptionOfType(MissingValueException.class)
        .isThrownBy(() -> Checks.copy(Arrays.asList("a", null), "ids"))
        .withMessage("ids[1] cannot be null")
        .satisfies(e -> assertThat(e.getMessage(Language.TH)).isEqualTo("ids[1] ต้องไม่เป็น null"));
    List<String> streamed = Stream.of("a", "b", null).toList();
    assertThatExceptionOfType(MissingValueException.class)
        .isThrownBy(() -> Checks.copy(streamed, "ids"))
        .withMessage("ids[2] cannot be null");
    assertThatExceptionOfType(MissingValueException.class)
        .isThrownBy(() -> Checks.copy(null, "ids"))
        .withMessage("ids cannot be null");
  }

  @Test
  void points_are_zero_or_more_with_at_most_two_places() {
    // 0 and 12.50 (12.5 after trailing zeros) pass; 1.005 has three places; −0.01 is negative
    assertThat(Checks.points(d("0"), "points")).isEqualTo(d("0"));
    assertThat(Checks.points(d("12.50"), "points")).isEqualTo(d("12.50"));
    assertThat(Checks.points(d("1.2000"), "points")).isEqualTo(d("1.2000"));
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Checks.points(d("1.005"), "points", "1.1"))
        .withMessage("points of 1.1 must have at most two decimal places, was 1.005")
        .satisfies(
            e ->
                assertThat(e.getMessage(Language.TH))
                    .isEqualTo("points ของ '1.1' ต้องมีทศนิยมไม่เกินสองตำแหน่ง แต่ได้รับ 1.005"));
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Checks.points(d("-0.01"), "points"))
        .withMessage("points must be zero or more, was -0.01")
        .satisfies(
            e ->
                assertThat(e.getMessage(Language.TH))
                    .isEqualTo("points ต้องเป็นศูนย์หรือมากกว่า แต่ได้รับ -0.01"));
    assertThatExceptionOfType(MissingValueException.class)
        .isThrownBy(() -> Checks.points(null, "points", "1.1"))
        .withMessage("points of 1.1 cannot be null")
        .satisfies(
            e ->
                assertThat(e.getMessage(Language.TH))
                    .isEqualTo("points ของ '1.1' ต้องไม่เป็น null"));
    assertThat(Checks.nonNegative(d("0.000"), "weight")).isEqualTo(d("0.000"));
  }

  @Test
  void a_positive_value_is_more_than_zero() {
    // 1 and 0.01 pass; 0 and −3 do not
    assertThat(Checks.positive(1, "count")).isEqualTo(1);
    assertThat(Checks.positive(d("0.01"), "weight")).isEqualTo(d("0.01"));
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Checks.positive(0, "count"))
        .withMessage("count must be more than zero, was 0")
        .satisfies(
            e ->
                assertThat(e.getMessage(Language.TH))
                    .isEqualTo("count ต้องมากกว่าศูนย์ แต่ได้รับ 0"));
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Checks.positive(-3, "count"))
        .withMessage("count must be more than zero, was -3");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Checks.positive(d("0.00"), "weight", "1.2"))
        .withMessage("weight of 1.2 must be more than zero, was 0.00");
  }
}
