package io.github.assessmentkit.scoring;

import static io.github.assessmentkit.testing.MiniRubrics.assessmentOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.AwardScheme;
import io.github.assessmentkit.rubric.AwardTier;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Award schemes on the mini award (1.1 = 40, 1.2 = 20, 2.1 = 40; ladder "overall": good above 40)
 * with a scheme "plaque": outstanding needs the good rung, full coverage and category 2 at 50 %;
 * commended needs 30 points in items 1.1 and 1.2 or item 2.1 at 75 %.
 */
class AwardSchemeTest {
  private final Rubric rubric =
      Rubric.from(MiniRubrics.award())
          .award(
              new AwardScheme(
                  "plaque",
                  Text.of("โล่ประกาศเกียรติคุณ", "Plaque"),
                  List.of(
                      new AwardTier(
                          "outstanding",
                          Text.of("ดีเด่น", "outstanding"),
                          Condition.allOf(
                              new Condition.RungReached("overall", "good"),
                              new Condition.CoverageAtLeast(BigDecimal.valueOf(100)),
                              Condition.atLeast(Metric.percent("2"), 50))),
                      new AwardTier(
                          "commended",
                          Text.en("commended"),
                          Condition.anyOf(
                              Condition.atLeast(Metric.points("1.1", "1.2"), 30),
                              Condition.atLeast(Metric.percent("2.1"), 75)))),
                  Provenance.unverified(Text.en("test"), Text.en("test"))))
          .build();

  private AwardDecision plaque(Assessment a) {
    Scorecard card = Scorer.standard().score(rubric, a);
    return card.award("plaque").orElseThrow();
  }

  private static List<String> reasons(ConditionResult result) {
    return result.parts().stream().map(p -> p.reason().get(Language.EN)).toList();
  }

  @Test
  void the_first_tier_whose_conditions_all_hold_is_the_award() {
    // given 1.1 at 35 % (14), 1.2 at 55 % (11), 2.1 at 50 % (20): total 45, above 40 -> good
    Assessment a =
        assessmentOf(rubric)
            .rating(Rating.of("1.1", 35))
            .rating(Rating.of("1.2", 55))
            .rating(Rating.of("2.1", 50))
            .build();

    // when
    AwardDecision award = plaque(a);

    // then
    assertThat(award.tierId()).isEqualTo("outstanding");
    assertThat(award.outcome().get(Language.TH)).isEqualTo("ดีเด่น");
    assertThat(award.checks()).hasSize(1);
    ConditionResult all = award.checks().get(0).result();
    assertThat(all.reason().get(Language.EN)).isEqualTo("all conditions hold");
    assertThat(reasons(all))
        .containsExactly(
            "Overall: good reaches good", "coverage 100.00 % ≥ 100 %", "percent of 2 = 50.00 ≥ 50");
  }

  @Test
  void any_of_holds_when_one_part_holds() {
    // given 1.1 at 50 % (20), 1.2 at 55 % (11), 2.1 not rated: total 31 -> fair
    Assessment a =
        assessmentOf(rubric).rating(Rating.of("1.1", 50)).rating(Rating.of("1.2", 55)).build();

    // when
    AwardDecision award = plaque(a);

    // then outstanding fails on all three counts; commended holds on 20 + 11 = 31 >= 30
    assertThat(award.tierId()).isEqualTo("commended");
    assertThat(reasons(award.checks().get(0).result()))
        .containsExactly(
            "Overall: fair does not reach good",
            "coverage 66.67 % below 100 %",
            "percent of 2 = 0.00 not ≥ 50");
    ConditionResult any = award.checks().get(1).result();
    assertThat(any.reason().get(Language.EN)).isEqualTo("at least one condition holds");
    assertThat(reasons(any))
        .containsExactly("points of 1.1 + 1.2 = 31.00 ≥ 30", "percent of 2.1 = 0.00 not ≥ 75");
  }

  @Test
  void no_tier_holding_means_no_award_with_every_check_listed() {
    // given 1.1 at 35 % (14), 1.2 at 55 % (11): 25 points in items 1.1 and 1.2
    Assessment a =
        assessmentOf(rubric).rating(Rating.of("1.1", 35)).rating(Rating.of("1.2", 55)).build();

    // when
    AwardDecision award = plaque(a);

    // then
    assertThat(award.awarded()).isFalse();
    assertThat(award.tierId()).isNull();
    assertThat(award.outcome()).isEqualTo(Text.of("ไม่ได้รับรางวัล", "no award"));
    assertThat(award.checks())
        .extracting(TierCheck::tierId)
        .containsExactly("outstanding", "commended");
    assertThat(award.checks().get(1).result().reason().get(Language.EN))
        .isEqualTo("no condition holds");
  }

  @Test
  void schemes_and_conditions_are_checked_when_made() {
    // given
    Provenance p = Provenance.unverified(Text.en("t"), Text.en("t"));
    AwardTier gold =
        new AwardTier("gold", Text.en("Gold"), Condition.above(Metric.totalPoints(), 1));

    // when / then
    assertThatThrownBy(() -> new AwardScheme("s", Text.en("s"), List.of(), p))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("award scheme s needs at least one tier");
    assertThatThrownBy(() -> new AwardScheme("s", Text.en("s"), List.of(gold, gold), p))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("award scheme s lists tier gold twice");
    assertThatThrownBy(() -> Condition.allOf())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("allOf needs at least one condition");
    assertThatThrownBy(() -> Condition.anyOf())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("anyOf needs at least one condition");
    assertThatThrownBy(() -> new Condition.CoverageAtLeast(BigDecimal.valueOf(101)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("coverage percent must be 100 or less, was 101");
  }
}
