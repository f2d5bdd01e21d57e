package io.github.assessmentkit.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.assessmentkit.migration.MigrationMapping;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.testing.Draw;
import io.github.assessmentkit.text.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of a history on random runs of one to six fiscal years, each on version 1 or 2 of the
 * test rubric (see {@link Years}), with ratings from a few band steps so that rises, falls, ties,
 * plaques won and lost and breaks are all common.
 */
class HistoryProperties {
  private static final int EXAMPLES = 200;
  private static final List<Integer> PERCENTS = List.of(0, 30, 40, 50, 70, 100);
  private static final Map<String, Scorecard> MADE = new HashMap<>();
  private static final HistoryRules RULES =
      HistoryRules.defaults("mini-award")
          .withPlaques(
              List.of(
                  Plaque.award("gold", Text.en("Gold plaque"), "mini", "gold"),
                  Plaque.level("good", Text.en("Good level"), "overall", "good")));
  private static final Correspondence MAPPED =
      MigrationMapping.between(Years.V1.ref(), Years.V2.ref())
          .rename("1.2", "1.3")
          .split("2.1", "2.1a", "2.1b")
          .build()
          .correspondence(Years.V1, Years.V2);

  /** A random run of years, a shuffle of it, and whether the versions correspond. */
  record Case(List<Scorecard> cards, List<Scorecard> shuffled, boolean mapped) {}

  private static Scorecard made(int be, boolean v2, int a, int b, int c, int d) {
    String key = be + "|" + v2 + "|" + a + "|" + b + "|" + c + "|" + d;
    synchronized (MADE) {
      return MADE.computeIfAbsent(key, k -> v2 ? Years.v2(be, a, b, c, d) : Years.v1(be, a, b, c));
    }
  }

  private static Gen<Case> cases() {
    return in -> {
      Draw d = new Draw(in);
      int n = d.between(1, 6);
      int be = d.between(2560, 2563);
      List<Scorecard> list = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        be += d.between(1, 2);
        list.add(
            made(
                be,
                d.chance(40),
                d.oneOf(PERCENTS),
                d.oneOf(PERCENTS),
                d.oneOf(PERCENTS),
                d.oneOf(PERCENTS)));
      }
      return new Case(list, d.shuffled(list), d.chance(50));
    };
  }

  private static History history(List<Scorecard> cards, boolean mapped) {
    HistoryBuilder b = History.builder(RULES).rubric(Years.V2).rubric(Years.V1);
    if (mapped) {
      b.correspondence(MAPPED);
    }
    return b.scorecards(cards).build();
  }

  @Test
  void the_history_does_not_depend_on_the_order_of_its_input() {
    qt().withExamples(EXAMPLES)
        .forAll(cases())
        .checkAssert(
            c ->
                assertThat(history(c.shuffled(), c.mapped()))
                    .isEqualTo(history(c.cards(), c.mapped())));
  }

  @Test
  void every_series_has_one_point_per_year_and_changes_only_where_it_compares() {
    qt().withExamples(EXAMPLES)
        .forAll(cases())
        .checkAssert(
            c -> {
              History h = history(c.shuffled(), c.mapped());
              for (NodeSeries s : h.nodes()) {
                assertThat(s.points()).hasSize(c.cards().size());
                for (int i = 0; i < s.points().size(); i++) {
                  Point p = s.points().get(i);
                  assertThat(p.year()).isEqualTo(h.years().get(i).year());
                  if (p.change() != null) {
                    Point before = s.points().get(i - 1);
                    assertThat(p.breakBefore()).isFalse();
                    assertThat(p.change()).isEqualTo(p.percent().subtract(before.percent()));
                  }
                }
              }
            });
  }
}
