package io.github.assessmentkit.rubric;

import static io.github.assessmentkit.testing.MiniRubrics.yesNo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * {@code build()} checks the rubric's own id, its default strategy, each criterion's strategy and
 * each ladder, award scheme and tier id: a trailing space is refused in both languages, naming the
 * node that holds the id.
 */
class BuildChecksEveryIdTest {
  private static final Provenance TEST = Provenance.unverified(Text.en("test"), Text.en("test"));
  private static final Criterion ONE =
      Criterion.builder("1", Text.en("one")).points(10).indicator(yesNo("a")).build();

  private static RubricBuilder rubric(String id) {
    return Rubric.builder(id, "1")
        .title(Text.en("Rubric"))
        .provenance(TEST)
        .defaultStrategy(Strategies.POINTS_SUM)
        .criterion(ONE);
  }

  private static void refused(
      ThrowingCallable build, String node, String what, String whatTh, String value) {
    assertThatExceptionOfType(InvalidRubricException.class)
        .isThrownBy(build)
        .withMessage(what + " '" + value + "' must not start or end with white space")
        .satisfies(
            e -> {
              assertThat(e.nodeId()).isEqualTo(node);
              assertThat(e.text().get(Language.TH))
                  .isEqualTo(whatTh + " '" + value + "' ต้องไม่ขึ้นต้นหรือลงท้ายด้วยช่องว่าง");
            });
  }

  @Test
  void the_rubric_id_is_checked() {
    refused(() -> rubric("r ").build(), "r ", "rubric id", "รหัสเกณฑ์ชุด", "r ");
  }

  @Test
  void the_default_strategy_and_a_criterions_strategy_are_checked_before_being_looked_up() {
    // " points-sum" would be an unknown strategy too; the spacing is what is reported
    refused(
        () -> rubric("r").defaultStrategy(" " + Strategies.POINTS_SUM).build(),
        "r",
        "defaultStrategy",
        "วิธีคิดคะแนนตั้งต้น",
        " " + Strategies.POINTS_SUM);
    Criterion spaced = ONE.with(c -> c.strategy(Strategies.POINTS_SUM + " "));
    refused(
        () ->
            Rubric.builder("r", "1")
                .title(Text.en("Rubric"))
                .provenance(TEST)
                .defaultStrategy(Strategies.POINTS_SUM)
                .criterion(spaced)
                .build(),
        "1",
        "strategy of '1'",
        "วิธีคิดคะแนนของ '1'",
        Strategies.POINTS_SUM + " ");
  }

  @Test
  void ladder_award_scheme_and_tier_ids_are_checked() {
    Ladder ladder =
        new Ladder(
            "overall ",
            Text.en("Overall"),
            Metric.totalPoints(),
            List.of(Rung.above("good", Text.en("good"), 5), Rung.bottom("fair", Text.en("fair"))),
            TEST);
    refused(
        () -> rubric("r").ladder(ladder).build(),
        "overall ",
        "ladder id",
        "รหัสลำดับขั้น",
        "overall ");

    AwardTier gold =
        new AwardTier("gold", Text.en("Gold"), Condition.above(Metric.totalPoints(), 5));
    AwardScheme scheme = new AwardScheme("mini ", Text.en("Mini"), List.of(gold), TEST);
    refused(
        () -> rubric("r").award(scheme).build(),
        "mini ",
        "award scheme id",
        "รหัสเกณฑ์รางวัล",
        "mini ");

    AwardTier spacedTier =
        new AwardTier("gold ", Text.en("Gold"), Condition.above(Metric.totalPoints(), 5));
    AwardScheme withSpacedTier =
        new AwardScheme("mini", Text.en("Mini"), List.of(spacedTier), TEST);
    refused(
        () -> rubric("r").award(withSpacedTier).build(),
        "mini",
        "award tier id",
        "รหัสระดับรางวัล",
        "gold ");
  }
}
