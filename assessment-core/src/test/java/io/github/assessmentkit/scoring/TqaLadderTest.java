package io.github.assessmentkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.testing.CqaShaped;
import io.github.assessmentkit.text.Language;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The TQA award ladder (as docs/sources.md describes it for the CQA set) on a CQA-shaped rubric
 * (1000 points). When every item is rated p %, the total is p % of 1000, since each item earns p %
 * of its points.
 */
class TqaLadderTest {
  private final Rubric rubric = CqaShaped.rubric();

  private Scorecard score(int percent, Map<String, Integer> except) {
    return Scorer.standard().score(rubric, CqaShaped.ratedAt(rubric, percent, except));
  }

  private static List<String> reasons(ConditionResult result) {
    return result.parts().stream().map(p -> p.reason().get(Language.EN)).toList();
  }

  @Test
  void above_750_is_tqa_global_excellence() {
    // when every item at 80 %: 0.80 x 1000 = 800.00
    Scorecard card = score(80, Map.of());

    // then
    assertThat(card.total()).isEqualTo(new BigDecimal("800.00"));
    AwardDecision award = card.award("tqa").orElseThrow();
    assertThat(award.tierId()).isEqualTo("tqa-global");
    assertThat(award.checks()).hasSize(1);
    assertThat(award.checks().get(0).result().reason().get(Language.EN))
        .isEqualTo("total points = 800.00 > 750");
    assertThat(award.verified()).isTrue();
    // 800 > 775: overall band 7, from a ladder marked unverified
    assertThat(card.level("overall-band").orElseThrow().rungId()).isEqualTo("7");
    assertThat(card.level("overall-band").orElseThrow().verified()).isFalse();
  }

  @Test
  void above_650_is_tqa_after_global_excellence_fails() {
    // when every item at 70 %: 700.00
    Scorecard card = score(70, Map.of());

    // then
    AwardDecision award = card.award("tqa").orElseThrow();
    assertThat(award.tierId()).isEqualTo("tqa");
    assertThat(award.outcome().get(Language.EN)).isEqualTo("TQA");
    assertThat(award.checks())
        .extracting(c -> c.result().reason().get(Language.EN))
        .containsExactly("total points = 700.00 not > 750", "total points = 700.00 > 650");
    assertThat(card.level("overall-band").orElseThrow().rungId()).isEqualTo("6");
  }

  @Test
  void tqc_plus_through_the_people_theme_alone() {
    // given everything at 50 % except categories 3 and 6 at 45 %:
    // 500 - (85 + 85) x 0.05 = 491.50; category 1 at 50 %; customer theme fails on category 3,
    // operation and innovation fail on category 6 and item 6.1; people (5 and 7.3) holds
    Map<String, Integer> lower = Map.of("3.1", 45, "3.2", 45, "6.1", 45, "6.2", 45);

    // when
    Scorecard card = score(50, lower);

    // then
    assertThat(card.total()).isEqualTo(new BigDecimal("491.50"));
    AwardDecision award = card.award("tqa").orElseThrow();
    assertThat(award.tierId()).isEqualTo("tqc-plus");
    ConditionResult tqcPlus = award.checks().get(2).result();
    assertThat(tqcPlus.met()).isTrue();
    assertThat(reasons(tqcPlus))
        .containsExactly(
            "total points = 491.50 > 450",
            "percent of 1 = 50.00 ≥ 50",
            "at least one condition holds");
    ConditionResult themes = tqcPlus.parts().get(2);
    assertThat(themes.parts())
        .extracting(ConditionResult::met)
        .containsExactly(false, true, false, false);
    assertThat(reasons(themes.parts().get(0)))
        .containsExactly("percent of 3 = 45.00 not ≥ 50", "percent of 7.2 = 50.00 ≥ 50");
    // 491.50 > 475: band 4
    assertThat(card.level("overall-band").orElseThrow().rungId()).isEqualTo("4");
  }

  @Test
  void tqc_plus_through_the_innovation_theme_alone() {
    // given everything at 50 % except categories 3 and 5 and item 6.2 at 45 %:
    // 500 - (85 + 85 + 45) x 0.05 = 489.25; category 6 = (20.00 + 20.25) / 85 = 47.35 %, so the
    // operation theme fails while innovation (6.1, 2, 7.1 at 50 %) holds
    Map<String, Integer> lower = Map.of("3.1", 45, "3.2", 45, "5.1", 45, "5.2", 45, "6.2", 45);

    // when
    Scorecard card = score(50, lower);

    // then
    assertThat(card.total()).isEqualTo(new BigDecimal("489.25"));
    assertThat(card.node("6").orElseThrow().percent()).isEqualTo(new BigDecimal("47.35"));
    AwardDecision award = card.award("tqa").orElseThrow();
    assertThat(award.tierId()).isEqualTo("tqc-plus");
    assertThat(award.checks().get(2).result().parts().get(2).parts())
        .extracting(ConditionResult::met)
        .containsExactly(false, false, false, true);
  }

  @Test
  void tqc_when_category_1_misses_the_50_to_65_band() {
    // given everything at 50 % except category 1 at 45 %: 500 - 115 x 0.05 = 494.25
    Map<String, Integer> lower = Map.of("1.1", 45, "1.2", 45);

    // when
    Scorecard card = score(50, lower);

    // then TQC Plus fails on category 1 alone; TQC holds (494.25 > 350)
    assertThat(card.total()).isEqualTo(new BigDecimal("494.25"));
    AwardDecision award = card.award("tqa").orElseThrow();
    assertThat(award.tierId()).isEqualTo("tqc");
    ConditionResult tqcPlus = award.checks().get(2).result();
    assertThat(tqcPlus.reason().get(Language.EN)).isEqualTo("a condition fails");
    assertThat(reasons(tqcPlus))
        .containsExactly(
            "total points = 494.25 > 450",
            "percent of 1 = 45.00 not ≥ 50",
            "at least one condition holds");
    assertThat(award.checks().get(3).result().reason().get(Language.EN))
        .isEqualTo("total points = 494.25 > 350");
  }

  @Test
  void exactly_350_is_not_above_350_and_wins_nothing() {
    // when every item at 35 %: 350.00
    Scorecard card = score(35, Map.of());

    // then every tier is checked and fails
    AwardDecision award = card.award("tqa").orElseThrow();
    assertThat(award.awarded()).isFalse();
    assertThat(award.tier()).isEmpty();
    assertThat(award.outcome().get(Language.EN)).isEqualTo("no award");
    assertThat(award.checks()).hasSize(4);
    assertThat(award.checks().get(3).result().reason().get(Language.EN))
        .isEqualTo("total points = 350.00 not > 350");
    assertThat(award.checks().get(3).result().reason().get(Language.TH))
        .isEqualTo("คะแนนรวม = 350.00 ไม่ > 350");
    // 350 > 275 but not > 375: band 2
    assertThat(card.level("overall-band").orElseThrow().rungId()).isEqualTo("2");
    assertThat(card.level("overall-band").orElseThrow().reason().get(Language.EN))
        .isEqualTo("total points = 350.00 > 275");
  }
}
