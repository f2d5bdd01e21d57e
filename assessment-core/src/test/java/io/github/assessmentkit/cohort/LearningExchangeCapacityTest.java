package io.github.assessmentkit.cohort;

import static io.github.assessmentkit.assessment.OrganisationType.SAVINGS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A leader takes at most its capacity of learners: once full, the next learner goes to the next
 * leader with room in the same order of preference, and a learner for whom no leader has room is
 * left unpaired, though leaders exist.
 */
class LearningExchangeCapacityTest {
  @Test
  void a_full_leader_is_passed_over_for_the_next_one_with_room() {
    // category 2 at c percent: leaders (70 % or more) p at 90 and q at 80; learners (below 50 %)
    // x at 10, y at 20 and z at 30, taken lowest first; one learner per leader, all in Loei
    Cohort c =
        Cohort.of(
            Round.RUBRIC,
            Round.YEAR,
            List.of(
                Round.org("p", "Loei", SAVINGS, 0, 0, 90),
                Round.org("q", "Loei", SAVINGS, 0, 0, 80),
                Round.org("x", "Loei", SAVINGS, 0, 0, 10),
                Round.org("y", "Loei", SAVINGS, 0, 0, 20),
                Round.org("z", "Loei", SAVINGS, 0, 0, 30)));
    LearningExchange e =
        c.exchange(c.rank(RankingOrder.byTotal()), ExchangeRule.of("2", 70, 50, 1));
    assertThat(e.leaders()).extracting(CriterionStanding::subjectId).containsExactly("p", "q");
    assertThat(e.learners())
        .extracting(CriterionStanding::subjectId)
        .containsExactly("x", "y", "z");
    // x takes p; p is full, so y takes q; both full, so z is left without one
    assertThat(e.pairs())
        .extracting(pair -> pair.learner().subjectId() + ">" + pair.leader().subjectId())
        .containsExactly("x>p", "y>q");
    assertThat(e.pairs())
        .extracting(LearningPair::preference)
        .containsOnly(Preference.SAME_PROVINCE_AND_TYPE);
    assertThat(e.unpaired()).hasSize(1);
    assertThat(e.unpaired().get(0).learner().subjectId()).isEqualTo("z");
    assertThat(e.unpaired().get(0).noLeader()).isFalse();
  }
}
