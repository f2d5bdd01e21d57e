package io.github.assessmentkit.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumericScaleTest {
  private static final Text NAME = Text.of("คะแนน", "score");

  private final NumericScale zeroToFive = NumericScale.of(NAME, 0, 5);
  private final NumericScale tenToTwenty = NumericScale.of(NAME, 10, 20);
  private final NumericScale quarterMarks = tenToTwenty.withStep(new BigDecimal("2.5"));

  private static RatingValue v(String number) {
    return RatingValue.of(new BigDecimal(number));
  }

  @Test
  void a_value_earns_its_distance_from_the_minimum_over_the_range() {
    // when / then 2.5 of 0-5: (2.5 - 0) / (5 - 0) = 0.5; 15 of 10-20: (15 - 10) / (20 - 10) = 0.5
    assertThat(zeroToFive.fraction(v("2.5"))).isEqualByComparingTo("0.5");
    assertThat(tenToTwenty.fraction(v("15"))).isEqualByComparingTo("0.5");
    // 4 of 0-5: 4 / 5 = 0.8; 17.5 of 10-20: 7.5 / 10 = 0.75
    assertThat(zeroToFive.fraction(v("4"))).isEqualByComparingTo("0.8");
    assertThat(quarterMarks.fraction(v("17.5"))).isEqualByComparingTo("0.75");
  }

  @Test
  void the_ends_earn_nothing_and_everything_and_only_the_minimum_is_the_bottom() {
    // when / then
    assertThat(tenToTwenty.fraction(v("10"))).isEqualByComparingTo("0");
    assertThat(tenToTwenty.fraction(v("20"))).isEqualByComparingTo("1");
    assertThat(tenToTwenty.isLowest(v("10"))).isTrue();
    assertThat(tenToTwenty.isLowest(v("10.00"))).isTrue();
    assertThat(tenToTwenty.isLowest(v("10.01"))).isFalse();
    assertThat(tenToTwenty.reject(v("10"))).isEmpty();
    assertThat(tenToTwenty.reject(v("20"))).isEmpty();
  }

  @Test
  void the_fraction_is_exact_when_the_division_ends_and_ten_places_otherwise() {
    // given a 0-3 scale: 1 / 3 does not end; 0-8: 1 / 8 = 0.125 does; 0-1024: 1 / 1024 has ten
    // places exactly (0.0009765625) and 0.5 / 1024 eleven (0.00048828125)
    NumericScale thirds = NumericScale.of(NAME, 0, 3);

    // when / then 1 / 3 = 0.33333333333... to ten places, half-even: 0.3333333333; 2 / 3 =
    // 0.6666666666|6... rounds up to 0.6666666667
    assertThat(thirds.fraction(v("1"))).isEqualTo(new BigDecimal("0.3333333333"));
    assertThat(thirds.fraction(v("2"))).isEqualTo(new BigDecimal("0.6666666667"));
    assertThat(NumericScale.of(NAME, 0, 8).fraction(v("1"))).isEqualTo(new BigDecimal("0.125"));
    assertThat(NumericScale.of(NAME, 0, 1024).fraction(v("0.5")))
        .isEqualTo(new BigDecimal("0.00048828125"));
  }

  @Test
  void a_step_allows_only_the_grid_counted_from_the_minimum() {
    // when / then 10, 12.5, 15, 17.5 and 20 are on the grid of 2.5 from 10; 17 and 11 are not
    assertThat(quarterMarks.reject(v("17.5"))).isEmpty();
    assertThat(quarterMarks.reject(v("12.50"))).isEmpty();
    assertThat(quarterMarks.reject(v("20"))).isEmpty();
    Text off = quarterMarks.reject(v("17")).orElseThrow();
    assertThat(off.get(Language.EN)).isEqualTo("'17' is not on a step of 2.5 from 10");
    assertThat(off.get(Language.TH)).isEqualTo("'17' ไม่อยู่บนขั้นละ 2.5 ที่นับจาก 10");
    assertThat(quarterMarks.reject(v("11"))).isPresent();
    // counted from the minimum: on 1-4 with step 1.5, 2.5 is on the grid and 3 is not
    NumericScale fromOne =
        new NumericScale(NAME, BigDecimal.ONE, BigDecimal.valueOf(4), new BigDecimal("1.5"));
    assertThat(fromOne.reject(v("2.5"))).isEmpty();
    assertThat(fromOne.reject(v("3"))).isPresent();
  }

  @Test
  void refuses_a_choice_and_a_number_outside_the_range() {
    // when
    Text choice = zeroToFive.reject(RatingValue.choice("yes")).orElseThrow();
    Text above = zeroToFive.reject(v("5.01")).orElseThrow();
    Text below = zeroToFive.reject(v("-0.5")).orElseThrow();

    // then
    assertThat(choice.get(Language.EN)).isEqualTo("a numeric scale takes a number, not 'yes'");
    assertThat(choice.get(Language.TH))
        .isEqualTo("มาตรวัดแบบตัวเลขต้องให้ค่าเป็นตัวเลข ไม่ใช่ 'yes'");
    assertThat(above.get(Language.EN)).isEqualTo("'5.01' is outside 0 to 5");
    assertThat(above.get(Language.TH)).isEqualTo("'5.01' อยู่นอกช่วง 0 ถึง 5");
    assertThat(below.get(Language.EN)).isEqualTo("'-0.5' is outside 0 to 5");
    InvalidValueException thrown =
        catchThrowableOfType(InvalidValueException.class, () -> zeroToFive.fraction(v("6")));
    assertThat(thrown).hasMessage("'6' is outside 0 to 5");
  }

  @Test
  void names_no_label_since_a_number_is_its_own() {
    // when / then
    assertThat(zeroToFive.label(v("3"))).isEmpty();
    assertThat(zeroToFive.type()).isEqualTo("numeric");
    assertThat(quarterMarks.step()).isEqualByComparingTo("2.5");
    assertThat(tenToTwenty.step()).isNull();
  }

  @Test
  void refuses_a_minimum_not_below_the_maximum() {
    // when
    InvalidValueException equal =
        catchThrowableOfType(InvalidValueException.class, () -> NumericScale.of(NAME, 5, 5));
    InvalidValueException reversed =
        catchThrowableOfType(InvalidValueException.class, () -> NumericScale.of(NAME, 20, 10));

    // then
    assertThat(equal).hasMessage("a numeric scale needs min below max, was min 5, max 5");
    assertThat(equal.text().get(Language.TH))
        .isEqualTo("มาตรวัดแบบตัวเลขต้องมี min น้อยกว่า max แต่ได้รับ min 5, max 5");
    assertThat(reversed).hasMessage("a numeric scale needs min below max, was min 20, max 10");
  }

  @Test
  void refuses_a_step_not_above_zero_or_one_that_does_not_divide_the_range() {
    // when
    InvalidValueException zero =
        catchThrowableOfType(
            InvalidValueException.class, () -> zeroToFive.withStep(BigDecimal.ZERO));
    InvalidValueException negative =
        catchThrowableOfType(
            InvalidValueException.class, () -> zeroToFive.withStep(new BigDecimal("-0.5")));
    // 5 / 2 = 2.5 steps, not a whole number
    InvalidValueException uneven =
        catchThrowableOfType(
            InvalidValueException.class, () -> zeroToFive.withStep(BigDecimal.valueOf(2)));

    // then
    assertThat(zero).hasMessage("step must be more than 0, was 0");
    assertThat(zero.text().get(Language.TH)).isEqualTo("step ต้องมากกว่า 0 แต่ได้รับ 0");
    assertThat(negative).hasMessage("step must be more than 0, was -0.5");
    assertThat(uneven).hasMessage("the range 0 to 5 is not a whole number of steps of 2");
    assertThat(uneven.text().get(Language.TH))
        .isEqualTo("ช่วง 0 ถึง 5 ต้องแบ่งเป็นขั้นละ 2 ได้ลงตัว");
    // 5 / 0.5 = 10 steps and 10 / 2.5 = 4 steps are fine
    assertThat(zeroToFive.withStep(new BigDecimal("0.5")).step()).isEqualByComparingTo("0.5");
    assertThat(quarterMarks.max()).isEqualByComparingTo("20");
  }

  @Test
  void refuses_missing_components() {
    // when / then
    assertThat(
            catchThrowableOfType(
                NullPointerException.class,
                () -> new NumericScale(NAME, null, BigDecimal.ONE, null)))
        .hasMessage("min cannot be null");
    assertThat(
            catchThrowableOfType(
                NullPointerException.class,
                () -> new NumericScale(null, BigDecimal.ZERO, BigDecimal.ONE, null)))
        .hasMessage("name cannot be null");
  }
}
