package io.github.assessmentkit.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.Ratio;
import org.junit.jupiter.api.Test;

/**
 * Sharing a node's shown earned cents among its parts ({@link Cents#splitEarned}): which part takes
 * a cent of possible when one is held at what it shows possible, and which part gives a cent to a
 * part that earns all it may. Exact points are given as ratios ({@link Shown.Ratios}), earned with
 * possible.
 */
class CentsOfEarnedTest {
  private static final Ratio THIRD = Ratio.of(1, 3);

  private static Ratio[] points(Ratio... values) {
    return values;
  }

  @Test
  void the_first_part_held_at_its_possible_takes_the_cent_of_possible() {
    // possible 1/3 three times, shown 33, 33, 34 (the third took the cent left). Earned 1/3, 1/3,
    // 0: 2/3 point shows 67 cents; the first two are cut to 33.33 and held at their 33 possible,
    // 66 shown, one cent left. The first of them takes a cent of possible from the third, the
    // only part with room: earned 34, 33, 0; possible 34, 33, 33.
    long[] shownPossible = {33, 33, 34};
    long[] shownEarned =
        new Cents(3)
            .splitEarned(
                67,
                new Shown.Ratios(points(THIRD, THIRD, Ratio.ZERO), points(THIRD, THIRD, THIRD)),
                shownPossible);
    assertThat(shownEarned).startsWith(34, 33, 0);
    assertThat(shownPossible).containsExactly(34, 33, 33);
  }

  @Test
  void a_part_that_earns_all_it_may_takes_its_cent_from_the_first_part_showing_some() {
    // possible 0.331, 1/3, 0.331: 33.1 + 33.33 + 33.1 cut to 99, the cent left to the second
    // (.33): 33, 34, 33. Earned 0.167, 1/3, 0 (50.03 cents: 50): cut 16, 33, 0, the cent left to
    // the first (.7): 17, 33, 0. The second earns all it may but shows 33 of 34: the first, the
    // only other part showing some, gives it a cent: 16, 34, 0.
    Ratio[] possible = points(Ratio.parse("0.331"), THIRD, Ratio.parse("0.331"));
    long[] shownPossible = {33, 34, 33};
    long[] shownEarned =
        new Cents(3)
            .splitEarned(
                50,
                new Shown.Ratios(points(Ratio.parse("0.167"), THIRD, Ratio.ZERO), possible),
                shownPossible);
    assertThat(shownEarned).startsWith(16, 34, 0);
    assertThat(shownPossible).containsExactly(33, 34, 33);
  }

  @Test
  void between_parts_without_remainders_the_first_gives_the_cent() {
    // possible as above: 33, 34, 33. Earned 0.10, 1/3, 0.10 (53.33 cents: 53): cut 10, 33, 10,
    // nothing left. The second shows 33 of 34; the first and third both earn less than all and
    // show some, neither has a remainder, so the first gives the cent: 9, 34, 10.
    Ratio[] possible = points(Ratio.parse("0.331"), THIRD, Ratio.parse("0.331"));
    long[] shownPossible = {33, 34, 33};
    long[] shownEarned =
        new Cents(3)
            .splitEarned(
                53,
                new Shown.Ratios(points(Ratio.parse("0.10"), THIRD, Ratio.parse("0.10")), possible),
                shownPossible);
    assertThat(shownEarned).startsWith(9, 34, 10);
  }

  @Test
  void the_part_rounded_up_gives_the_cent_before_one_cut_down() {
    // possible 1/3 three times: 34, 33, 33. Earned 1/3, 0.103, 0.108 (54.43 cents: 54): cut 33,
    // 10, 10, the cent left to the largest remainder, the third (.8): 33, 10, 11. The first earns
    // all it may but shows 33 of 34: the third, rounded up, gives the cent back rather than the
    // second (cut down by .3): 34, 10, 10.
    long[] shownPossible = {34, 33, 33};
    long[] shownEarned =
        new Cents(3)
            .splitEarned(
                54,
                new Shown.Ratios(
                    points(THIRD, Ratio.parse("0.103"), Ratio.parse("0.108")),
                    points(THIRD, THIRD, THIRD)),
                shownPossible);
    assertThat(shownEarned).startsWith(34, 10, 10);
  }

  @Test
  void on_equal_remainders_the_first_part_gives_the_cent() {
    // possible 1/3 three times: 34, 33, 33. Earned 1/3, 0.1008, 0.1008 (53.49 cents: 53): cut 33,
    // 10, 10, nothing left. The first shows 33 of 34: the second and third have equal remainders
    // (.08), so the second gives the cent: 34, 9, 10.
    long[] shownPossible = {34, 33, 33};
    long[] shownEarned =
        new Cents(3)
            .splitEarned(
                53,
                new Shown.Ratios(
                    points(THIRD, Ratio.parse("0.1008"), Ratio.parse("0.1008")),
                    points(THIRD, THIRD, THIRD)),
                shownPossible);
    assertThat(shownEarned).startsWith(34, 9, 10);
  }

  @Test
  void the_cent_of_possible_comes_from_the_part_rounded_up_though_a_later_part_has_room() {
    // possible 1/3, 1/3, 1/3, 1/4 (1.25 points): 33 + 33 + 33 + 25 = 124, the cent left to the
    // first of the equal remainders: 34, 33, 33, 25. Earned 0, 1/3, 1/3, 0: 67 cents, the second
    // and third held at 33. The second takes a cent of possible from the first, rounded up, not
    // from the fourth (25 exactly): possible 33, 34, 33, 25; earned 0, 34, 33, 0.
    Ratio[] possible = points(THIRD, THIRD, THIRD, Ratio.of(1, 4));
    long[] shownPossible = new Cents(4).split(125, new Shown.Ratios(possible), null).clone();
    assertThat(shownPossible).containsExactly(34, 33, 33, 25);
    long[] shownEarned =
        new Cents(4)
            .splitEarned(
                67,
                new Shown.Ratios(points(Ratio.ZERO, THIRD, THIRD, Ratio.ZERO), possible),
                shownPossible);
    assertThat(shownEarned).startsWith(0, 34, 33, 0);
    assertThat(shownPossible).containsExactly(33, 34, 33, 25);
  }

  @Test
  void a_part_showing_no_cent_never_gives_one() {
    // possible 1/3 three times: 34, 33, 33. Earned 1/3, 0, 1/6 (50 cents): cut 33, 0, 16, the
    // cent left to the larger remainder (.67 of the third): 33, 0, 17. The first earns all it
    // may but shows 33 of 34: the second shows nothing to give, so the third gives: 34, 0, 16.
    long[] shownPossible = {34, 33, 33};
    long[] shownEarned =
        new Cents(3)
            .splitEarned(
                50,
                new Shown.Ratios(
                    points(THIRD, Ratio.ZERO, Ratio.of(1, 6)), points(THIRD, THIRD, THIRD)),
                shownPossible);
    assertThat(shownEarned).startsWith(34, 0, 16);
  }
}
