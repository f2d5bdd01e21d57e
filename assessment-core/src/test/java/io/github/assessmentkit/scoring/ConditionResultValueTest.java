package io.github.assessmentkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.text.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ConditionResult} as a value: equal by what it says, whether its reason came lazily. */
class ConditionResultValueTest {
  private static final Text REASON = Text.of("ร้อยละ 80 ≥ 60", "80 % ≥ 60");

  @Test
  void a_lazy_result_equals_the_eager_one_with_the_same_reason() {
    ConditionResult eager = new ConditionResult(true, REASON, List.of());
    ConditionResult lazy = ConditionResult.lazy(true, () -> REASON, List.of(), null, false);

    assertThat(lazy).isEqualTo(eager).hasSameHashCodeAs(eager);
  }

  @Test
  void results_that_differ_in_reason_or_outcome_are_not_equal_and_hash_apart() {
    ConditionResult met = new ConditionResult(true, REASON, List.of());
    ConditionResult otherReason =
        new ConditionResult(true, Text.of("ร้อยละ 90 ≥ 60", "90 % ≥ 60"), List.of());
    ConditionResult notMet = new ConditionResult(false, REASON, List.of());

    assertThat(met).isNotEqualTo(otherReason).isNotEqualTo(notMet);
    // Objects.hash of true and of false differ in the first place (1231 and 1237)
    assertThat(met.hashCode()).isNotEqualTo(notMet.hashCode());
  }

  @Test
  void the_text_form_shows_each_component() {
    ConditionResult r =
        new ConditionResult(false, REASON, List.of(), Text.of("เงื่อนไข", "gate"), true);

    assertThat(r.toString())
        .startsWith("ConditionResult[met=false, reason=")
        .contains("parts=[]")
        .endsWith("undecided=true]");
  }
}
