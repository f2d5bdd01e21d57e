package io.github.assessmentkit.cqa;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.history.HistoryRules;
import io.github.assessmentkit.history.Plaque;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.text.Language;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The default history thresholds of the three shipped assessment sets: each for its set, marked as
 * this library's choice, and the governance plaque read from the set's own award scheme.
 */
class CqaHistoryRulesTest {
  @Test
  void each_set_has_its_thresholds_marked_as_our_choice() {
    List<HistoryRules> all =
        List.of(
            CqaHistoryRules.governance(), CqaHistoryRules.internalControl(), CqaHistoryRules.cqa());

    assertThat(all)
        .extracting(HistoryRules::rubricId)
        .containsExactly(GovernanceCriteria.ID, InternalControlCriteria.ID, CqaCriteria.ID);
    // one level's width: 10 between the governance levels, 15 between the internal-control
    // ratings 85 and 70, two steps of 5 on a CQA item's band scale
    assertThat(all)
        .extracting(HistoryRules::nodeDrop)
        .containsExactly(BigDecimal.TEN, BigDecimal.valueOf(15), BigDecimal.TEN);
    assertThat(all)
        .allSatisfy(
            r -> {
              assertThat(r.provenance().verified()).isFalse();
              assertThat(r.provenance().note().get(Language.EN))
                  .startsWith("These thresholds are this library's choice, not official figures");
              assertThat(r.minimumYears()).isEqualTo(3);
            });
  }

  @Test
  void the_governance_plaque_reads_the_sets_own_award_scheme_and_tier() {
    Rubric governance = GovernanceCriteria.rubric();
    Plaque plaque = CqaHistoryRules.governance().plaques().get(0);

    assertThat(plaque.award()).isTrue();
    assertThat(governance.awards())
        .anySatisfy(
            s -> {
              assertThat(s.id()).isEqualTo(plaque.decisionId());
              assertThat(s.tiers()).anySatisfy(t -> assertThat(t.id()).isEqualTo(plaque.atLeast()));
            });
    assertThat(CqaHistoryRules.cqa().plaques()).isEmpty();
  }
}
