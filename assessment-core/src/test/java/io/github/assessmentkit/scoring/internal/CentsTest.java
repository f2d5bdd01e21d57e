package io.github.assessmentkit.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.Ratio;
import org.junit.jupiter.api.Test;

/**
 * The largest-remainder sharing of shown cents ({@link Cents}), on parts whose exact points are
 * given as ratios ({@link Shown.Ratios}).
 */
class CentsTest {
  private static final Ratio THIRD = Ratio.of(1, 3);

  private static Ratio[] points(Ratio... values) {
    return values;
  }

  @Test
  void gives_the_cents_left_to_the_largest_remainders() {
    // 1.005, 2.007, 6.988 points: 100.5, 200.7 and 698.8 cents, cut to 100 + 200 + 698 = 998;
    // 2 cents left go to 698.8 (.8) and then 200.7 (.7)
    long[] shown =
        new Cents(3)
            .split(
                1000,
                new Shown.Ratios(
                    points(Ratio.parse("1.005"), Ratio.parse("2.007"), Ratio.parse("6.988"))),
                null);
    assertThat(shown).startsWith(100, 201, 699);
  }

  @Test
  void gives_a_cent_left_on_equal_remainders_to_the_first_part() {
    // 10/3 points three times: 333.33 cents each, 999 cut; the cent left goes to the first
    long[] shown =
        new Cents(1)
            .split(
                1000,
                new Shown.Ratios(points(Ratio.of(10, 3), Ratio.of(10, 3), Ratio.of(10, 3))),
                null);
    // the scratch space grew from 1 to 3 parts
    assertThat(shown).startsWith(334, 333, 333);
  }

  @Test
  void takes_cents_back_from_the_smallest_remainders_when_the_whole_shows_less() {
    // 1.004 and 2.009 points: 100.4 + 200.9 cut to 300; a whole of 299 takes one back from the
    // smaller remainder (.4)
    assertThat(
            new Cents(2)
                .split(
                    299,
                    new Shown.Ratios(points(Ratio.parse("1.004"), Ratio.parse("2.009"))),
                    null))
        .startsWith(99, 200);
    // with a part of 3 points exactly (no remainder: counts as the smallest), it gives the cent
    assertThat(
            new Cents(3)
                .split(
                    599,
                    new Shown.Ratios(
                        points(Ratio.parse("1.004"), Ratio.of(3), Ratio.parse("2.009"))),
                    null))
        .startsWith(100, 299, 200);
    // two cents back: a part without a remainder stays the smallest, so it gives both
    assertThat(
            new Cents(3)
                .split(
                    598,
                    new Shown.Ratios(
                        points(Ratio.parse("2.009"), Ratio.of(3), Ratio.parse("1.004"))),
                    null))
        .startsWith(200, 298, 100);
  }

  @Test
  void never_takes_a_part_below_zero_cents() {
    // 0 and 0.004 points cut to 0 + 0 against a whole of -1: no part shows a cent to give back,
    // so both stay at 0
    assertThat(
            new Cents(2)
                .split(-1, new Shown.Ratios(points(Ratio.ZERO, Ratio.parse("0.004"))), null))
        .startsWith(0, 0);
  }

  @Test
  void holds_each_part_at_its_cap_and_spreads_the_rest_over_the_parts_that_earn() {
    // 1.50 and 0.505 points under caps of 100 and 200 cents: the first is held at 100 (no cent
    // left to it), the second cut to 50 takes the cent for its remainder (51); the 50 cents still
    // left go one at a time to parts that earn and are below their cap: all to the second
    assertThat(
            new Cents(2)
                .split(
                    201,
                    new Shown.Ratios(points(Ratio.parse("1.50"), Ratio.parse("0.505"))),
                    new long[] {100, 200}))
        .startsWith(100, 101);
    // 0.10, 0 and 0.20 points under caps 10, 10 and 30 cents, whole 36: 10 + 0 + 20 = 30 (no
    // remainders); 6 left, one at a time in order to the parts that earn and have room: the first
    // is at its cap, the second earns nothing, so all 6 go to the third: 26
    assertThat(
            new Cents(3)
                .split(
                    36,
                    new Shown.Ratios(points(Ratio.parse("0.10"), Ratio.ZERO, Ratio.parse("0.20"))),
                    new long[] {10, 10, 30}))
        .startsWith(10, 0, 26);
    // 0.10 and 0.20 points under caps 12 and 21, whole 34: 10 + 20; 4 left, taken in turns:
    // 11, 21, then 12 (the second is at its cap), and one cent stays unshown
    assertThat(
            new Cents(2)
                .split(
                    34,
                    new Shown.Ratios(points(Ratio.parse("0.10"), Ratio.parse("0.20"))),
                    new long[] {12, 21}))
        .startsWith(12, 21);
  }

  @Test
  void moves_a_cent_of_possible_to_a_part_that_earns_all_it_shows() {
    // possible 1/4, 1/3, 1/3, 1/3 (1.25 points): 25 + 33 + 33 + 33 = 124, the cent left to the
    // second (first of the equal remainders .33): 25, 34, 33, 33 — the second rounded up.
    Ratio[] possible = points(Ratio.of(1, 4), THIRD, THIRD, THIRD);
    long[] shownPossible = new Cents(4).split(125, new Shown.Ratios(possible), null).clone();
    assertThat(shownPossible).containsExactly(25, 34, 33, 33);
    // earned 0, 0, 1/3, 1/3: 2/3 point shows 67 cents, but the third and fourth are held at their
    // 33 possible: 66. The third takes a cent of possible from the part rounded up (the second,
    // 34 for 33.33), not from the first (25 exactly), and shows 34.
    Ratio[] earned = points(Ratio.ZERO, Ratio.ZERO, THIRD, THIRD);
    long[] shownEarned =
        new Cents(4).splitEarned(67, new Shown.Ratios(earned, possible), shownPossible);
    assertThat(shownEarned).startsWith(0, 0, 34, 33);
    assertThat(shownPossible).containsExactly(25, 33, 34, 33);
  }

  @Test
  void moves_a_cent_of_possible_from_the_only_part_with_room() {
    // possible 1/3 three times (1.00 point): 34, 33, 33. Earned 0, 1/3, 1/3: 67 cents, the second
    // and third held at 33. The second takes the cent from the first, the only one with room.
    Ratio[] possible = points(THIRD, THIRD, THIRD);
    long[] shownPossible = new long[] {34, 33, 33};
    long[] shownEarned =
        new Cents(3)
            .splitEarned(
                67, new Shown.Ratios(points(Ratio.ZERO, THIRD, THIRD), possible), shownPossible);
    assertThat(shownEarned).startsWith(0, 34, 33);
    assertThat(shownPossible).containsExactly(33, 34, 33);
  }

  @Test
  void leaves_cents_unshown_when_no_part_has_possible_to_spare() {
    // possible 1/3 twice shown 33 and 33 (66); earned 1/3 twice: 67 asked, both held at 33, and
    // no part shows more possible than earned: 66 shown
    Ratio[] possible = points(THIRD, THIRD);
    long[] shownPossible = new long[] {33, 33};
    long[] shownEarned =
        new Cents(2)
            .splitEarned(67, new Shown.Ratios(points(THIRD, THIRD), possible), shownPossible);
    assertThat(shownEarned).startsWith(33, 33);
    assertThat(shownPossible).containsExactly(33, 33);
  }

  @Test
  void shows_all_it_may_for_a_part_that_earns_all_it_may() {
    // possible 1/3 three times: 34, 33, 33. Earned 1/3, 1/6, 0 (1/2 point: 50 cents): cut 33, 16,
    // 0, the cent left to the larger remainder (.67 of the second): 33, 17, 0. The first earns
    // all it may (1/3 of 1/3) but shows 33 of 34: a cent moves to it from the part that earns
    // less than all and shows some, the second: 34, 16, 0.
    Ratio[] possible = points(THIRD, THIRD, THIRD);
    long[] shownPossible = new long[] {34, 33, 33};
    long[] shownEarned =
        new Cents(3)
            .splitEarned(
                50,
                new Shown.Ratios(points(THIRD, Ratio.of(1, 6), Ratio.ZERO), possible),
                shownPossible);
    assertThat(shownEarned).startsWith(34, 16, 0);
    assertThat(shownPossible).containsExactly(34, 33, 33);
  }

  @Test
  void takes_a_cent_back_from_the_smaller_remainder_wherever_it_stands() {
    // 2.009 and 1.004 points: 200.9 + 100.4 cut to 300; a whole of 299 takes the cent from the
    // second (.4 below .9)
    assertThat(
            new Cents(2)
                .split(
                    299,
                    new Shown.Ratios(points(Ratio.parse("2.009"), Ratio.parse("1.004"))),
                    null))
        .startsWith(200, 99);
    // 3 and 2 points, no remainders: a whole of 499 takes the cent from the first
    assertThat(new Cents(2).split(499, new Shown.Ratios(points(Ratio.of(3), Ratio.of(2))), null))
        .startsWith(299, 200);
  }

  @Test
  void spreads_no_more_cents_than_are_left() {
    // 0.10 and 0.20 points under caps 20 and 30, whole 31: 10 + 20, one cent left, to the first
    assertThat(
            new Cents(2)
                .split(
                    31,
                    new Shown.Ratios(points(Ratio.parse("0.10"), Ratio.parse("0.20"))),
                    new long[] {20, 30}))
        .startsWith(11, 20);
  }
}
