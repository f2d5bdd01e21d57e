package io.github.assessmentkit.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.MissingValueException;
import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.AssessmentStatus;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.time.FiscalYear;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An organisation's summary: its values read back exactly, and what its builder refuses. */
class OrganisationSummaryTest {
  private static final RubricRef REF = new RubricRef("r", "1");
  private static final FiscalYear YEAR = FiscalYear.ofBuddhistEra(2567);

  private static OrganisationSummary.Builder builder(String id) {
    return OrganisationSummary.builder(id, OrganisationType.SAVINGS, REF, YEAR);
  }

  /** r: 3 of 4; s: does not apply (of 10); t: 0 of 0; level "overall" good, award "mini" gold. */
  private static OrganisationSummary sample() {
    return builder("o1")
        .province("Loei")
        .status(AssessmentStatus.FINAL)
        .node("r", Ratio.of(3), Ratio.of(4))
        .notApplicable("s", Ratio.of(10))
        .node("t", Ratio.ZERO, Ratio.ZERO)
        .level("overall", "good")
        .award("mini", "gold", false)
        .build();
  }

  @Test
  void reads_back_each_node_and_outcome() {
    OrganisationSummary s = sample();
    assertThat(s.total()).isEqualTo(Ratio.of(3));
    assertThat(s.earned("r")).contains(Ratio.of(3));
    assertThat(s.fraction("r")).contains(Ratio.of(3, 4));
    assertThat(s.possible("s")).isEqualTo(Ratio.of(10));
    assertThat(s.earned("s")).isEmpty();
    assertThat(s.fraction("s")).isEmpty();
    // 0 of 0: earned, but no fraction
    assertThat(s.earned("t")).contains(Ratio.ZERO);
    assertThat(s.fraction("t")).isEmpty();
    assertThat(s.level("overall")).contains(new Outcome("overall", "good", false));
    assertThat(s.level("other")).isEmpty();
    assertThat(s.award("mini")).contains(new Outcome("mini", "gold", false));
    assertThat(s.award("other")).isEmpty();
    assertThatThrownBy(() -> s.earned("x")).isInstanceOf(InvalidValueException.class);
    assertThat(s.toString()).isEqualTo("OrganisationSummary[o1, r@1, FY2024, final]");
    assertThat(s).isEqualTo(sample()).hasSameHashCodeAs(sample());
  }

  @Test
  void the_total_of_an_organisation_whose_root_does_not_apply_is_zero() {
    assertThat(builder("o1").notApplicable("r", Ratio.of(10)).build().total())
        .isEqualTo(Ratio.ZERO);
  }

  @Test
  void holds_values_past_two_to_the_31_exactly() {
    // 3,000,000,000 of 4,000,000,000: above an int
    OrganisationSummary s =
        builder("o1").node("r", Ratio.of(3_000_000_000L), Ratio.of(4_000_000_000L)).build();
    assertThat(s.earned("r")).contains(Ratio.of(3_000_000_000L));
    assertThat(s.possible("r")).isEqualTo(Ratio.of(4_000_000_000L));
    assertThat(s.fraction("r")).contains(Ratio.of(3, 4));
    assertThat(s.smallValues()).isNull();
    // 2^62 - 1 has 62 bits: kept; 2^62 has 63: refused
    long most = (1L << 62) - 1;
    assertThat(builder("o1").node("r", Ratio.ONE, Ratio.of(most)).build().possible("r"))
        .isEqualTo(Ratio.of(most));
    assertThatThrownBy(() -> builder("o1").node("r", Ratio.ONE, Ratio.of(1L << 62)))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void holds_many_nodes() {
    // 40 nodes n0 … n39, node k earning k of 100: more than the 32 the builder starts with
    OrganisationSummary.Builder b = builder("o1");
    for (int k = 0; k < 40; k++) {
      b.node("n" + k, Ratio.of(k), Ratio.of(100));
    }
    OrganisationSummary s = b.build();
    assertThat(s.nodeIds()).hasSize(40);
    assertThat(s.earned("n0")).contains(Ratio.ZERO);
    assertThat(s.earned("n33")).contains(Ratio.of(33));
    assertThat(s.fraction("n39")).contains(Ratio.of(39, 100));
  }

  @Test
  void keeps_the_node_list_it_is_told_to_share_when_equal() {
    List<String> ids = List.of("r", "s");
    OrganisationSummary s =
        builder("o1")
            .sharing(ids)
            .node("r", Ratio.ONE, Ratio.ONE)
            .node("s", Ratio.ONE, Ratio.ONE)
            .build();
    assertThat(s.nodeIds()).isSameAs(ids);
    // another list is not shared
    OrganisationSummary t =
        builder("o2").sharing(List.of("x")).node("r", Ratio.ONE, Ratio.ONE).build();
    assertThat(t.nodeIds()).containsExactly("r");
  }

  @Test
  void a_level_without_a_rung_is_undecided() {
    OrganisationSummary s =
        builder("o1").node("r", Ratio.ONE, Ratio.ONE).level("overall", null).build();
    assertThat(s.levels()).containsExactly(new Outcome("overall", null, true));
  }

  @Test
  void refuses_what_no_summary_can_hold() {
    assertThatThrownBy(() -> builder("o1").province(" ")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> builder("o1").node("r", null, Ratio.ONE))
        .isInstanceOf(MissingValueException.class);
    assertThatThrownBy(
            () -> builder("o1").node("r", Ratio.ONE, Ratio.ONE).notApplicable("r", Ratio.ONE))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> builder("o1").notApplicable("r", Ratio.of(-1)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("must be zero or more, was -1.00");
    assertThatThrownBy(() -> builder("o1").node("r", Ratio.of(-1, 2), Ratio.ONE))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("was -0.50");
    assertThatThrownBy(() -> builder("o1").node("r", Ratio.of(3, 2), Ratio.ONE))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> builder("o1").level("overall", "good").level("overall", "fair"))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> builder("o1").build()).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void an_outcome_is_a_result_or_undecided_never_both() {
    assertThatThrownBy(() -> new Outcome("overall", "good", true))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new Outcome("overall", " ", false))
        .isInstanceOf(InvalidValueException.class);
    assertThat(new Outcome("overall", null, true).undecided()).isTrue();
  }

  @Test
  void a_ranking_key_and_order_name_what_they_read() {
    assertThatThrownBy(() -> new RankingKey(" ", true)).isInstanceOf(InvalidValueException.class);
    assertThat(new RankingKey(null, true).name().en()).isEqualTo("percent of total");
    assertThat(RankingKey.totalPoints().name().en()).isEqualTo("total");
    assertThat(RankingKey.points("1").name().en()).isEqualTo("points of 1");
    assertThatThrownBy(() -> new RankingOrder(List.of())).isInstanceOf(InvalidValueException.class);
    RankingOrder order = RankingOrder.byTotal(RankingKey.percent("1"));
    assertThat(order.primary()).isEqualTo(RankingKey.totalPoints());
    assertThat(order.tieBreaks()).containsExactly(RankingKey.percent("1"));
  }

  @Test
  void an_exchange_rule_takes_percents_from_0_to_100() {
    assertThat(ExchangeRule.of("1", 100, 100, 1).leaderAtLeast()).isEqualByComparingTo("100");
    assertThatThrownBy(() -> new ExchangeRule("1", new BigDecimal("100.01"), BigDecimal.TEN, 1))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new ExchangeRule("1", BigDecimal.TEN, new BigDecimal("100.01"), 1))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void a_criterion_that_does_not_apply_on_the_scorecard_has_no_earned_points() {
    // item 2.1 rated not applicable: node 2.1 does not apply, so neither do category 2's points;
    // items 1.1 and 1.2 at 50 % earn 20 and 10
    io.github.assessmentkit.assessment.Assessment a =
        io.github.assessmentkit.testing.MiniRubrics.assessmentOf(Round.RUBRIC)
            .rating(io.github.assessmentkit.assessment.Rating.of("1.1", 50))
            .rating(io.github.assessmentkit.assessment.Rating.of("1.2", 50))
            .rating(io.github.assessmentkit.assessment.Rating.notApplicable("2.1", "no members"))
            .build();
    OrganisationSummary s =
        OrganisationSummary.of(
            io.github.assessmentkit.scoring.Scorer.standard().score(Round.RUBRIC, a));
    assertThat(s.earned("2.1")).isEmpty();
    assertThat(s.fraction("2.1")).isEmpty();
    assertThat(s.earned("1.1")).isPresent();
    assertThat(s.fraction("1.1")).contains(Ratio.of(1, 2));
  }
}
