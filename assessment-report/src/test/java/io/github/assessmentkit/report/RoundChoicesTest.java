package io.github.assessmentkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.cohort.Cohort;
import io.github.assessmentkit.cohort.ExchangeRule;
import io.github.assessmentkit.cohort.LearningExchange;
import io.github.assessmentkit.cohort.Qualification;
import io.github.assessmentkit.cohort.RankingOrder;
import io.github.assessmentkit.cohort.TieAtCap;
import org.junit.jupiter.api.Test;

/** The usual choices for a round's report, made from the cohort alone. */
class RoundChoicesTest {

  @Test
  void a_round_is_ranked_by_total_with_five_plaques_at_the_top_tier_and_exchanges_per_category() {
    // given the fixtures' round of the CQA set
    CohortReport given = Fixtures.round();
    Cohort cohort = given.cohort();

    // when
    CohortReport report = RoundChoices.report(cohort, given.names());

    // then the ranking is by total points, as Cohort.rank(byTotal()) gives it
    assertThat(report.rankings().overall())
        .isEqualTo(cohort.rank(RankingOrder.byTotal()).overall());
    // the plaques: at the top tier of the CQA set's first award scheme, at most five, all tied
    // at the cap taken
    var scheme = Fixtures.CQA.awards().get(0);
    assertThat(report.plaques().qualification())
        .isEqualTo(Qualification.award(scheme.id(), scheme.tiers().get(0).id()));
    assertThat(report.plaques().cap()).isEqualTo(RoundChoices.PLAQUES).isEqualTo(5);
    assertThat(report.plaques().rule()).isEqualTo(TieAtCap.TAKE_ALL_TIED);
    // one exchange per scored top-level criterion: the seven CQA categories, not the
    // organisational profile (P), leaders from 60 %, learners below 40 %, two per leader
    assertThat(report.exchanges())
        .extracting(LearningExchange::rule)
        .extracting(ExchangeRule::criterionId)
        .containsExactly("1", "2", "3", "4", "5", "6", "7");
    assertThat(report.exchanges().get(0).rule()).isEqualTo(ExchangeRule.of("1", 60, 40, 2));
    // and the names are those given
    assertThat(report.names()).isEqualTo(given.names());
  }
}
