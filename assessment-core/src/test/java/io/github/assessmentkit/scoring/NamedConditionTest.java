package io.github.assessmentkit.scoring;

import static io.github.assessmentkit.testing.MiniRubrics.assessmentOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.AwardScheme;
import io.github.assessmentkit.rubric.AwardTier;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.InvalidRubricException;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.internal.Decisions;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Named conditions on the mini award (1.1 = 40, 1.2 = 20, 2.1 = 40 points; ladder "overall": good
 * above 40). The "leadership theme" needs category 1 at 40 % and category 2 at 50 %; the "results
 * theme" needs item 2.1 at 75 %.
 */
class NamedConditionTest {
  private static final Text LEADERSHIP = Text.of("ด้านการนำ", "Leadership theme");
  private static final Text RESULTS = Text.of("ด้านผลลัพธ์", "Results theme");

  private final Rubric rubric = MiniRubrics.award();

  private static Condition leadershipTheme() {
    return Condition.named(
        LEADERSHIP,
        Condition.allOf(
            Condition.atLeast(Metric.percent("1"), 40),
            Condition.atLeast(Metric.percent("2"), 50)));
  }

  private static Condition resultsTheme() {
    return Condition.named(RESULTS, Condition.atLeast(Metric.percent("2.1"), 75));
  }

  private ConditionResult evaluate(Condition condition, Assessment a) {
    Scorecard card = Scorer.standard().score(rubric, a);
    return Decisions.evaluate(condition, card.root(), card.levels(), rubric.ladders());
  }

  /** 1.1 at 35 % (14.00), 1.2 at 55 % (11.00), 2.1 at 50 % (20.00). */
  private Assessment balanced() {
    return assessmentOf(rubric)
        .rating(Rating.of("1.1", 35))
        .rating(Rating.of("1.2", 55))
        .rating(Rating.of("2.1", 50))
        .build();
  }

  private static List<String> reasons(ConditionResult result, Language language) {
    return result.parts().stream().map(p -> p.reason().get(language)).toList();
  }

  @Test
  void a_named_condition_that_holds_starts_its_reason_with_its_name_in_both_languages() {
    // given category 1: 14.00 + 11.00 = 25.00 of 60 = 41.67 %; category 2: 20.00 of 40 = 50.00 %

    // when
    ConditionResult result = evaluate(leadershipTheme(), balanced());

    // then
    assertThat(result.met()).isTrue();
    assertThat(result.name()).isEqualTo(LEADERSHIP);
    assertThat(result.reason().get(Language.EN)).isEqualTo("Leadership theme: all conditions hold");
    assertThat(result.reason().get(Language.TH)).isEqualTo("ด้านการนำ: ผ่านทุกเงื่อนไข");
    // the parts are those of the all-of it names, not the all-of itself
    assertThat(reasons(result, Language.EN))
        .containsExactly("percent of 1 = 41.67 ≥ 40", "percent of 2 = 50.00 ≥ 50");
    assertThat(reasons(result, Language.TH))
        .containsExactly("ร้อยละของ 1 = 41.67 ≥ 40", "ร้อยละของ 2 = 50.00 ≥ 50");
  }

  @Test
  void a_named_condition_that_fails_says_so_after_its_name_in_both_languages() {
    // given 2.1 not rated: category 2 = 0.00 of 40 = 0.00 %, under 50
    Assessment a =
        assessmentOf(rubric).rating(Rating.of("1.1", 35)).rating(Rating.of("1.2", 55)).build();

    // when
    ConditionResult result = evaluate(leadershipTheme(), a);

    // then
    assertThat(result.met()).isFalse();
    assertThat(result.name()).isEqualTo(LEADERSHIP);
    assertThat(result.reason().get(Language.EN)).isEqualTo("Leadership theme: a condition fails");
    assertThat(result.reason().get(Language.TH)).isEqualTo("ด้านการนำ: มีเงื่อนไขที่ไม่ผ่าน");
    assertThat(result.parts()).extracting(ConditionResult::met).containsExactly(true, false);
    assertThat(reasons(result, Language.EN))
        .containsExactly("percent of 1 = 41.67 ≥ 40", "percent of 2 = 0.00 not ≥ 50");
  }

  @Test
  void naming_a_single_comparison_puts_the_name_before_its_numbers() {
    // given 2.1 at 50 %, under 75

    // when
    ConditionResult result = evaluate(resultsTheme(), balanced());

    // then
    assertThat(result.met()).isFalse();
    assertThat(result.reason())
        .isEqualTo(
            Text.of(
                "ด้านผลลัพธ์: ร้อยละของ 2.1 = 50.00 ไม่ ≥ 75",
                "Results theme: percent of 2.1 = 50.00 not ≥ 75"));
    assertThat(result.parts()).isEmpty();
  }

  @Test
  void inside_any_of_each_named_part_tells_which_theme_held() {
    // given leadership holds (41.67 % ≥ 40, 50.00 % ≥ 50) and results fails (50.00 % < 75)
    Condition any = Condition.anyOf(resultsTheme(), leadershipTheme());

    // when
    ConditionResult result = evaluate(any, balanced());

    // then
    assertThat(result.met()).isTrue();
    assertThat(result.name()).isNull();
    assertThat(result.reason().get(Language.EN)).isEqualTo("at least one condition holds");
    assertThat(reasons(result, Language.EN))
        .containsExactly(
            "Results theme: percent of 2.1 = 50.00 not ≥ 75",
            "Leadership theme: all conditions hold");
    assertThat(reasons(result, Language.TH))
        .containsExactly(
            "ด้านผลลัพธ์: ร้อยละของ 2.1 = 50.00 ไม่ ≥ 75", "ด้านการนำ: ผ่านทุกเงื่อนไข");
    // and the themes that held are read off the results, not off their positions
    assertThat(result.parts().stream().filter(ConditionResult::met).map(ConditionResult::name))
        .containsExactly(LEADERSHIP);
  }

  @Test
  void a_name_changes_neither_whether_a_condition_holds_nor_the_results_inside_it() {
    // given
    Condition inner =
        Condition.allOf(
            Condition.atLeast(Metric.percent("1"), 40), Condition.atLeast(Metric.percent("2"), 50));
    Scorecard card = Scorer.standard().score(rubric, balanced());
    NodeScore root = card.root();

    // when
    ConditionResult plain = Decisions.evaluate(inner, root, card.levels(), rubric.ladders());
    ConditionResult named =
        Decisions.evaluate(
            Condition.named(LEADERSHIP, inner), root, card.levels(), rubric.ladders());

    // then
    assertThat(plain.name()).isNull();
    assertThat(named.met()).isEqualTo(plain.met());
    assertThat(named.parts()).isEqualTo(plain.parts());
  }

  @Test
  void a_named_condition_decides_a_tier_like_any_other() {
    // given a scheme whose only tier is the leadership theme
    Rubric withTheme =
        Rubric.from(rubric)
            .award(
                new AwardScheme(
                    "themes",
                    Text.en("Themes"),
                    List.of(new AwardTier("led", Text.en("Led"), leadershipTheme())),
                    Provenance.unverified(Text.en("test"), Text.en("test"))))
            .build();

    // when
    AwardDecision award = Scorer.standard().score(withTheme, balanced()).award("themes").get();

    // then
    assertThat(award.tierId()).isEqualTo("led");
    assertThat(award.checks().get(0).result().name()).isEqualTo(LEADERSHIP);
  }

  @Test
  void the_rubric_check_looks_inside_a_named_condition() {
    // given a named condition reading a criterion the rubric lacks
    Condition broken = Condition.named(RESULTS, Condition.atLeast(Metric.percent("9"), 50));
    AwardScheme scheme =
        new AwardScheme(
            "themes",
            Text.en("Themes"),
            List.of(new AwardTier("gold", Text.en("Gold"), Condition.anyOf(broken))),
            Provenance.unverified(Text.en("test"), Text.en("test")));

    // when / then
    assertThatExceptionOfType(InvalidRubricException.class)
        .isThrownBy(() -> Rubric.from(rubric).award(scheme).build())
        .withMessage("'themes/gold' refers to criterion '9', which the rubric lacks")
        .satisfies(e -> assertThat(e.nodeId()).isEqualTo("themes/gold"));
  }

  @Test
  void a_named_condition_needs_a_name_and_a_condition() {
    // when / then
    assertThatNullPointerException()
        .isThrownBy(() -> new Condition.Named(null, Condition.above(Metric.totalPoints(), 1)))
        .withMessage("name cannot be null");
    assertThatNullPointerException()
        .isThrownBy(() -> Condition.named(LEADERSHIP, null))
        .withMessage("condition cannot be null");
  }
}
