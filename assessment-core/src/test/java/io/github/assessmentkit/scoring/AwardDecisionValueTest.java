package io.github.assessmentkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.text.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link AwardDecision}: whether a tier was won, and the named conditions that held in it. */
class AwardDecisionValueTest {
  private static final Text CUSTOMER = Text.of("ด้านลูกค้า", "Customer theme");

  /** A tier check whose condition held, with one named condition inside that held. */
  private static TierCheck held(String tierId) {
    ConditionResult named =
        new ConditionResult(true, Text.of("ร้อยละ 80 ≥ 60", "80 % ≥ 60"), List.of(), CUSTOMER);
    return new TierCheck(
        tierId,
        Text.en(tierId),
        new ConditionResult(true, Text.of("ทุกข้อ", "all held"), List.of(named)));
  }

  @Test
  void the_top_tier_won_at_the_first_check_is_awarded_with_its_named_conditions() {
    // the first tier checked (the highest) held: it is won, and its checks are that one tier
    AwardDecision d =
        new AwardDecision(
            "scheme", Text.en("Scheme"), "gold", Text.en("gold"), List.of(held("gold")), true);

    assertThat(d.awarded()).isTrue();
    assertThat(d.tier()).contains("gold");
    assertThat(d.namedConditionsHeld()).containsExactly(CUSTOMER);
  }

  @Test
  void no_tier_won_is_not_awarded_and_names_nothing() {
    AwardDecision d =
        new AwardDecision(
            "scheme", Text.en("Scheme"), null, Text.en("no award"), List.of(held("gold")), true);

    assertThat(d.awarded()).isFalse();
    assertThat(d.namedConditionsHeld()).isEmpty();
  }
}
